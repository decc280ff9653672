import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stableId } from '../../db/ids';
import { dispatch } from '../../electron/dispatch';
import type { ServiceContext } from '../../electron/services/context';
import { craftVillage, officialsFromAgencies } from '../helpers/fixtures';
import { openTestApp, snapshot, type TestApp } from '../helpers/test-db';

let app: TestApp;
beforeEach(() => {
  app = openTestApp(new Date('2026-11-23T08:00:00Z'));
});
afterEach(() => app.close());

async function startInspection(inspectionDate = '2026-11-20') {
  const { members } = await craftVillage(app, 1);
  const officials = await officialsFromAgencies(app, 3);
  const detail = await app.run('inspections.create', {
    establishmentId: members[0]!.id,
    inspectionDate,
    startTime: '08:30',
    endTime: '11:00',
    place: 'Nhà ông Chủ',
    teamPresent: [
      { officialId: officials[0]!.id, role: 'leader' },
      { officialId: officials[1]!.id, role: 'member' },
    ],
    representatives: [{ name: 'Nguyễn Văn Chủ', position: 'Chủ hộ', idNumber: '020080001234' }],
    otherParticipants: [{ name: 'Hoàng Thị Xã', position: 'Công chức', organisation: 'UBND xã' }],
    documentsReviewed: ['Sổ theo dõi lao động'],
  });
  return { detail, inspection: detail.inspection, officials };
}

const MINOR = {
  fullName: 'Lò Văn Bảy',
  sex: 'male',
  dateOfBirth: '2011-11-25',
  ethnicity: 'Tày',
  homeAddress: 'Thôn Bắc',
  job: 'Đan giỏ',
  hoursPerDay: 6,
  hoursPerWeek: 36,
  nightWork: false,
  schooling: 'dropped_out',
  guardianConsent: true,
  notes: 'Ghi chú',
} as const;

type ChangeRow = { hlc: string; deviceId: string; userId: string; tableName: string; rowId: string; field: string; oldValue: string | null; newValue: string | null; op: string };
const changesSince = (hlc = '') =>
  app.db.$client
    .prepare('SELECT hlc, device_id AS deviceId, user_id AS userId, table_name AS tableName, row_id AS rowId, field, old_value AS oldValue, new_value AS newValue, op FROM changes WHERE hlc > ? ORDER BY hlc, field')
    .all(hlc) as ChangeRow[];
const lastHlc = () => (app.db.$client.prepare('SELECT max(hlc) AS hlc FROM changes').get() as { hlc: string | null }).hlc ?? '';

