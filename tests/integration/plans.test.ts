import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LEGAL_BASES } from '../../shared/plans/legal-bases';
import { craftVillage, langSon, officialsFromAgencies } from '../helpers/fixtures';
import { openTestApp, snapshot, type TestApp } from '../helpers/test-db';

let app: TestApp;
beforeEach(() => {
  app = openTestApp(new Date('2026-11-23T08:00:00Z'));
});
afterEach(() => app.close());

async function draftPlan(title = 'Kế hoạch kiểm tra lao động chưa thành niên tại làng nghề năm 2026') {
  const area = langSon(app);
  const [labour] = await app.run('agencies.list', {});
  return app.run('plans.create', {
    number: '12/KH-ĐKT',
    title,
    kind: 'thematic',
    issuingAgencyId: labour!.id,
    legalBases: DEFAULT_LEGAL_BASES.slice(0, 4).map((b) => b.text),
    purpose: 'Phát hiện, ngăn chặn việc sử dụng lao động trẻ em trái pháp luật.',
    content: 'Kiểm tra việc chấp hành quy định về lao động chưa thành niên.',
    periodStart: '2026-12-01',
    periodEnd: '2026-12-31',
    provinceCode: area.provinceCode,
    communeCodes: [area.communeCode],
  });
}

describe('inspection plans', () => {
  it('runs the whole workflow: team from four agencies, five targets of a craft village, approval, progress, completion', async () => {
    const plan = (await draftPlan()).plan;
    expect(plan.status).toBe('draft');
    expect(plan.issuingAgencyName).toContain('Sở Nội vụ');

    const officials = await officialsFromAgencies(app, 4);
    const team = await app.run('plans.setTeam', {
      planId: plan.id,
      members: officials.map((o, i) => ({ officialId: o.id, role: i === 0 ? 'leader' : i === 3 ? 'secretary' : 'member' })),
    });
    expect(team.team.map((m) => m.role)).toEqual(['leader', 'member', 'member', 'secretary']);
    expect(new Set(team.team.map((m) => m.agencyName)).size).toBe(4);

    const { village } = await craftVillage(app, 5);
    const suggestions = await app.run('plans.suggestTargets', { planId: plan.id, parentId: village.id });
    expect(suggestions).toHaveLength(5);
    const withTargets = await app.run('plans.addTargets', {
      planId: plan.id,
      targets: suggestions.map((s, i) => ({ establishmentId: s.establishment.id, visitDate: `2026-12-0${1 + Math.floor(i / 2)}`, timeSlot: i % 2 ? 'afternoon' : 'morning' })),
    });
    expect(withTargets.targets).toHaveLength(5);
    expect(withTargets.targets[0]!.priorityReasons.map((r) => r.code)).toEqual(expect.arrayContaining(['never_inspected', 'craft_village']));
    expect(withTargets.targets.map((t) => `${t.visitDate} ${t.timeSlot}`)).toEqual([
      '2026-12-01 morning', '2026-12-01 afternoon', '2026-12-02 morning', '2026-12-02 afternoon', '2026-12-03 morning',
    ]);

    await app.run('plans.setStatus', { id: plan.id, status: 'approved' });
    await app.run('plans.setStatus', { id: plan.id, status: 'in_progress' });
    const done = await app.run('plans.setStatus', { id: plan.id, status: 'completed', note: 'Đã kiểm tra đủ 5 cơ sở' });
    expect(done.history.map((h) => [h.fromStatus, h.toStatus])).toEqual([
      [null, 'draft'], ['draft', 'approved'], ['approved', 'in_progress'], ['in_progress', 'completed'],
    ]);
    expect(done.history.every((h) => h.actor === 'tester')).toBe(true);

    const locked = await app.send('plans.updateTarget', { id: withTargets.targets[0]!.id, visitDate: '2026-12-05', timeSlot: 'morning' });
    expect(locked).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'Kế hoạch đã hoàn thành, không thể sửa' } });
  });

  it('refuses approval without exactly one leader, and a second leader in the team', async () => {
    const plan = (await draftPlan()).plan;
    const officials = await officialsFromAgencies(app, 3);
    await app.run('plans.setTeam', { planId: plan.id, members: officials.map((o) => ({ officialId: o.id, role: 'member' })) });
    const noLeader = await app.send('plans.setStatus', { id: plan.id, status: 'approved' });
    expect(noLeader).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('Chưa có Trưởng đoàn') } });

    const before = snapshot(app.db);
    const twoLeaders = await app.send('plans.setTeam', {
      planId: plan.id,
      members: officials.map((o, i) => ({ officialId: o.id, role: i < 2 ? 'leader' : 'member' })),
    });
    expect(twoLeaders).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['members', 1, 'role'], message: 'Đoàn kiểm tra chỉ có một Trưởng đoàn' }] } });
    expect(snapshot(app.db)).toEqual(before);
  });

  it('refuses transitions the workflow does not allow', async () => {
    const plan = (await draftPlan()).plan;
    expect(await app.send('plans.setStatus', { id: plan.id, status: 'completed' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'Không thể chuyển kế hoạch từ «Dự thảo» sang «Đã hoàn thành»' },
    });
    await app.run('plans.setStatus', { id: plan.id, status: 'cancelled' });
    expect(await app.send('plans.setStatus', { id: plan.id, status: 'draft' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('warns when an official is scheduled for two visits at the same time across plans', async () => {
    const [official, other] = await officialsFromAgencies(app, 2);
    const { members } = await craftVillage(app, 3);
    const a = (await draftPlan('Kế hoạch A')).plan;
    const b = (await draftPlan('Kế hoạch B')).plan;
    await app.run('plans.setTeam', { planId: a.id, members: [{ officialId: official!.id, role: 'leader' }] });
    await app.run('plans.setTeam', { planId: b.id, members: [{ officialId: official!.id, role: 'member', subTeam: 'Tổ 2' }, { officialId: other!.id, role: 'leader', subTeam: 'Tổ 1' }] });
    await app.run('plans.addTargets', { planId: a.id, targets: [{ establishmentId: members[0]!.id, visitDate: '2026-12-10', timeSlot: 'morning' }] });
    const bTargets = await app.run('plans.addTargets', {
      planId: b.id,
      targets: [
        { establishmentId: members[1]!.id, visitDate: '2026-12-10', timeSlot: 'all_day', subTeam: 'Tổ 2' },
        { establishmentId: members[2]!.id, visitDate: '2026-12-10', timeSlot: 'morning', subTeam: 'Tổ 1' },
      ],
    });
    expect(bTargets.conflicts).toHaveLength(1);
    expect(bTargets.conflicts[0]).toMatchObject({ officialName: 'Hoàng Văn Thắng', date: '2026-12-10', timeSlot: 'all_day' });
    expect(bTargets.conflicts[0]!.message).toBe(
      'Hoàng Văn Thắng được xếp lịch trùng cả ngày ngày 10/12/2026: «Hộ sản xuất mây tre số 2» và «Hộ sản xuất mây tre số 1» (kế hoạch «Kế hoạch A»)',
    );
    expect((await app.run('plans.get', { id: a.id })).conflicts).toHaveLength(1);

    const moved = await app.run('plans.updateTarget', { id: bTargets.targets.find((t) => t.subTeam === 'Tổ 2')!.id, visitDate: '2026-12-11', timeSlot: 'all_day', subTeam: 'Tổ 2' });
    expect(moved.conflicts).toEqual([]);
  });

  it('refuses a visit date outside the plan period and changes nothing', async () => {
    const plan = (await draftPlan()).plan;
    const { members } = await craftVillage(app, 1);
    const before = snapshot(app.db);
    const result = await app.send('plans.addTargets', { planId: plan.id, targets: [{ establishmentId: members[0]!.id, visitDate: '2027-01-05' }] });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['targets', 0, 'visitDate'] }] } });
    expect(snapshot(app.db)).toEqual(before);
  });

  it('refuses a period that ends before it starts, naming the field', async () => {
    const result = await app.send('plans.create', { title: 'X', kind: 'adhoc', periodStart: '2026-12-10', periodEnd: '2026-12-01' });
    expect(result).toMatchObject({ ok: false, error: { issues: [{ path: ['periodEnd'], message: 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu' }] } });
  });

  it('ranks suggestions by risk with reasons, skipping establishments already in the plan', async () => {
    const plan = (await draftPlan()).plan;
    const area = langSon(app);
    const risky = await app.run('establishments.create', { name: 'Xưởng mộc Hữu Lũng', kind: 'household_business', sector: 'handicraft', workersTotal: 6, workersUnder18: 2, ...area });
    const calm = await app.run('establishments.create', { name: 'Cửa hàng tạp hóa Bình An', kind: 'household_business', sector: 'services', ...area });
    const suggestions = await app.run('plans.suggestTargets', { planId: plan.id, communeCode: area.communeCode });
    expect(suggestions.map((s) => s.establishment.name)).toEqual(['Xưởng mộc Hữu Lũng', 'Cửa hàng tạp hóa Bình An']);
    expect(suggestions[0]!.score).toBe(60);
    expect(suggestions[0]!.reasons.map((r) => r.text)).toEqual([
      'Chưa từng được kiểm tra',
      'Có 2 lao động dưới 18 tuổi theo thông tin đăng ký',
      'Lĩnh vực có nguy cơ sử dụng lao động trẻ em: tiểu thủ công nghiệp',
    ]);
    await app.run('plans.addTargets', { planId: plan.id, targets: [{ establishmentId: risky.establishment.id }] });
    const after = await app.run('plans.suggestTargets', { planId: plan.id, communeCode: area.communeCode });
    expect(after.map((s) => s.establishment.id)).toEqual([calm.establishment.id]);
  });
});
