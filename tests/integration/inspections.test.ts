import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE } from '../../shared/catalogue/default-catalogue';
import { assessAndFinalise, craftVillage, langSon, officialsFromAgencies } from '../helpers/fixtures';
import { openTestApp, snapshot, type TestApp } from '../helpers/test-db';

let app: TestApp;
beforeEach(() => {
  app = openTestApp(new Date('2026-11-23T08:00:00Z'));
});
afterEach(() => app.close());

async function household() {
  const { members } = await craftVillage(app, 1);
  return members[0]!;
}

async function startInspection(establishmentId: string, inspectionDate = '2026-11-20') {
  const officials = await officialsFromAgencies(app, 3);
  const detail = await app.run('inspections.create', {
    establishmentId,
    inspectionDate,
    startTime: '08:30',
    teamPresent: [
      { officialId: officials[0]!.id, role: 'leader' },
      { officialId: officials[1]!.id, role: 'member' },
      { officialId: officials[2]!.id, role: 'secretary' },
    ],
    representatives: [{ name: 'Nguyễn Văn Chủ', position: 'Chủ hộ' }],
  });
  return { detail, officials };
}

const minor = (inspectionId: string, extra: Record<string, unknown>) =>
  app.run('minors.create', { inspectionId, fullName: 'Nguyễn Văn An', sex: 'male', ...extra } as never);

describe('ages at the inspection date', () => {
  it.each([
    ['birthday on the inspection day counts as reached', '2012-11-20', '2026-11-20', 14, '13to15'],
    ['the day before the birthday', '2012-11-21', '2026-11-20', 13, '13to15'],
    ['15 exactly moves to the 15–18 band', '2011-11-20', '2026-11-20', 15, '15to18'],
    ['just under 13', '2013-11-21', '2026-11-20', 12, 'under13'],
    ['a leap-day birth in a leap year', '2012-02-29', '2024-02-29', 12, 'under13'],
    ['a leap-day birth on 28 February of a common year (birthday on 1 March)', '2012-02-29', '2025-02-28', 12, 'under13'],
    ['a leap-day birth on 1 March of a common year', '2012-02-29', '2025-03-01', 13, '13to15'],
    ['a leap-day birth the day before', '2012-02-29', '2025-02-27', 12, 'under13'],
  ])('%s', async (_label, dateOfBirth, inspectionDate, age, band) => {
    const e = await household();
    const { detail } = await startInspection(e.id, inspectionDate);
    const m = await minor(detail.inspection.id, { dateOfBirth });
    expect(m.ageAtInspection).toBe(age);
    expect(m.ageBand).toBe(band);
    expect(m.isChild).toBe(age < 16);
  });

  it('uses an estimated age when the date of birth is unknown, flagged as such', async () => {
    const { detail } = await startInspection((await household()).id);
    const m = await minor(detail.inspection.id, { estimatedAge: 14 });
    expect(m).toMatchObject({ ageAtInspection: 14, ageEstimated: true, ageBand: '13to15' });
  });

  it('recomputes every age when the inspection date changes', async () => {
    const { detail } = await startInspection((await household()).id, '2026-11-20');
    const m = await minor(detail.inspection.id, { dateOfBirth: '2011-11-25' });
    expect(m.ageAtInspection).toBe(14);
    const { id, establishmentId: _e, ...rest } = detail.inspection;
    const updated = await app.run('inspections.update', { ...pick(rest), id, inspectionDate: '2026-11-26' } as never);
    expect(updated.minors[0]).toMatchObject({ ageAtInspection: 15, ageBand: '15to18' });
  });

  it('refuses a birth after the inspection date, naming the field, and saves nothing', async () => {
    const { detail } = await startInspection((await household()).id);
    const before = snapshot(app.db);
    const result = await app.send('minors.create', { inspectionId: detail.inspection.id, fullName: 'A', sex: 'female', dateOfBirth: '2027-01-01' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['dateOfBirth'], message: 'Ngày sinh không được sau ngày kiểm tra' }] } });
    expect(await app.send('minors.create', { inspectionId: detail.inspection.id, fullName: 'A', sex: 'female' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['dateOfBirth'] }] },
    });
    expect(snapshot(app.db)).toEqual(before);
  });
});