describe('partial updates keep what is not sent', () => {
  it('inspections.update with only the number keeps the team, representatives, participants and times', async () => {
    const { inspection } = await startInspection();
    const updated = await app.run('inspections.update', { id: inspection.id, number: '12/BB-KT' });
    expect(updated.inspection).toMatchObject({
      number: '12/BB-KT',
      startTime: '08:30',
      endTime: '11:00',
      place: 'Nhà ông Chủ',
      teamPresent: inspection.teamPresent,
      representatives: inspection.representatives,
      otherParticipants: inspection.otherParticipants,
      documentsReviewed: ['Sổ theo dõi lao động'],
      version: inspection.version + 1,
    });
    expect(updated.teamPresentNames).toHaveLength(2);
    const log = changesSince().filter((c) => c.op === 'update');
    expect(log.map((c) => `${c.tableName}.${c.field}`)).toEqual(['inspections.number']);
  });

  it('null clears a field; a list sent is replaced: entries with an id patch their row, new ones are added, missing ones tombstoned', async () => {
    const { inspection, officials } = await startInspection();
    const [rep] = inspection.representatives;
    const before = lastHlc();
    const updated = await app.run('inspections.update', {
      id: inspection.id,
      place: null,
      teamPresent: [{ officialId: officials[1]!.id, role: 'leader' }, { officialId: officials[2]!.id, role: 'member' }],
      representatives: [{ id: rep!.id, name: 'Nguyễn Văn Chủ', position: 'Chủ cơ sở' }, { name: 'Nguyễn Thị Vợ' }],
      otherParticipants: [],
    });
    expect(updated.inspection.place).toBeUndefined();
    expect(updated.inspection.teamPresent).toEqual([{ officialId: officials[1]!.id, role: 'leader' }, { officialId: officials[2]!.id, role: 'member' }]);
    expect(updated.inspection.representatives).toEqual([{ id: rep!.id, name: 'Nguyễn Văn Chủ', position: 'Chủ cơ sở' }, { id: expect.any(String), name: 'Nguyễn Thị Vợ' }]);
    expect(updated.inspection.otherParticipants).toEqual([]);
    const log = changesSince(before);
    const key = (c: ChangeRow) => `${c.tableName}.${c.op}.${c.field}`;
    // The same representative row is patched (position changed, id number cleared), the old leader's row tombstoned.
    expect(log.filter((c) => c.rowId === rep!.id).map(key)).toEqual(['inspection_representatives.update.idNumber', 'inspection_representatives.update.position']);
    expect(log.filter((c) => c.rowId === stableId('inspection_team_members', inspection.id, officials[0]!.id)).map(key)).toEqual(['inspection_team_members.delete.deletedAt']);
    expect(log.filter((c) => c.rowId === stableId('inspection_team_members', inspection.id, officials[1]!.id)).map(key)).toEqual(['inspection_team_members.update.role', 'inspection_team_members.update.sortOrder']);
    expect(log.filter((c) => c.tableName === 'inspection_participants').map(key)).toEqual(['inspection_participants.delete.deletedAt']);

    // Bringing a removed official back revives the same row.
    const again = await app.run('inspections.update', { id: inspection.id, teamPresent: [{ officialId: officials[0]!.id, role: 'leader' }] });
    expect(again.inspection.teamPresent).toEqual([{ officialId: officials[0]!.id, role: 'leader' }]);
    const rows = app.db.$client.prepare('SELECT id, deleted_at AS deletedAt FROM inspection_team_members WHERE inspection_id = ? ORDER BY sort_order, id').all(inspection.id) as { id: string; deletedAt: string | null }[];
    expect(rows).toHaveLength(3);
    expect(rows.filter((r) => r.deletedAt === null).map((r) => r.id)).toEqual([stableId('inspection_team_members', inspection.id, officials[0]!.id)]);
  });

  it('refuses an entry id of another inspection, a duplicate official, and checks times and refusal on the merged record', async () => {
    const { inspection, officials } = await startInspection();
    const before = snapshot(app.db);
    expect(await app.send('inspections.update', { id: inspection.id, representatives: [{ id: 'not-mine', name: 'X' }] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['representatives', 0, 'id'] }] },
    });
    expect(
      await app.send('inspections.update', { id: inspection.id, teamPresent: [{ officialId: officials[0]!.id, role: 'leader' }, { officialId: officials[0]!.id, role: 'member' }] }),
    ).toMatchObject({ ok: false, error: { issues: [{ path: ['teamPresent', 1, 'officialId'] }] } });
    // Only the end time sent: compared with the start time already recorded.
    expect(await app.send('inspections.update', { id: inspection.id, endTime: '08:00' })).toMatchObject({ ok: false, error: { issues: [{ path: ['endTime'] }] } });
    expect(await app.send('inspections.update', { id: inspection.id, refusedToSign: true })).toMatchObject({ ok: false, error: { issues: [{ path: ['refusalReason'] }] } });
    expect(await app.send('inspections.update', { id: inspection.id, inspectionDate: null })).toMatchObject({ ok: false, error: { issues: [{ path: ['inspectionDate'] }] } });
    expect(snapshot(app.db)).toEqual(before);
    const refused = await app.run('inspections.update', { id: inspection.id, refusedToSign: true, refusalReason: 'Chủ hộ vắng mặt' });
    expect(refused.inspection).toMatchObject({ refusedToSign: true, refusalReason: 'Chủ hộ vắng mặt' });
    const withdrawn = await app.run('inspections.update', { id: inspection.id, refusedToSign: false });
    expect(withdrawn.inspection.refusedToSign).toBe(false);
    expect(withdrawn.inspection.refusalReason).toBeUndefined();
  });

  it('a change of the lists only still moves the version, so a stale editor is told', async () => {
    const { inspection, officials } = await startInspection();
    const moved = await app.run('inspections.update', { id: inspection.id, expectedVersion: inspection.version, teamPresent: [{ officialId: officials[2]!.id, role: 'leader' }] });
    expect(moved.inspection.version).toBe(inspection.version + 1);
    const stale = await app.send('inspections.update', { id: inspection.id, expectedVersion: inspection.version, number: '1' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', conflict: { updatedBy: 'tester' } } });
  });

  it('minors.update with only the job keeps every other fact', async () => {
    const { inspection } = await startInspection();
    const m = await app.run('minors.create', { inspectionId: inspection.id, ...MINOR });
    const before = lastHlc();
    const updated = await app.run('minors.update', { id: m.id, job: 'Phơi mây' });
    const { job: _j, updatedAt: _u, version: _v, ...kept } = m;
    expect(updated).toEqual({ ...kept, job: 'Phơi mây', updatedAt: expect.any(String), version: m.version + 1 });
    expect(changesSince(before).map((c) => [c.field, c.oldValue, c.newValue])).toEqual([['job', '"Đan giỏ"', '"Phơi mây"']]);
    // null clears; the birth rule is checked on the minor as the update leaves it.
    const cleared = await app.run('minors.update', { id: m.id, notes: null, homeAddress: '' });
    expect(cleared.notes).toBeUndefined();
    expect(cleared.homeAddress).toBeUndefined();
    expect(await app.send('minors.update', { id: m.id, dateOfBirth: null })).toMatchObject({ ok: false, error: { issues: [{ path: ['dateOfBirth'] }] } });
    const estimated = await app.run('minors.update', { id: m.id, dateOfBirth: null, estimatedAge: 13 });
    expect(estimated).toMatchObject({ ageAtInspection: 13, ageEstimated: true, ageBand: '13to15', job: 'Phơi mây', ethnicity: 'Tày' });
  });

  it('violations.update and commitments.update change only what is sent', async () => {
    const { inspection } = await startInspection();
    const m = await app.run('minors.create', { inspectionId: inspection.id, ...MINOR });
    const v = await app.run('violations.create', { inspectionId: inspection.id, typeCode: 'LDCTN-04', minorIds: [m.id], facts: 'Làm 6 giờ/ngày', proposedFine: 21_000_000 });
    const facts = await app.run('violations.update', { id: v.id, facts: 'Làm 6 giờ mỗi ngày' });
    expect(facts).toMatchObject({ facts: 'Làm 6 giờ mỗi ngày', minorIds: [m.id], proposedFine: 21_000_000, version: v.version + 1 });
    const unlinked = await app.run('violations.update', { id: v.id, minorIds: [] });
    expect(unlinked).toMatchObject({ minorIds: [], facts: 'Làm 6 giờ mỗi ngày', version: v.version + 2 });
    expect((await app.run('violations.update', { id: v.id, minorIds: [m.id] })).minorIds).toEqual([m.id]);
    const links = app.db.$client.prepare('SELECT id, deleted_at AS deletedAt FROM violation_minors WHERE violation_id = ?').all(v.id);
    expect(links).toEqual([{ id: stableId('violation_minors', v.id, m.id), deletedAt: null }]);

    const c = await app.run('commitments.create', {
      inspectionId: inspection.id, signerName: 'Nguyễn Văn Chủ', signerPosition: 'Chủ hộ', signedDate: '2026-11-20',
      items: [{ content: 'Cho cháu thôi việc', deadline: '2026-11-30' }],
    });
    const renamed = await app.run('commitments.update', { id: c.id, signerPosition: null });
    expect(renamed).toMatchObject({ signerName: 'Nguyễn Văn Chủ', signedDate: '2026-11-20', items: [{ id: c.items[0]!.id, content: 'Cho cháu thôi việc' }] });
    expect(renamed.signerPosition).toBeUndefined();
    // A signing date after a kept item's deadline is refused on the date.
    expect(await app.send('commitments.update', { id: c.id, signedDate: '2026-12-01' })).toMatchObject({ ok: false, error: { issues: [{ path: ['signedDate'] }] } });
  });
});

