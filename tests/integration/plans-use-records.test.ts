/**
 * Plans use what was recorded (issue 10, item 6), and the data the plan's papers need: the risk
 * ranking reads the app's own inspections, violations and open commitments; suggestions score
 * every candidate of the area; a plan's period, team and approval stay consistent with what it
 * holds; messages give dates as dd/mm/yyyy.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LEGAL_BASES } from '../../shared/plans/legal-bases';
import { assessAndFinalise, craftVillage, langSon, officialsFromAgencies } from '../helpers/fixtures';
import { openTestApp, snapshot, type TestApp } from '../helpers/test-db';

let app: TestApp;
beforeEach(() => {
  app = openTestApp(new Date('2026-11-23T08:00:00Z'));
});
afterEach(() => app.close());

async function draftPlan(extra: Record<string, unknown> = {}) {
  const area = langSon(app);
  const [labour] = await app.run('agencies.list', {});
  return app.run('plans.create', {
    number: '12/KH-ĐKT',
    title: 'Kế hoạch kiểm tra lao động chưa thành niên năm 2026',
    kind: 'thematic',
    issuingAgencyId: labour!.id,
    legalBases: DEFAULT_LEGAL_BASES.slice(0, 3).map((b) => b.text),
    periodStart: '2026-12-01',
    periodEnd: '2026-12-31',
    provinceCode: area.provinceCode,
    communeCodes: [area.communeCode],
    ...extra,
  } as never);
}

/** A finalised inspection of the establishment on the date, with a violation and/or a commitment. */
async function inspected(establishmentId: string, inspectionDate: string, opts: { violation?: boolean; commitmentDeadline?: string; draft?: boolean } = {}) {
  const [leader] = await officialsFromAgencies(app, 1);
  const { inspection } = await app.run('inspections.create', {
    establishmentId,
    inspectionDate,
    teamPresent: [{ officialId: leader!.id, role: 'leader' }],
    representatives: [{ name: 'Chủ cơ sở' }],
  });
  if (opts.violation) {
    const m = await app.run('minors.create', { inspectionId: inspection.id, fullName: 'Trẻ', sex: 'male', dateOfBirth: '2013-01-01' });
    await app.run('violations.create', { inspectionId: inspection.id, typeCode: 'LDCTN-01', minorIds: [m.id] });
  }
  if (opts.commitmentDeadline) {
    await app.run('commitments.create', { inspectionId: inspection.id, signerName: 'Chủ cơ sở', signedDate: inspectionDate, items: [{ content: 'Lập sổ theo dõi', deadline: opts.commitmentDeadline }] });
  }
  if (!opts.draft) await assessAndFinalise(app, inspection.id);
  return inspection.id;
}

describe('the risk ranking reads the app’s own records', () => {
  it('a repeat offender with an overdue commitment, inspected last month, ranks on its record', async () => {
    const { members, area } = await craftVillage(app, 3);
    const [repeat, clean] = [members[0]!, members[1]!];
    await inspected(repeat.id, '2025-06-10', { violation: true });
    await inspected(repeat.id, '2026-10-20', { violation: true, commitmentDeadline: '2026-11-10' });
    await inspected(clean.id, '2026-10-21');
    const plan = (await draftPlan()).plan;
    const ranked = await app.run('plans.suggestTargets', { planId: plan.id, communeCode: area.communeCode, limit: 10 });
    const of = (id: string) => ranked.find((s) => s.establishment.id === id)!;
    // (Every household of the village is in handicraft, a sector at risk.)
    expect(of(repeat.id).reasons.map((r) => r.code)).toEqual(['past_violations', 'overdue_commitments', 'craft_village', 'sector_at_risk']);
    expect(of(repeat.id).reasons[0]!.text).toBe('Đã bị phát hiện vi phạm trong 2 lần kiểm tra');
    expect(of(repeat.id).score).toBe(40 + 25 + 10 + 10);
    // Inspected last month, nothing found: not "never inspected".
    expect(of(clean.id).reasons.map((r) => r.code)).toEqual(['craft_village', 'sector_at_risk']);
    expect(of(members[2]!.id).reasons.map((r) => r.code)).toEqual(['never_inspected', 'craft_village', 'sector_at_risk']);
    expect(ranked[0]!.establishment.id).toBe(repeat.id);
  });

  it('an open commitment not yet due counts as followed up; a draft inspection still counts as a visit', async () => {
    const { members, area } = await craftVillage(app, 2);
    await inspected(members[0]!.id, '2026-11-02', { commitmentDeadline: '2026-12-20' });
    await inspected(members[1]!.id, '2026-11-03', { draft: true });
    const plan = (await draftPlan()).plan;
    const ranked = await app.run('plans.suggestTargets', { planId: plan.id, communeCode: area.communeCode });
    expect(ranked.find((s) => s.establishment.id === members[0]!.id)!.reasons.map((r) => r.code)).toEqual(['open_commitments', 'craft_village', 'sector_at_risk']);
    expect(ranked.find((s) => s.establishment.id === members[1]!.id)!.reasons.map((r) => r.code)).toEqual(['craft_village', 'sector_at_risk']);
  });

  it('scores every candidate of the area, not the first 500 by name', async () => {
    const area = langSon(app);
    // Names that sort before the risky one; nothing makes them risky but "never inspected".
    for (let i = 0; i < 520; i++) await app.run('establishments.create', { name: `Cơ sở ${String(i).padStart(3, '0')}`, kind: 'enterprise', ...area });
    const { establishment: risky } = await app.run('establishments.create', { name: 'Xưởng Ỷ Lan', kind: 'enterprise', sector: 'construction', workersUnder18: 4, ...area });
    const plan = (await draftPlan()).plan;
    const [first] = await app.run('plans.suggestTargets', { planId: plan.id, communeCode: area.communeCode, limit: 3 });
    expect(first!.establishment.id).toBe(risky.id);
    expect(first!.reasons.map((r) => r.code)).toEqual(['never_inspected', 'minors_reported', 'sector_at_risk']);
  });
});