describe('suggested violations and fines', () => {
  it('proposes what the facts imply for each age band, and forgets what was accepted or dismissed', async () => {
    const { detail } = await startInspection((await household()).id, '2026-11-20');
    const id = detail.inspection.id;
    const m14 = await minor(id, { fullName: 'Lò Văn Bảy', dateOfBirth: '2012-05-01', hoursPerDay: 6 });
    const m14night = await minor(id, { fullName: 'Lò Thị Tám', sex: 'female', dateOfBirth: '2012-03-01', hoursPerDay: 4, nightWork: true });
    const m16 = await minor(id, { fullName: 'Hà Văn Mười', dateOfBirth: '2010-01-10', hazardousWorkplace: true, hoursPerDay: 8 });
    const m16ok = await minor(id, { fullName: 'Hà Thị Năm', sex: 'female', dateOfBirth: '2010-02-10', hoursPerDay: 8, nightWork: false });
    const m17night = await minor(id, { fullName: 'Hà Văn Sáu', dateOfBirth: '2009-02-10', nightWork: true, jobInOvertimeNightList: false });
    await minor(id, { fullName: 'Hà Văn Bảy', dateOfBirth: '2009-03-10', nightWork: true, jobInOvertimeNightList: true });

    const suggestions = await app.run('violations.suggest', { inspectionId: id });
    const byCode = Object.fromEntries(suggestions.map((s) => [s.typeCode, s.minorIds]));
    expect(byCode['LDCTN-04']).toEqual([m14.id]);
    expect(byCode['LDCTN-05']).toEqual([m14night.id]);
    expect(byCode['LDCTN-09b']).toEqual([m16.id]);
    expect(byCode['LDCTN-06']).toEqual([m17night.id]);
    expect(Object.values(byCode).flat()).not.toContain(m16ok.id);
    const hours = suggestions.find((s) => s.typeCode === 'LDCTN-04')!;
    expect(hours.reasons[0]).toContain('6 giờ/ngày');
    expect(hours).toMatchObject({ fineMin: 20_000_000, fineMax: 25_000_000, proposedFine: 22_500_000 });

    const accepted = await app.run('violations.create', { inspectionId: id, typeCode: 'LDCTN-04', minorIds: hours.minorIds, origin: 'suggestion' });
    expect(accepted).toMatchObject({ proposedFine: 22_500_000, finedAsOrganisation: false, proposedFineInWords: 'Hai mươi hai triệu năm trăm nghìn đồng' });
    await app.run('violations.dismiss', { inspectionId: id, typeCode: 'LDCTN-05', minorIds: [m14night.id] });
    const after = await app.run('violations.suggest', { inspectionId: id });
    expect(after.map((s) => s.typeCode)).toEqual(['LDCTN-06', 'LDCTN-09b']);
  });

  it('doubles the fine bracket for organisations but not for households or household businesses', async () => {
    const area = langSon(app);
    const kinds = ['household', 'household_business', 'enterprise', 'cooperative'] as const;
    const fines: Record<string, number> = {};
    for (const kind of kinds) {
      const { establishment } = await app.run('establishments.create', { name: `Cơ sở ${kind}`, kind, ...area });
      const { detail } = await startInspection(establishment.id);
      const v = await app.run('violations.create', { inspectionId: detail.inspection.id, typeCode: 'LDCTN-09b' });
      fines[kind] = v.proposedFine;
      expect(v.fineMax).toBe(kind.startsWith('household') ? 75_000_000 : 150_000_000);
    }
    expect(fines).toEqual({ household: 62_500_000, household_business: 62_500_000, enterprise: 125_000_000, cooperative: 125_000_000 });
  });

  it('refuses a fine outside the bracket and a record made by a member without competence', async () => {
    const { detail, officials } = await startInspection((await household()).id);
    const before = snapshot(app.db);
    expect(await app.send('violations.create', { inspectionId: detail.inspection.id, typeCode: 'LDCTN-01', proposedFine: 5_000_000 })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['proposedFine'], message: 'Mức phạt đề xuất phải trong khung 1.000.000 – 2.000.000 đồng' }] },
    });
    expect(
      await app.send('violations.create', { inspectionId: detail.inspection.id, typeCode: 'LDCTN-01', recordMade: true, recordedByOfficialId: officials[1]!.id }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: ['recordedByOfficialId'] }] } });
    expect(await app.send('violations.create', { inspectionId: detail.inspection.id, typeCode: 'LDCTN-99' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['typeCode'] }] },
    });
    expect(snapshot(app.db)).toEqual(before);
    const made = await app.run('violations.create', { inspectionId: detail.inspection.id, typeCode: 'LDCTN-01', recordMade: true, recordedByOfficialId: officials[0]!.id });
    expect(made.recordedByName).toBe('Hoàng Văn Thắng');
  });
});

