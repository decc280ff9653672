import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
    expect(renamed.name).toBe('Sở Nội vụ tỉnh Lạng Sơn');
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
    expect(await app.send('agencies.remove', { id: labour!.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'Cơ quan còn 1 cán bộ; hãy chuyển hoặc xóa các cán bộ này trước khi xóa cơ quan' },
    });
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