describe('concurrent edits', () => {
  it('two edits of a minor with the same version: exactly one wins, the other gets CONFLICT naming the user', async () => {
    const { inspection } = await startInspection();
    const m = await app.run('minors.create', { inspectionId: inspection.id, ...MINOR });
    const other: ServiceContext = { ...app.ctx, actor: 'Nguyễn Thị Hoa', now: () => new Date('2026-11-23T09:15:00Z') };
    const results = [
      await dispatch('minors.update', { id: m.id, expectedVersion: m.version, job: 'Phơi mây' }, app.db, other),
      await app.send('minors.update', { id: m.id, expectedVersion: m.version, hoursPerDay: 8 }),
    ];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const conflicts = results.filter((r) => !r.ok);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      error: { code: 'CONFLICT', message: expect.stringContaining('Nguyễn Thị Hoa'), conflict: { updatedBy: 'Nguyễn Thị Hoa', version: m.version + 1, current: { job: 'Phơi mây' } } },
    });
    const detail = await app.run('inspections.get', { id: inspection.id });
    expect(detail.minors[0]).toMatchObject({ job: 'Phơi mây', hoursPerDay: 6 });
  });
});

describe('links and recomputed ages', () => {
  it('removing a minor tombstones its violation links in the same transaction, and keeps the violation', async () => {
    const { inspection } = await startInspection();
    const a = await app.run('minors.create', { inspectionId: inspection.id, ...MINOR });
    const b = await app.run('minors.create', { inspectionId: inspection.id, ...MINOR, fullName: 'Lò Thị Tám', sex: 'female' });
    const both = await app.run('violations.create', { inspectionId: inspection.id, typeCode: 'LDCTN-04', minorIds: [a.id, b.id] });
    const onlyA = await app.run('violations.create', { inspectionId: inspection.id, typeCode: 'LDCTN-01', minorIds: [a.id] });
    const before = lastHlc();
    await app.run('minors.remove', { id: a.id, expectedVersion: a.version });
    const log = changesSince(before);
    const entries = log.map((c) => `${c.tableName}.${c.op}.${c.rowId}`);
    expect(entries[0]).toBe(`minors.delete.${a.id}`);
    expect(entries.slice(1).sort()).toEqual(
      [stableId('violation_minors', both.id, a.id), stableId('violation_minors', onlyA.id, a.id)].map((id) => `violation_minors.delete.${id}`).sort(),
    );
    // One transaction: the tombstones carry the same instant as the minor's.
    const stamps = app.db.$client
      .prepare("SELECT deleted_at AS d FROM minors WHERE id = ? UNION ALL SELECT deleted_at FROM violation_minors WHERE minor_id = ?")
      .all(a.id, a.id) as { d: string }[];
    expect(new Set(stamps.map((s) => s.d))).toEqual(new Set(['2026-11-23T08:00:00.000Z']));
    const detail = await app.run('inspections.get', { id: inspection.id });
    expect(detail.violations.map((v) => [v.typeCode, v.minorIds])).toEqual([['LDCTN-01', []], ['LDCTN-04', [b.id]]]);
    // The violations' lists changed: their versions moved on.
    expect(detail.violations.find((v) => v.id === both.id)!.version).toBe(both.version + 1);
  });

  it('a new inspection date recomputes ages through the write path, with change rows for age and band', async () => {
    const { inspection } = await startInspection('2026-11-20');
    const m = await app.run('minors.create', { inspectionId: inspection.id, ...MINOR });
    expect(m).toMatchObject({ ageAtInspection: 14, ageBand: '13to15' });
    const before = lastHlc();
    const updated = await app.run('inspections.update', { id: inspection.id, inspectionDate: '2026-11-26' });
    expect(updated.minors[0]).toMatchObject({ ageAtInspection: 15, ageBand: '15to18', version: m.version + 1 });
    const ages = changesSince(before).filter((c) => c.rowId === m.id);
    expect(ages.map((c) => [c.op, c.field, c.oldValue, c.newValue, c.userId])).toEqual([
      ['update', 'ageAtInspection', '14', '15', 'tester'],
      ['update', 'ageBand', '"13to15"', '"15to18"', 'tester'],
    ]);
    const row = app.db.$client.prepare('SELECT updated_at AS updatedAt, updated_by AS updatedBy FROM minors WHERE id = ?').get(m.id);
    expect(row).toEqual({ updatedAt: ages[0]!.hlc, updatedBy: 'tester' });
    // A date before a birth is refused on the inspection date, and changes nothing.
    const snap = snapshot(app.db);
    expect(await app.send('inspections.update', { id: inspection.id, inspectionDate: '2011-01-01' })).toMatchObject({ ok: false, error: { issues: [{ path: ['inspectionDate'] }] } });
    expect(snapshot(app.db)).toEqual(snap);
  });
});