describe('a plan agrees with what it holds', () => {
  it('refuses a shorter period while visits fall outside it, naming them with dd/mm/yyyy dates', async () => {
    const plan = (await draftPlan()).plan;
    const { members } = await craftVillage(app, 2);
    const withVisits = await app.run('plans.addTargets', {
      planId: plan.id,
      targets: [
        { establishmentId: members[0]!.id, visitDate: '2026-12-03' },
        { establishmentId: members[1]!.id, visitDate: '2026-12-22' },
      ],
    });
    const before = snapshot(app.db);
    const refused = await app.send('plans.update', { id: plan.id, periodEnd: '2026-12-15' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['periodEnd'] }] } });
    expect(refused.ok ? '' : refused.error.message).toContain(`Còn 1 cơ sở có lịch kiểm tra ngoài thời gian 01/12/2026 – 15/12/2026: «${members[1]!.name}» (22/12/2026)`);
    expect(snapshot(app.db)).toEqual(before);
    // Moving the visit first lets the period shrink.
    const target = withVisits.targets.find((t) => t.establishmentId === members[1]!.id)!;
    const outside = await app.send('plans.updateTarget', { id: target.id, visitDate: '2027-01-05', expectedVersion: target.version });
    expect(outside.ok ? '' : outside.error.message).toBe('Ngày kiểm tra phải nằm trong thời gian của kế hoạch (01/12/2026 – 31/12/2026)');
    await app.run('plans.updateTarget', { id: target.id, visitDate: '2026-12-14', expectedVersion: target.version });
    expect((await app.run('plans.update', { id: plan.id, periodEnd: '2026-12-15' })).plan.periodEnd).toBe('2026-12-15');
  });

  it('warns of a visit on a Saturday or Sunday', async () => {
    const plan = (await draftPlan()).plan;
    const { members } = await craftVillage(app, 3);
    const detail = await app.run('plans.addTargets', {
      planId: plan.id,
      targets: [
        { establishmentId: members[0]!.id, visitDate: '2026-12-05' },
        { establishmentId: members[1]!.id, visitDate: '2026-12-06' },
        { establishmentId: members[2]!.id, visitDate: '2026-12-07' },
      ],
    });
    expect(detail.targets.map((t) => t.warnings)).toEqual([
      ['Ngày 05/12/2026 là thứ Bảy: kiểm tra ngày nghỉ cần được bố trí trước với đoàn và cơ sở'],
      ['Ngày 06/12/2026 là Chủ nhật: kiểm tra ngày nghỉ cần được bố trí trước với đoàn và cơ sở'],
      [],
    ]);
  });

  it('an approved plan cannot lose its leader; a new leader may take over in one change', async () => {
    const plan = (await draftPlan()).plan;
    const [a, b] = await officialsFromAgencies(app, 2);
    await app.run('plans.setTeam', { planId: plan.id, members: [{ officialId: a!.id, role: 'leader' }, { officialId: b!.id, role: 'member' }] });
    await app.run('plans.setStatus', { id: plan.id, status: 'approved' });
    const refused = await app.send('plans.setTeam', { planId: plan.id, members: [{ officialId: b!.id, role: 'member' }] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['members'] }] } });
    expect(refused.ok ? '' : refused.error.message).toContain('phải có Trưởng đoàn');
    const swapped = await app.run('plans.setTeam', { planId: plan.id, members: [{ officialId: b!.id, role: 'leader' }] });
    expect(swapped.team.map((m) => m.role)).toEqual(['leader']);
  });

  it('refuses approval while the plan number or a legal basis still holds a placeholder', async () => {
    const plan = (await draftPlan({ number: '…/KH-UBND', legalBases: ['Kế hoạch số …/KH-UBND ngày … của UBND tỉnh', DEFAULT_LEGAL_BASES[0]!.text, 'Công văn số 15/SNV ngày ../../2026'] })).plan;
    const [a] = await officialsFromAgencies(app, 1);
    await app.run('plans.setTeam', { planId: plan.id, members: [{ officialId: a!.id, role: 'leader' }] });
    const refused = await app.send('plans.setStatus', { id: plan.id, status: 'approved' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['number'] }, { path: ['legalBases', 0] }, { path: ['legalBases', 2] }] } });
    expect(refused.ok ? '' : refused.error.message).toContain('Số, ký hiệu: Số hiệu kế hoạch còn chỗ chưa điền');
    await app.run('plans.update', { id: plan.id, number: '15/KH-UBND', legalBases: [DEFAULT_LEGAL_BASES[0]!.text] });
    expect((await app.run('plans.setStatus', { id: plan.id, status: 'approved' })).plan.status).toBe('approved');
  });

  it('keeps the papers’ numbers, dates, signer and sections, changed a field at a time; the detail names its own communes', async () => {
    const created = await draftPlan({
      issueDate: '2026-11-20',
      decisionNumber: '1234/QĐ-UBND',
      decisionDate: '2026-11-18',
      teamDecisionNumber: '56/QĐ-SNV',
      teamDecisionDate: '2026-11-21',
      decisionSignerName: 'Lê Thị Thu',
      decisionSignerPosition: 'Phó Giám đốc',
      decisionSignerAuthority: 'on_behalf',
      competenceBasis: 'Căn cứ Quyết định số 10/2025/QĐ-UBND ngày 01/3/2025 của UBND tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ',
      proposedBy: 'Trưởng phòng Lao động - Việc làm',
      budget: 'Từ nguồn kinh phí chi thường xuyên năm 2026 của Sở Nội vụ.',
      reportingRegime: 'Đoàn kiểm tra báo cáo kết quả trước ngày 10/01/2027.',
    });
    expect(created.plan).toMatchObject({ issueDate: '2026-11-20', decisionSignerAuthority: 'on_behalf', teamDecisionNumber: '56/QĐ-SNV' });
    expect(created.communes).toEqual([{ code: langSon(app).communeCode, name: langSon(app).communeName, provinceCode: langSon(app).provinceCode }]);
    const updated = await app.run('plans.update', { id: created.plan.id, decisionSignerAuthority: 'acting', budget: null });
    expect(updated.plan).toMatchObject({ decisionSignerAuthority: 'acting', decisionSignerName: 'Lê Thị Thu', reportingRegime: expect.stringContaining('10/01/2027') });
    expect(updated.plan.budget).toBeUndefined();
    expect(await app.send('plans.update', { id: created.plan.id, decisionSignerAuthority: 'TM.' })).toMatchObject({ ok: false, error: { issues: [{ path: ['decisionSignerAuthority'] }] } });
  });
});

