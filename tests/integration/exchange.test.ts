import { describe, expect, it } from 'vitest';
import { craftVillage, officialsFromAgencies } from '../helpers/fixtures';
import { snapshot, type TestApp } from '../helpers/test-db';
import { testLaptops } from '../helpers/test-laptops';

const laptop = testLaptops();

/** A leader's laptop with a plan, a team, one inspection; a second laptop that has joined the team. */
async function team() {
  const a = laptop('Nguyễn Thị Hoa');
  const b = laptop('Trần Văn Minh');
  const { members, area } = await craftVillage(a, 2);
  const officials = await officialsFromAgencies(a, 2);
  const { plan } = await a.run('plans.create', { title: 'Kế hoạch kiểm tra làng nghề', kind: 'thematic', periodStart: '2026-11-01', periodEnd: '2026-12-31', ...area, communeCodes: [area.communeCode] });
  await a.run('plans.setTeam', { planId: plan.id, members: [{ officialId: officials[0]!.id, role: 'leader' }, { officialId: officials[1]!.id, role: 'member' }] });
  const { targets } = await a.run('plans.addTargets', { planId: plan.id, targets: [{ establishmentId: members[0]!.id, visitDate: '2026-11-20', timeSlot: 'morning' }] });
  const detail = await a.run('inspections.create', { planTargetId: targets[0]!.id, inspectionDate: '2026-11-20', representatives: [{ name: 'Lò Văn Chủ' }] });
  const t = await a.run('exchange.createTeam', { name: 'Đoàn kiểm tra làng nghề', planId: plan.id });
  const invitation = await a.run('exchange.invitation', { teamId: t.id });
  expect(invitation.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  expect(await b.send('exchange.join', { invitation: invitation.base64, code: 'AAAA-AAAA' })).toMatchObject({ ok: false, error: { issues: [{ path: ['code'] }] } });
  const request = await b.run('exchange.join', { invitation: invitation.base64, code: invitation.code.toLowerCase() });
  expect(request.team.devices.find((d) => d.isThisDevice)).toMatchObject({ status: 'pending' });
  const asked = await a.run('exchange.preview', { file: request.base64 });
  expect(asked).toMatchObject({ kind: 'join', sender: { officialName: 'Trần Văn Minh' } });
  await a.run('exchange.import', { file: request.base64 });
  await a.run('exchange.acceptJoin', { teamId: t.id, deviceId: b.ctx.deviceId });
  return { a, b, teamId: t.id, plan, inspectionId: detail.inspection.id, members };
}

const exchange = async (from: TestApp, to: TestApp, teamId: string) => to.run('exchange.import', { file: (await from.run('exchange.export', { teamId, mode: 'team' })).base64 });

describe('team exchange between two laptops', () => {
  it('a joined laptop receives the plan, its establishments and the inspection, and sees what the package brings first', async () => {
    const { a, b, teamId, plan, inspectionId } = await team();
    const pkg = await a.run('exchange.export', { teamId, mode: 'team' });
    expect(pkg.fileName).toMatch(/^Goi du lieu - Nguyen Thi Hoa - Doan kiem tra lang nghe - \d\d-\d\d-2026 \d\dh\d\d\.ldtx$/);
    const before = snapshot(b.db);
    const preview = await b.run('exchange.preview', { file: pkg.base64 });
    expect(preview).toMatchObject({ kind: 'changes', sender: { officialName: 'Nguyễn Thị Hoa' }, conflictsExpected: 0 });
    expect(preview.rows['Kế hoạch']).toBe(1);
    expect(preview.rows['Cuộc kiểm tra']).toBe(1);
    expect(snapshot(b.db)).toEqual(before);
    const imported = await b.run('exchange.import', { file: pkg.base64 });
    expect(imported.applied).toBe(true);
    expect((await b.run('plans.get', { id: plan.id })).targets).toHaveLength(1);
    const onB = await b.run('inspections.get', { id: inspectionId });
    expect(onB.inspection.representatives.map((r) => r.name)).toEqual(['Lò Văn Chủ']);
    // The team's roster now lists B as accepted on B too (from the leader's package).
    expect((await b.run('exchange.teams', {}))[0]!.devices.every((d) => d.status === 'accepted')).toBe(true);
    // Nothing outside the plan travelled: the second household of the village is not a target.
    expect((await b.run('establishments.search', { query: 'so 2' })).total).toBe(0);
    // Importing the same package twice changes nothing.
    const twice = snapshot(b.db);
    expect((await b.run('exchange.import', { file: pkg.base64 })).newChanges).toBe(0);
    expect(snapshot(b.db)).toEqual(twice);
  });

  it('two officials record different minors and different fields of one inspection: both laptops end with the union', async () => {
    const { a, b, teamId, inspectionId } = await team();
    await exchange(a, b, teamId);
    await a.run('minors.create', { inspectionId, fullName: 'Lò Văn Bảy', sex: 'male', dateOfBirth: '2013-04-02', job: 'Đan giỏ' });
    await b.run('minors.create', { inspectionId, fullName: 'Hoàng Thị Tám', sex: 'female', estimatedAge: 12, job: 'Phơi mây' });
    await a.run('inspections.update', { id: inspectionId, startTime: '08:30' });
    await b.run('inspections.update', { id: inspectionId, place: 'Xưởng mây nhà ông Chủ' });
    await exchange(a, b, teamId);
    await exchange(b, a, teamId);
    for (const app of [a, b]) {
      const d = await app.run('inspections.get', { id: inspectionId });
      expect(d.minors.map((m) => m.fullName).sort()).toEqual(['Hoàng Thị Tám', 'Lò Văn Bảy']);
      expect(d.inspection).toMatchObject({ startTime: '08:30', place: 'Xưởng mây nhà ông Chủ' });
      expect(await app.run('exchange.conflicts', {})).toEqual([]);
    }
  });

  it('the same field edited on both: each inbox shows it; resolving on one laptop resolves it on the other at the next exchange', async () => {
    const { a, b, teamId, inspectionId } = await team();
    await exchange(a, b, teamId);
    await a.run('inspections.update', { id: inspectionId, place: 'Nhà ông Chủ' });
    b.ctx.now = () => new Date('2026-11-23T08:05:00Z');
    await b.run('inspections.update', { id: inspectionId, place: 'Xưởng sau nhà' });
    await exchange(a, b, teamId);
    await exchange(b, a, teamId);
    const [onA] = await a.run('exchange.conflicts', {});
    const [onB] = await b.run('exchange.conflicts', {});
    expect(onA).toMatchObject({ kind: 'same_field', fieldLabel: expect.any(String), a: { value: 'Nhà ông Chủ', user: 'Nguyễn Thị Hoa' }, b: { value: 'Xưởng sau nhà', user: 'Trần Văn Minh' }, current: 'b' });
    expect(onB!.id).toBe(onA!.id);
    // The later edit holds on both meanwhile.
    expect((await a.run('inspections.get', { id: inspectionId })).inspection.place).toBe('Xưởng sau nhà');
    a.ctx.now = () => new Date('2026-11-23T09:00:00Z');
    await a.run('exchange.resolveConflict', { id: onA!.id, choice: 'a' });
    expect(await a.run('exchange.conflicts', {})).toEqual([]);
    await exchange(a, b, teamId);
    expect(await b.run('exchange.conflicts', {})).toEqual([]);
    expect((await b.run('exchange.conflicts', { includeResolved: true }))[0]).toMatchObject({ resolution: 'kept_a', resolvedBy: 'Nguyễn Thị Hoa' });
    for (const app of [a, b]) expect((await app.run('inspections.get', { id: inspectionId })).inspection.place).toBe('Nhà ông Chủ');
  });

  it('refuses a package altered by one byte, truncated, or of a team this laptop is not in, in Vietnamese, changing nothing', async () => {
    const { a, b, teamId } = await team();
    const outsider = laptop('Người ngoài');
    const bytes = Buffer.from((await a.run('exchange.export', { teamId, mode: 'team' })).base64, 'base64');
    const before = snapshot(b.db);
    const flipped = Buffer.from(bytes);
    flipped[bytes.length - 100] = flipped[bytes.length - 100]! ^ 0xff;
    for (const file of [flipped, bytes.subarray(0, bytes.length - 200)]) {
      const result = await b.send('exchange.import', { file: file.toString('base64') });
      expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/thay đổi|cắt ngắn|hỏng/) } });
    }
    expect(snapshot(b.db)).toEqual(before);
    expect(await outsider.send('exchange.import', { file: bytes.toString('base64') })).toMatchObject({ ok: false, error: { message: expect.stringContaining('không ở trong đoàn') } });
  });
});
