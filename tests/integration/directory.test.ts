import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/dispatch';
import { openTestApp, snapshot, type TestApp } from '../helpers/test-db';

let app: TestApp;
beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.close());

describe('agencies and officials', () => {
  it('starts with the usual joint-team members, renamable', async () => {
    const agencies = await app.run('agencies.list', {});
    expect(agencies.map((a) => a.kind)).toEqual([
      'labour', 'police', 'education', 'agriculture', 'health', 'trade_union', 'cooperative_alliance', 'business_association', 'commune_committee',
    ]);
    const labour = agencies[0]!;
    const renamed = await app.run('agencies.update', { id: labour.id, name: 'Sở Nội vụ tỉnh Lạng Sơn', kind: 'labour', shortName: 'SNV' });
    expect(renamed).toMatchObject({ name: 'Sở Nội vụ tỉnh Lạng Sơn', shortName: 'SNV', kind: 'labour', version: 2 });
    expect(changesOf(labour.id).filter((c) => c.op === 'update')).toEqual([
      expect.objectContaining({ field: 'name', oldValue: JSON.stringify(labour.name), newValue: '"Sở Nội vụ tỉnh Lạng Sơn"', userId: 'tester', deviceId: app.ctx.deviceId }),
    ]);
  });

  it('adds officials to agencies, filters and searches them without accents', async () => {
    const [labour, police] = await app.run('agencies.list', {});
    await app.run('officials.create', { fullName: 'Nguyễn Thị Hồng', position: 'Thanh tra viên', agencyId: labour!.id, phone: '0912 345 678' });
    await app.run('officials.create', { fullName: 'Đỗ Văn Đạt', position: 'Cán bộ', agencyId: police!.id, email: 'dat@example.vn' });
    expect((await app.run('officials.list', { agencyId: police!.id })).map((o) => o.fullName)).toEqual(['Đỗ Văn Đạt']);
    expect((await app.run('officials.list', { query: 'do van dat' })).map((o) => o.agencyName)).toEqual(['Công an tỉnh']);
    const count = (await app.run('agencies.list', {})).find((a) => a.id === labour!.id)!.officialCount;
    expect(count).toBe(1);
  });

  it('refuses to delete an agency that still has officials', async () => {
    const [labour] = await app.run('agencies.list', {});
    await app.run('officials.create', { fullName: 'Lê Văn Nam', agencyId: labour!.id });
    const before = snapshot(app.db);
    expect(await app.send('agencies.remove', { id: labour!.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'Cơ quan còn 1 cán bộ; hãy chuyển hoặc xóa các cán bộ này trước khi xóa cơ quan' },
    });
    expect(snapshot(app.db)).toEqual(before);
  });

  it('soft-deletes and restores an official', async () => {
    const [labour] = await app.run('agencies.list', {});
    const o = await app.run('officials.create', { fullName: 'Lê Văn Nam', agencyId: labour!.id });
    await app.run('officials.remove', { id: o.id });
    expect(await app.run('officials.list', {})).toEqual([]);
    expect((await app.run('officials.list', { includeDeleted: true }))[0]!.deletedAt).not.toBeNull();
    await app.run('officials.restore', { id: o.id });
    expect((await app.run('officials.list', {})).map((x) => x.fullName)).toEqual(['Lê Văn Nam']);
  });

  it('refuses an official without name, with a bad email, or in an unknown agency, changing nothing', async () => {
    const [labour] = await app.run('agencies.list', {});
    const before = snapshot(app.db);
    const bad = [
      [{ fullName: '', agencyId: labour!.id }, 'fullName'],
      [{ fullName: 'A', agencyId: labour!.id, email: 'not-an-email' }, 'email'],
      [{ fullName: 'A', agencyId: 'no-such-agency' }, 'agencyId'],
    ] as const;
    for (const [input, field] of bad) {
      const result = await app.send('officials.create', input);
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: [field] }] } });
    }
    expect(snapshot(app.db)).toEqual(before);
  });

  it('lists provinces in Vietnamese order and the communes of one', async () => {
    const provinces = await app.run('reference.provinces', {});
    expect(provinces).toHaveLength(34);
    expect(provinces[0]!.name).toBe('Thành phố Cần Thơ');
    const communes = await app.run('reference.communes', { provinceCode: '01' });
    expect(communes.length).toBeGreaterThan(100);
    expect(communes.every((c) => c.provinceCode === '01')).toBe(true);
  });
});

