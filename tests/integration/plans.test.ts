import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stableId } from '../../db/ids';
import { dispatch } from '../../electron/dispatch';
import type { ServiceContext } from '../../electron/services/context';
import { DEFAULT_LEGAL_BASES } from '../../shared/plans/legal-bases';
import { parseHlc } from '../../shared/sync/hlc';
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

type ChangeRow = { hlc: string; deviceId: string; userId: string; tableName: string; rowId: string; field: string; oldValue: string | null; newValue: string; op: string };

/** The change log written after row `since` of it (all of it without), by clock, table and field. */
const changesAfter = (since = 0) =>
  app.db.$client
    .prepare(
      'SELECT hlc, device_id AS deviceId, user_id AS userId, table_name AS tableName, row_id AS rowId, field, old_value AS oldValue, new_value AS newValue, op FROM changes WHERE rowid > ? ORDER BY hlc, table_name, field',
    )
    .all(since) as ChangeRow[];
const lastChange = () => (app.db.$client.prepare('SELECT max(rowid) AS n FROM changes').get() as { n: number }).n;
const maxHlc = () => (app.db.$client.prepare('SELECT max(hlc) AS hlc FROM changes').get() as { hlc: string }).hlc;

/** Another user on the same laptop, an hour later (Viet Nam time in messages: +7). */
const as = (actor: string, at = '2026-11-23T09:15:00Z'): ServiceContext => ({ ...app.ctx, actor, now: () => new Date(at) });

/** Lạng Sơn communes after the first one. */
const otherCommunes = (provinceCode: string) =>
  (app.db.$client.prepare('SELECT code FROM communes WHERE province_code = ? ORDER BY code LIMIT 3 OFFSET 1').all(provinceCode) as { code: string }[]).map((c) => c.code);

