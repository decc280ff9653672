/**
 * A record deleted on one laptop and edited on another (issue 12 items 3 and 4): both inboxes
 * show it, with the edit's fields and values; «Khôi phục (giữ bản sửa)» brings the record back
 * with the edit, «Giữ xóa» keeps it deleted, either as a change that syncs, so both laptops agree
 * (same synced tables, empty inboxes) after the next exchange.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { exchange, openLaptop, syncedHash, type Laptop } from '../helpers/exchange-laptops';

const open: Laptop[] = [];
afterEach(() => open.splice(0).forEach((l) => l.close()));

/** Two laptops of a standing team, both holding one inspection with one minor; A deletes the minor while B edits it. */
async function deletedAndEdited() {
  let t = Date.parse('2026-11-23T01:00:00Z');
  const clock = () => (t += 1000);
  const a = openLaptop('Nguyễn Thị Hoa', clock, 0);
  const b = openLaptop('Trần Văn Minh', clock, 3 * 3600_000);
  open.push(a, b);
  const agency = (await a.run('agencies.list', {}))[0]!;
  const official = await a.run('officials.create', { fullName: 'Nguyễn Thị Hoa', agencyId: agency.id });
  const { establishment } = await a.run('establishments.create', { name: 'Hộ sản xuất mây tre Đông Phú', kind: 'household' });
  const detail = await a.run('inspections.create', { establishmentId: establishment.id, inspectionDate: '2026-11-20', teamPresent: [{ officialId: official.id, role: 'leader' }] });
  const inspectionId = detail.inspection.id;
  const minor = await a.run('minors.create', { inspectionId, fullName: 'Lò Thị Mai', sex: 'female', estimatedAge: 14, job: 'Đan giỏ' });
  const team = await a.run('exchange.createTeam', { name: 'Đoàn liên ngành thường trực' });
  const invitation = await a.run('exchange.invitation', { teamId: team.id });
  const request = await b.run('exchange.join', { invitation: invitation.base64, code: invitation.code });
  await a.run('exchange.import', { file: request.base64 });
  await a.run('exchange.acceptJoin', { teamId: team.id, deviceId: b.ctx.deviceId });
  await exchange(a, b, team.id);

  await a.run('minors.remove', { id: minor.id });
  await b.run('minors.update', { id: minor.id, job: 'Phơi mây', hoursPerDay: 6 });
  await exchange(a, b, team.id);
  await exchange(b, a, team.id);
  // Each laptop wrote the inbox entry itself: one more package and they hold the same entry.
  await exchange(a, b, team.id);
  return { a, b, teamId: team.id, inspectionId, minorId: minor.id };
}

const minorsOf = async (l: Laptop, inspectionId: string) => (await l.run('inspections.get', { id: inspectionId })).minors;
const inbox = (l: Laptop) => l.run('exchange.conflicts', {});

describe('a record deleted on one laptop and edited on the other', () => {
  it('is in both inboxes with the edit’s fields; until settled it stays deleted, the edit kept in its fields', async () => {
    const { a, b, inspectionId } = await deletedAndEdited();
    for (const l of [a, b]) {
      const entries = await inbox(l);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ kind: 'delete_edit', tableName: 'minors', field: 'deletedAt', current: 'a', a: { user: 'Nguyễn Thị Hoa' }, b: { user: 'Trần Văn Minh' } });
      expect(entries[0]!.edits).toEqual(
        expect.arrayContaining([
          { field: 'job', fieldLabel: expect.any(String), value: 'Phơi mây' },
          { field: 'hoursPerDay', fieldLabel: expect.any(String), value: 6 },
        ]),
      );
      expect(await minorsOf(l, inspectionId)).toEqual([]);
    }
    expect(syncedHash(a.db)).toEqual(syncedHash(b.db));
    // Taking "the later value" would write a job into the deletion stamp: refused, naming the two choices.
    const entry = (await inbox(a))[0]!;
    for (const choice of ['b', 'value'] as const) {
      expect(await a.send('exchange.resolveConflict', { id: entry.id, expectedVersion: entry.version, choice, value: '"x"' })).toMatchObject({
        ok: false,
        error: { message: expect.stringContaining('Khôi phục (giữ bản sửa)') },
      });
    }
    expect(await inbox(a)).toHaveLength(1);
  });

  it('«Khôi phục (giữ bản sửa)» on one laptop brings the record back with the edit on both after the next exchange', async () => {
    const { a, b, teamId, inspectionId, minorId } = await deletedAndEdited();
    const entry = (await inbox(a))[0]!;
    const settled = await a.run('exchange.resolveConflict', { id: entry.id, expectedVersion: entry.version, choice: 'restore' });
    expect(settled).toMatchObject({ resolution: 'restored', resolvedBy: 'Nguyễn Thị Hoa', current: 'b' });
    expect(await minorsOf(a, inspectionId)).toMatchObject([{ id: minorId, job: 'Phơi mây', hoursPerDay: 6 }]);
    expect(await exchange(a, b, teamId)).toBeGreaterThan(0);
    for (const l of [a, b]) {
      expect(await minorsOf(l, inspectionId)).toMatchObject([{ id: minorId, fullName: 'Lò Thị Mai', job: 'Phơi mây', hoursPerDay: 6 }]);
      expect(await inbox(l)).toEqual([]);
      expect((await l.run('exchange.conflicts', { includeResolved: true }))[0]).toMatchObject({ resolution: 'restored' });
    }
    await exchange(b, a, teamId);
    expect(syncedHash(a.db)).toEqual(syncedHash(b.db));
    // The restored record is an ordinary one again: edited on B, the edit reaches A.
    await b.run('minors.update', { id: minorId, hoursPerDay: 5 });
    await exchange(b, a, teamId);
    expect(await minorsOf(a, inspectionId)).toMatchObject([{ id: minorId, hoursPerDay: 5 }]);
    expect(await inbox(a)).toEqual([]);
  });

  it('«Giữ xóa» on the other laptop keeps it deleted on both, the inbox empty on both after the next exchange', async () => {
    const { a, b, teamId, inspectionId } = await deletedAndEdited();
    const entry = (await inbox(b))[0]!;
    const settled = await b.run('exchange.resolveConflict', { id: entry.id, expectedVersion: entry.version, choice: 'keep_deleted' });
    expect(settled).toMatchObject({ resolution: 'kept_deleted', resolvedBy: 'Trần Văn Minh', current: 'a' });
    await exchange(b, a, teamId);
    await exchange(a, b, teamId);
    for (const l of [a, b]) {
      expect(await minorsOf(l, inspectionId)).toEqual([]);
      expect(await inbox(l)).toEqual([]);
      expect((await l.run('exchange.conflicts', { includeResolved: true }))[0]).toMatchObject({ resolution: 'kept_deleted' });
    }
    expect(syncedHash(a.db)).toEqual(syncedHash(b.db));
  });
});