describe('people’s sex for "Ông"/"Bà"', () => {
  it('is kept on officials, and shown in a plan’s team and an inspection’s team', async () => {
    const [agency] = await app.run('agencies.list', {});
    const official = await app.run('officials.create', { fullName: 'Nông Thị Lan', sex: 'female', position: 'Thanh tra viên', agencyId: agency!.id });
    expect(official.sex).toBe('female');
    expect((await app.run('officials.update', { id: official.id, sex: null })).sex).toBeUndefined();
    await app.run('officials.update', { id: official.id, sex: 'female' });
    const plan = (await draftPlan()).plan;
    const detail = await app.run('plans.setTeam', { planId: plan.id, members: [{ officialId: official.id, role: 'leader' }] });
    expect(detail.team[0]).toMatchObject({ fullName: 'Nông Thị Lan', sex: 'female' });
    const { members } = await craftVillage(app, 1);
    const inspection = await app.run('inspections.create', {
      establishmentId: members[0]!.id,
      inspectionDate: '2026-11-20',
      teamPresent: [{ officialId: official.id, role: 'leader' }],
      otherParticipants: [{ name: 'Lương Văn Tài', sex: 'male', position: 'Phó Chủ tịch', organisation: 'UBND xã' }],
    });
    expect(inspection.teamPresentNames[0]).toMatchObject({ sex: 'female' });
    expect(inspection.inspection.otherParticipants[0]).toMatchObject({ name: 'Lương Văn Tài', sex: 'male' });
  });
});