describe('commitments', () => {
  it('records items with deadlines and shows open items past their deadline as overdue', async () => {
    const { detail } = await startInspection((await household()).id);
    const c = await app.run('commitments.create', {
      inspectionId: detail.inspection.id,
      signerName: 'Nguyễn Văn Chủ',
      signerPosition: 'Chủ hộ',
      signedDate: '2026-11-20',
      items: [
        { content: 'Cho các cháu dưới 15 tuổi thôi việc, trở lại trường học', deadline: '2026-11-22' },
        { content: 'Lập sổ theo dõi riêng lao động chưa thành niên', deadline: '2026-12-20' },
      ],
    });
    expect(c.items.map((i) => i.displayStatus)).toEqual(['overdue', 'open']);
    await app.run('commitments.setItemStatus', { id: c.items[0]!.id, status: 'fulfilled', statusDate: '2026-11-23' });
    const due = await app.run('commitments.due', {});
    expect(due.map((d) => d.item.displayStatus)).toEqual(['fulfilled', 'open']);
    expect((await app.run('commitments.due', { status: 'open' }))[0]!.establishmentName).toBe('Hộ sản xuất mây tre số 1');
  });

  it('keeps the follow-up of items kept on edit, adds new ones open and drops removed ones', async () => {
    const { detail } = await startInspection((await household()).id);
    const c = await app.run('commitments.create', {
      inspectionId: detail.inspection.id, signerName: 'A', signedDate: '2026-11-20',
      items: [{ content: 'Một', deadline: '2026-12-01' }, { content: 'Hai', deadline: '2026-12-02' }],
    });
    await app.run('commitments.setItemStatus', { id: c.items[0]!.id, status: 'fulfilled', statusDate: '2026-11-21' });
    const edited = await app.run('commitments.update', {
      id: c.id, signerName: 'A', signedDate: '2026-11-20',
      items: [{ id: c.items[0]!.id, content: 'Một (sửa)', deadline: '2026-12-05' }, { content: 'Ba', deadline: '2026-12-03' }],
    });
    expect(edited.items.map((i) => [i.content, i.status])).toEqual([['Một (sửa)', 'fulfilled'], ['Ba', 'open']]);
    const foreign = await app.send('commitments.update', { id: c.id, signerName: 'A', signedDate: '2026-11-20', items: [{ id: 'not-mine', content: 'X', deadline: '2026-12-03' }] });
    expect(foreign).toMatchObject({ ok: false, error: { issues: [{ path: ['items', 0, 'id'] }] } });
  });

  it('refuses a deadline before the signing date', async () => {
    const { detail } = await startInspection((await household()).id);
    const result = await app.send('commitments.create', {
      inspectionId: detail.inspection.id, signerName: 'A', signedDate: '2026-11-20', items: [{ content: 'X', deadline: '2026-11-01' }],
    });
    expect(result).toMatchObject({ ok: false, error: { issues: [{ path: ['items', 0, 'deadline'] }] } });
  });
});