type ChangeRow = { hlc: string; deviceId: string; userId: string; tableName: string; field: string; oldValue: string | null; newValue: string; op: string };
function changesOf(rowId: string): ChangeRow[] {
  return app.db.$client
    .prepare('SELECT hlc, device_id AS deviceId, user_id AS userId, table_name AS tableName, field, old_value AS oldValue, new_value AS newValue, op FROM changes WHERE row_id = ? ORDER BY hlc, field')
    .all(rowId) as ChangeRow[];
}

async function hong() {
  const [labour] = await app.run('agencies.list', {});
  return app.run('officials.create', {
    fullName: 'Nguyễn Thị Hồng',
    position: 'Thanh tra viên',
    agencyId: labour!.id,
    phone: '0912 345 678',
    email: 'hong@example.vn',
    notes: 'Phụ trách khối làng nghề',
  });
}

describe('edits through the one write path', () => {
  it('changes only the fields of an official that are sent; null or blank clears one', async () => {
    const o = await hong();
    const [, police] = await app.run('agencies.list', {});
    const moved = await app.run('officials.update', { id: o.id, position: 'Chánh Thanh tra', agencyId: police!.id });
    expect(moved).toMatchObject({
      fullName: 'Nguyễn Thị Hồng',
      position: 'Chánh Thanh tra',
      agencyId: police!.id,
      agencyName: 'Công an tỉnh',
      phone: '0912 345 678',
      email: 'hong@example.vn',
      notes: 'Phụ trách khối làng nghề',
      version: 2,
    });
    const cleared = await app.run('officials.update', { id: o.id, phone: null, email: '' });
    expect(cleared.phone).toBeUndefined();
    expect(cleared.email).toBeUndefined();
    expect(cleared).toMatchObject({ fullName: 'Nguyễn Thị Hồng', position: 'Chánh Thanh tra', notes: 'Phụ trách khối làng nghề', version: 3 });
    expect(changesOf(o.id).filter((c) => c.op === 'update').map((c) => [c.field, c.newValue])).toEqual([
      ['agencyId', JSON.stringify(police!.id)],
      ['position', '"Chánh Thanh tra"'],
      ['email', 'null'],
      ['phone', 'null'],
    ]);
  });

  it('refuses to clear a required field or to move an official to an unknown agency, changing nothing', async () => {
    const o = await hong();
    const before = snapshot(app.db);
    expect(await app.send('officials.update', { id: o.id, fullName: null })).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['fullName'] }] } });
    expect(await app.send('officials.update', { id: o.id, agencyId: 'no-such-agency' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['agencyId'] }] },
    });
    expect(await app.send('officials.update', { id: 'missing', fullName: 'A' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'Không tìm thấy cán bộ' } });
    expect(snapshot(app.db)).toEqual(before);
  });

  it('lets exactly one of two edits of the same official version win; the other gets CONFLICT naming who', async () => {
    const o = await hong();
    expect(o.version).toBe(1);
    const other = { ...app.ctx, actor: 'Trần Văn Minh', now: () => new Date('2026-11-23T09:15:00Z') };
    const first = await dispatch('officials.update', { id: o.id, expectedVersion: 1, phone: '0987 654 321' }, app.db, other);
    expect(first).toMatchObject({ ok: true, data: { phone: '0987 654 321', version: 2 } });
    const before = snapshot(app.db);
    const second = await app.send('officials.update', { id: o.id, expectedVersion: 1, phone: '0911 111 111' });
    expect(second).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: expect.stringContaining('Trần Văn Minh'),
        conflict: { updatedBy: 'Trần Văn Minh', updatedAt: '2026-11-23T09:15:00.000Z', version: 2, current: { phone: '0987 654 321' } },
      },
    });
    expect(snapshot(app.db)).toEqual(before);
    expect((await app.run('officials.get', { id: o.id })).phone).toBe('0987 654 321');
  });

  it('refuses a stale agency rename or removal the same way', async () => {
    const agency = await app.run('agencies.create', { name: 'Sở Tư pháp', kind: 'other' });
    await app.run('agencies.update', { id: agency.id, expectedVersion: 1, shortName: 'STP' });
    const before = snapshot(app.db);
    expect(await app.send('agencies.update', { id: agency.id, expectedVersion: 1, name: 'Sở Tư pháp tỉnh' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await app.send('agencies.remove', { id: agency.id, expectedVersion: 1 })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('tester') } });
    expect(snapshot(app.db)).toEqual(before);
  });

  it('removes and restores an agency and an official, logging who did it from which device', async () => {
    const agency = await app.run('agencies.create', { name: 'Sở Tư pháp', kind: 'other', provinceCode: '01' });
    const o = await app.run('officials.create', { fullName: 'Lê Văn Nam', agencyId: agency.id });
    const removedOfficial = await app.run('officials.remove', { id: o.id, expectedVersion: 1 });
    expect(removedOfficial).toMatchObject({ deletedAt: '2026-11-23T08:00:00.000Z', version: 2 });
    const removedAgency = await app.run('agencies.remove', { id: agency.id, expectedVersion: 1 });
    expect(removedAgency).toMatchObject({ deletedAt: '2026-11-23T08:00:00.000Z', officialCount: 0, version: 2 });
    expect((await app.run('agencies.list', {})).some((a) => a.id === agency.id)).toBe(false);
    expect(await app.send('agencies.remove', { id: agency.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'Cơ quan này đã bị xóa trước đó' } });
    expect((await app.run('agencies.restore', { id: agency.id })).deletedAt).toBeNull();
    expect((await app.run('officials.restore', { id: o.id, expectedVersion: 2 })).deletedAt).toBeNull();
    expect((await app.run('agencies.list', {})).find((a) => a.id === agency.id)!.officialCount).toBe(1);

    for (const [id, table] of [[agency.id, 'agencies'], [o.id, 'officials']] as const) {
      const log = changesOf(id);
      expect(log.map((c) => c.op)).toEqual([...log.filter((c) => c.op === 'insert').map(() => 'insert'), 'delete', 'restore']);
      expect(log.filter((c) => c.op !== 'insert')).toEqual([
        expect.objectContaining({ tableName: table, field: 'deletedAt', oldValue: 'null', newValue: '"2026-11-23T08:00:00.000Z"', op: 'delete', userId: 'tester', deviceId: app.ctx.deviceId }),
        expect.objectContaining({ tableName: table, field: 'deletedAt', oldValue: '"2026-11-23T08:00:00.000Z"', newValue: 'null', op: 'restore', userId: 'tester', deviceId: app.ctx.deviceId }),
      ]);
      const stamps = log.map((c) => c.hlc);
      expect([...stamps].sort()).toEqual(stamps);
    }
    expect(changesOf(o.id).filter((c) => c.op === 'insert').map((c) => c.field).sort()).toEqual(['agencyId', 'fullName']);
  });

  it('writes no audit entry for directory edits: the change log has them', async () => {
    const o = await hong();
    await app.run('officials.update', { id: o.id, notes: null });
    await app.run('officials.remove', { id: o.id });
    expect(app.db.$client.prepare("SELECT count(*) AS n FROM audit_log WHERE entity IN ('agency', 'official')").get()).toEqual({ n: 0 });
  });
});