describe('plans on the one write path', () => {
  it('changes only the fields sent: a title alone keeps the legal bases, communes and purpose; null clears', async () => {
    const { plan } = await draftPlan();
    const before = lastChange();
    const renamed = await app.run('plans.update', { id: plan.id, title: 'Kế hoạch kiểm tra làng nghề (sửa đổi)' });
    expect(renamed.plan).toMatchObject({
      title: 'Kế hoạch kiểm tra làng nghề (sửa đổi)',
      legalBases: plan.legalBases,
      communeCodes: plan.communeCodes,
      purpose: plan.purpose,
      content: plan.content,
      number: plan.number,
      issuingAgencyId: plan.issuingAgencyId,
      provinceCode: plan.provinceCode,
      periodStart: plan.periodStart,
      periodEnd: plan.periodEnd,
      version: 2,
    });
    expect(plan.communeCodes).toHaveLength(1);
    expect(changesAfter(before).map((c) => [c.tableName, c.op, c.field])).toEqual([['plans', 'update', 'title']]);

    const cleared = await app.run('plans.update', { id: plan.id, purpose: null, number: '' });
    expect(cleared.plan.purpose).toBeUndefined();
    expect(cleared.plan.number).toBeUndefined();
    expect(cleared.plan).toMatchObject({ title: 'Kế hoạch kiểm tra làng nghề (sửa đổi)', content: plan.content, legalBases: plan.legalBases });
  });

  it('checks the period on the record as the update leaves it', async () => {
    const { plan } = await draftPlan();
    const snap = snapshot(app.db);
    const result = await app.send('plans.update', { id: plan.id, periodEnd: '2026-11-30' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['periodEnd'], message: 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu' }] } });
    expect(snapshot(app.db)).toEqual(snap);
    const moved = await app.run('plans.update', { id: plan.id, periodStart: '2026-11-25', periodEnd: '2026-11-30' });
    expect(moved.plan).toMatchObject({ periodStart: '2026-11-25', periodEnd: '2026-11-30' });
  });

  it('lets one of two edits of the same version win; the other gets one CONFLICT naming who and when', async () => {
    const { plan } = await draftPlan();
    const results = [
      await dispatch('plans.update', { id: plan.id, expectedVersion: plan.version, title: 'Bản của chị Hoa' }, app.db, as('Nguyễn Thị Hoa')),
      await app.send('plans.update', { id: plan.id, expectedVersion: plan.version, title: 'Bản của tôi' }),
    ];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refused = results.filter((r) => !r.ok);
    expect(refused).toEqual([
      {
        ok: false,
        error: expect.objectContaining({
          code: 'CONFLICT',
          message: expect.stringContaining('Nguyễn Thị Hoa sửa lúc 16:15 ngày 23/11/2026'),
          conflict: expect.objectContaining({ updatedBy: 'Nguyễn Thị Hoa', version: 2, current: expect.objectContaining({ title: 'Bản của chị Hoa' }) }),
        }),
      },
    ]);
    expect((await app.run('plans.get', { id: plan.id })).plan).toMatchObject({ title: 'Bản của chị Hoa', version: 2 });
  });

  it('tells a stale plan editor when the team, the targets or the communes changed under it', async () => {
    const { plan } = await draftPlan();
    const [official] = await officialsFromAgencies(app, 1);
    const { members } = await craftVillage(app, 2);
    const stale = async (version: number) => expect(await app.send('plans.update', { id: plan.id, expectedVersion: version, title: 'X' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const team = await app.run('plans.setTeam', { planId: plan.id, expectedVersion: 1, members: [{ officialId: official!.id, role: 'leader' }] });
    expect(team.plan.version).toBe(2);
    await stale(1);
    expect(await app.send('plans.setTeam', { planId: plan.id, expectedVersion: 1, members: [] })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const added = await app.run('plans.addTargets', { planId: plan.id, expectedVersion: 2, targets: [{ establishmentId: members[0]!.id }, { establishmentId: members[1]!.id }] });
    expect(added.plan.version).toBe(3);
    await stale(2);

    const target = added.targets[0]!;
    expect(target.version).toBe(1);
    const moved = await app.run('plans.updateTarget', { id: target.id, expectedVersion: 1, visitDate: '2026-12-02', timeSlot: 'afternoon' });
    expect(moved.plan.version).toBe(4);
    expect(moved.targets.find((t) => t.id === target.id)).toMatchObject({ visitDate: '2026-12-02', timeSlot: 'afternoon', version: 2 });
    expect(await app.send('plans.updateTarget', { id: target.id, expectedVersion: 1, timeSlot: 'morning' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await app.send('plans.removeTarget', { id: target.id, expectedVersion: 1 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const removed = await app.run('plans.removeTarget', { id: target.id, expectedVersion: 2 });
    expect(removed.plan).toMatchObject({ version: 5, targetCount: 1 });
    await stale(4);

    const communes = await app.run('plans.update', { id: plan.id, expectedVersion: 5, communeCodes: otherCommunes(plan.provinceCode!).slice(0, 1) });
    expect(communes.plan.version).toBe(6);
    await stale(5);
    expect(await app.send('plans.setStatus', { id: plan.id, expectedVersion: 5, status: 'approved' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await app.run('plans.setStatus', { id: plan.id, expectedVersion: 6, status: 'approved' })).plan).toMatchObject({ status: 'approved', version: 7 });
  });

  it('leaves change rows with the user, the device and a rising clock for the team, targets and status', async () => {
    const { plan } = await draftPlan();
    const [leader, member] = await officialsFromAgencies(app, 2);
    const { members } = await craftVillage(app, 2);
    const device = app.ctx.deviceId;
    const step = async (actor: string, at: string, command: string, input: unknown) => {
      const since = lastChange();
      const previous = maxHlc();
      const result = await dispatch(command, input, app.db, as(actor, at));
      expect(result, command).toMatchObject({ ok: true });
      const log = changesAfter(since);
      expect(log.length, command).toBeGreaterThan(0);
      expect(new Set(log.map((c) => c.userId)), command).toEqual(new Set([actor]));
      expect(new Set(log.map((c) => c.deviceId)), command).toEqual(new Set([device]));
      for (const c of log) expect(parseHlc(c.hlc).deviceId).toBe(device);
      for (const c of log) expect(c.hlc > previous, `${command}: ${c.hlc} after ${previous}`).toBe(true);
      return log;
    };

    const team = await step('Lê Văn Nam', '2026-11-23T09:00:00Z', 'plans.setTeam', {
      planId: plan.id,
      members: [{ officialId: leader!.id, role: 'leader' }, { officialId: member!.id, role: 'member', subTeam: 'Tổ 1' }],
    });
    expect(new Set(team.map((c) => `${c.tableName} ${c.op}`))).toEqual(new Set(['plan_members insert']));
    expect(new Set(team.map((c) => c.rowId))).toEqual(new Set([stableId('plan_members', plan.id, leader!.id), stableId('plan_members', plan.id, member!.id)]));

    const added = await step('Trần Thị Mai', '2026-11-23T09:05:00Z', 'plans.addTargets', {
      planId: plan.id,
      targets: members.map((m) => ({ establishmentId: m.id, visitDate: '2026-12-03' })),
    });
    expect(new Set(added.map((c) => `${c.tableName} ${c.op}`))).toEqual(new Set(['plan_targets insert']));
    expect(added.filter((c) => c.field === 'establishmentId').map((c) => JSON.parse(c.newValue))).toEqual(expect.arrayContaining(members.map((m) => m.id)));

    const targets = (await app.run('plans.get', { id: plan.id })).targets;
    const removed = await step('Lê Văn Nam', '2026-11-23T09:10:00Z', 'plans.removeTarget', { id: targets[0]!.id });
    expect(removed.map((c) => [c.tableName, c.op, c.rowId, c.field])).toEqual([['plan_targets', 'delete', targets[0]!.id, 'deletedAt']]);

    const approved = await step('Phạm Quốc Huy', '2026-11-23T09:20:00Z', 'plans.setStatus', { id: plan.id, status: 'approved', note: 'Đồng ý' });
    expect(approved.filter((c) => c.tableName === 'plans')).toEqual([expect.objectContaining({ op: 'update', rowId: plan.id, field: 'status', oldValue: '"draft"', newValue: '"approved"' })]);
    expect(approved.filter((c) => c.tableName === 'plan_status_log').map((c) => [c.op, c.field, c.newValue])).toEqual(
      expect.arrayContaining([['insert', 'toStatus', '"approved"'], ['insert', 'fromStatus', '"draft"'], ['insert', 'actor', '"Phạm Quốc Huy"'], ['insert', 'note', '"Đồng ý"']]),
    );

    // In the order written, the clock never goes back.
    const stamps = (app.db.$client.prepare('SELECT hlc FROM changes ORDER BY rowid').all() as { hlc: string }[]).map((c) => c.hlc);
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set([...team, ...added, ...removed, ...approved].map((c) => c.hlc)).size).toBeGreaterThanOrEqual(4);
    expect((await app.run('plans.get', { id: plan.id })).history.at(-1)).toMatchObject({ toStatus: 'approved', actor: 'Phạm Quốc Huy', note: 'Đồng ý' });
  });

  it('keeps a member\'s row when the team is set again: updated in place, deleted when left out, revived when back', async () => {
    const { plan } = await draftPlan();
    const [a, b] = await officialsFromAgencies(app, 2);
    const first = await app.run('plans.setTeam', { planId: plan.id, members: [{ officialId: a!.id, role: 'leader' }, { officialId: b!.id, role: 'member' }] });
    const idOf = (officialId: string) => first.team.find((m) => m.officialId === officialId)!.id;
    const since = lastChange();
    const swapped = await app.run('plans.setTeam', { planId: plan.id, members: [{ officialId: b!.id, role: 'leader', subTeam: 'Tổ 1' }] });
    expect(swapped.team).toEqual([expect.objectContaining({ id: idOf(b!.id), role: 'leader', subTeam: 'Tổ 1' })]);
    expect(changesAfter(since).map((c) => [c.rowId, c.op, c.field])).toEqual(
      expect.arrayContaining([[idOf(a!.id), 'delete', 'deletedAt'], [idOf(b!.id), 'update', 'role'], [idOf(b!.id), 'update', 'subTeam'], [idOf(b!.id), 'update', 'sortOrder']]),
    );
    const back = await app.run('plans.setTeam', { planId: plan.id, members: [{ officialId: a!.id, role: 'leader' }, { officialId: b!.id, role: 'member' }] });
    expect(back.team.map((m) => [m.id, m.role, m.subTeam])).toEqual([[idOf(a!.id), 'leader', undefined], [idOf(b!.id), 'member', undefined]]);
    expect((app.db.$client.prepare('SELECT count(*) AS n FROM plan_members WHERE plan_id = ?').get(plan.id) as { n: number }).n).toBe(2);

    const same = snapshot(app.db);
    const again = await app.run('plans.setTeam', { planId: plan.id, members: [{ officialId: a!.id, role: 'leader' }, { officialId: b!.id, role: 'member' }] });
    expect(again.plan.version).toBe(back.plan.version);
    expect(snapshot(app.db)).toEqual(same);
  });

  it('keeps the communes as child rows in the order given; changing the list logs their insert and delete', async () => {
    const { plan } = await draftPlan();
    const [first] = plan.communeCodes;
    const [second, third] = otherCommunes(plan.provinceCode!);
    const rowId = (code: string) => stableId('plan_communes', plan.id, code);
    expect(changesAfter().filter((c) => c.tableName === 'plan_communes').map((c) => [c.rowId, c.op, c.field, c.newValue])).toEqual([
      [rowId(first!), 'insert', 'communeCode', JSON.stringify(first)],
      [rowId(first!), 'insert', 'planId', JSON.stringify(plan.id)],
      [rowId(first!), 'insert', 'sortOrder', '0'],
    ]);

    let since = lastChange();
    const changed = await app.run('plans.update', { id: plan.id, communeCodes: [third!, second!] });
    expect(changed.plan.communeCodes).toEqual([third, second]);
    const log = changesAfter(since).filter((c) => c.tableName === 'plan_communes');
    expect(log.filter((c) => c.op === 'delete').map((c) => c.rowId)).toEqual([rowId(first!)]);
    expect(new Set(log.filter((c) => c.op === 'insert').map((c) => c.rowId))).toEqual(new Set([rowId(second!), rowId(third!)]));
    expect(changesAfter(since).filter((c) => c.tableName === 'plans')).toEqual([]);

    since = lastChange();
    const reordered = await app.run('plans.update', { id: plan.id, communeCodes: [second!, first!] });
    expect(reordered.plan.communeCodes).toEqual([second, first]);
    expect(changesAfter(since).map((c) => [c.rowId, c.op, c.field])).toEqual(
      expect.arrayContaining([[rowId(third!), 'delete', 'deletedAt'], [rowId(second!), 'update', 'sortOrder'], [rowId(first!), 'restore', 'deletedAt']]),
    );

    const untouched = snapshot(app.db);
    const titleOnly = await app.run('plans.update', { id: plan.id, title: plan.title });
    expect(titleOnly.plan.communeCodes).toEqual([second, first]);
    expect(snapshot(app.db)).toEqual(untouched);
    expect((await app.run('plans.list', {})).find((p) => p.id === plan.id)!.communeCodes).toEqual([second, first]);
  });

  it('refuses communes of another province, also when only the province changes', async () => {
    const { plan } = await draftPlan();
    const hanoi = (app.db.$client.prepare("SELECT code FROM communes WHERE province_code = '01' ORDER BY code LIMIT 1").get() as { code: string }).code;
    const snap = snapshot(app.db);
    expect(await app.send('plans.update', { id: plan.id, communeCodes: [hanoi] })).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['communeCodes'] }] } });
    expect(await app.send('plans.update', { id: plan.id, provinceCode: '01' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['communeCodes'] }] } });
    expect(snapshot(app.db)).toEqual(snap);
    const moved = await app.run('plans.update', { id: plan.id, provinceCode: '01', communeCodes: [hanoi] });
    expect(moved.plan).toMatchObject({ provinceCode: '01', communeCodes: [hanoi] });
  });

  it('removes and restores a plan with the version the user saw', async () => {
    const { plan } = await draftPlan();
    expect(await app.send('plans.remove', { id: plan.id, expectedVersion: 9 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const removed = await app.run('plans.remove', { id: plan.id, expectedVersion: 1 });
    expect(removed).toMatchObject({ deletedAt: '2026-11-23T08:00:00.000Z', version: 2 });
    expect(await app.run('plans.list', {})).toEqual([]);
    expect(await app.send('plans.update', { id: plan.id, title: 'X' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const restored = await app.run('plans.restore', { id: plan.id, expectedVersion: 2 });
    expect(restored).toMatchObject({ deletedAt: null, version: 3, communeCodes: plan.communeCodes });
    expect(changesAfter().filter((c) => c.rowId === plan.id && c.field === 'deletedAt').map((c) => c.op)).toEqual(['delete', 'restore']);
  });
});