describe('workflow', () => {
  it('locks a finalised record; corrections go through an amendment with a reason, all in the change log', async () => {
    const { detail } = await startInspection((await household()).id);
    const id = detail.inspection.id;
    const m = await minor(id, { dateOfBirth: '2014-01-01' });
    const final = await assessAndFinalise(app, id);
    expect(final.inspection.status).toBe('finalised');

    const before = snapshot(app.db);
    const locked = await app.send('minors.update', { id: m.id, fullName: 'Nguyễn Văn Ân', sex: 'male', dateOfBirth: '2014-01-01' });
    expect(locked).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('bản sửa đổi') } });
    expect(await app.send('inspections.amend', { id, reason: '' })).toMatchObject({ ok: false, error: { issues: [{ path: ['reason'] }] } });
    expect(snapshot(app.db)).toEqual(before);

    const amending = await app.run('inspections.amend', { id, reason: 'Ghi sai tên của trẻ' });
    expect(amending.inspection.status).toBe('amending');
    await app.run('minors.update', { id: m.id, fullName: 'Nguyễn Văn Ân', sex: 'male', dateOfBirth: '2014-01-01' });
    const again = await app.run('inspections.finalise', { id });
    expect(again.amendments).toMatchObject([{ reason: 'Ghi sai tên của trẻ', openedBy: 'tester', closedAt: expect.any(String) }]);

    // The change log holds what changed, field by field: the lock, the reopening with its reason, the correction, the new lock.
    const log = app.db.$client
      .prepare("SELECT table_name AS t, op, field, new_value AS v, user_id AS u FROM changes WHERE table_name IN ('inspections', 'minors', 'inspection_amendments') AND hlc > ? ORDER BY hlc, field")
      .all(minorCreatedAt(m.id)) as { t: string; op: string; field: string; v: string; u: string }[];
    expect(log.map((c) => `${c.t}.${c.op}.${c.field}`)).toEqual([
      'inspections.update.finalisedAt', 'inspections.update.finalisedBy', 'inspections.update.frozenCommuneCode', 'inspections.update.frozenCraftVillageId', 'inspections.update.frozenKind',
      // The minutes had no number: finalising gave the next one of this laptop's series.
      'inspections.update.frozenProvinceCode', 'inspections.update.frozenSector', 'inspections.update.number', 'inspections.update.status',
      'inspection_amendments.insert.inspectionId', 'inspection_amendments.insert.openedAt', 'inspection_amendments.insert.openedBy', 'inspection_amendments.insert.reason',
      'inspections.update.status',
      'minors.update.fullName',
      'inspections.update.status',
      'inspection_amendments.update.closedAt',
    ]);
    expect(log.find((c) => c.field === 'reason')!.v).toBe('"Ghi sai tên của trẻ"');
    expect(new Set(log.map((c) => c.u))).toEqual(new Set(['tester']));
    // Children's names stay out of the audit trail: edits of records are in the change log only.
    const audit = app.db.$client.prepare('SELECT entity, changes, note FROM audit_log').all() as { entity: string; changes: string | null; note: string | null }[];
    expect(audit.filter((a) => ['inspection', 'minor'].includes(a.entity))).toEqual([]);
    expect(JSON.stringify(audit)).not.toContain('Nguyễn Văn');
  });

  it('needs the team and the establishment representative (or a refusal) before finalising', async () => {
    const e = await household();
    const draft = await app.run('inspections.create', { establishmentId: e.id, inspectionDate: '2026-11-20' });
    expect(await app.send('inspections.finalise', { id: draft.inspection.id })).toMatchObject({ ok: false, error: { issues: [{ path: ['teamPresent'] }] } });
  });

  it('starts from a plan target with the plan team present and keeps the catalogue version it used', async () => {
    const e = await household();
    const officials = await officialsFromAgencies(app, 2);
    const plan = await app.run('plans.create', { title: 'KH', kind: 'periodic', periodStart: '2026-11-01', periodEnd: '2026-12-31' });
    await app.run('plans.setTeam', { planId: plan.plan.id, members: [{ officialId: officials[0]!.id, role: 'leader' }, { officialId: officials[1]!.id, role: 'member' }] });
    const withTarget = await app.run('plans.addTargets', { planId: plan.plan.id, targets: [{ establishmentId: e.id, visitDate: '2026-11-20' }] });
    const d = await app.run('inspections.create', { planTargetId: withTarget.targets[0]!.id, inspectionDate: '2026-11-20' });
    expect(d.inspection).toMatchObject({ planId: plan.plan.id, establishmentId: e.id, catalogueVersion: DEFAULT_CATALOGUE.version });
    expect(d.teamPresentNames.map((m) => m.role)).toEqual(['leader', 'member']);
    expect(d.checklist.length).toBe(DEFAULT_CATALOGUE.checklistItems.length);
  });

  it('stores checklist results and marks which items apply to the minors found', async () => {
    const { detail } = await startInspection((await household()).id);
    const id = detail.inspection.id;
    await minor(id, { dateOfBirth: '2010-01-01' });
    const d = await app.run('inspections.setChecklist', { inspectionId: id, items: [{ itemCode: 'CK-01', result: 'violation', note: 'Không có sổ' }] });
    expect(d.checklist.find((c) => c.itemCode === 'CK-01')).toMatchObject({ result: 'violation', note: 'Không có sổ' });
    const under15Only = DEFAULT_CATALOGUE.checklistItems.find((i) => i.ageBands.every((b) => b !== '15to18'))!;
    expect(d.checklist.find((c) => c.itemCode === under15Only.code)!.applies).toBe(false);
    expect(await app.send('inspections.setChecklist', { inspectionId: id, items: [{ itemCode: 'CK-999', result: 'compliant' }] })).toMatchObject({ ok: false });
  });
});

describe('catalogue versions', () => {
  it('imports a newer catalogue from a file; new inspections use it from its effective date, old ones keep theirs', async () => {
    const e = await household();
    const old = await app.run('inspections.create', { establishmentId: e.id, inspectionDate: '2026-11-20' });
    const newer = { ...DEFAULT_CATALOGUE, version: '2026.1', effectiveDate: '2026-11-21', title: 'Danh mục theo nghị định mới' };
    const info = await app.run('catalogue.import', { json: JSON.stringify(newer) });
    expect(info).toMatchObject({ version: '2026.1', current: true });
    const later = await app.run('inspections.create', { establishmentId: e.id, inspectionDate: '2026-11-22' });
    expect(later.inspection.catalogueVersion).toBe('2026.1');
    expect((await app.run('inspections.get', { id: old.inspection.id })).inspection.catalogueVersion).toBe('2022.1');
    // The same content again is a harmless no-op; other content under the same version is refused.
    expect(await app.run('catalogue.import', { json: JSON.stringify(newer, null, 2) })).toMatchObject({ version: '2026.1', unchanged: true });
    expect(await app.send('catalogue.import', { json: JSON.stringify({ ...newer, title: 'Khác' }) })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('rejects a broken catalogue file with a Vietnamese message and imports nothing', async () => {
    const before = snapshot(app.db);
    const broken = { ...DEFAULT_CATALOGUE, version: '2027.1', violationTypes: [{ ...DEFAULT_CATALOGUE.violationTypes[0]!, fineMin: 9, fineMax: 1 }] };
    const result = await app.send('catalogue.import', { json: JSON.stringify(broken) });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('Mức phạt tối thiểu') } });
    expect(await app.send('catalogue.import', { json: '{not json' })).toMatchObject({ ok: false, error: { message: 'Tệp danh mục không phải JSON hợp lệ' } });
    expect(snapshot(app.db)).toEqual(before);
  });
});

/** The HLC of a minor's creation: changes after it belong to the steps that followed. */
function minorCreatedAt(minorId: string): string {
  return (app.db.$client.prepare("SELECT max(hlc) AS hlc FROM changes WHERE row_id = ? AND op = 'insert'").get(minorId) as { hlc: string }).hlc;
}

function pick(i: Record<string, unknown>): Record<string, unknown> {
  const { planId: _p, planTitle: _pt, planTargetId: _pti, establishmentName: _en, establishmentKind: _ek, catalogueVersion: _cv, status: _s, finalisedAt: _fa, finalisedBy: _fb, minorCount: _mc, violationCount: _vc, createdAt: _ca, updatedAt: _ua, deletedAt: _da, ...rest } = i;
  return rest;
}
