import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandInput } from '../../shared/commands';
import type { Establishment } from '../../shared/schemas/establishment';
import { openTestApp, snapshot, type TestApp } from '../helpers/test-db';

let app: TestApp;
beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.close());

/** A commune of a real province from the seeded 2025 units. */
function someCommune(provinceCode = '01') {
  return app.db.$client.prepare('SELECT code, name FROM communes WHERE province_code = ? ORDER BY code LIMIT 1').get(provinceCode) as {
    code: string;
    name: string;
  };
}

async function village() {
  const commune = someCommune();
  const { establishment } = await app.run('establishments.create', {
    name: 'Làng nghề đan mây tre Phú Vinh',
    kind: 'craft_village',
    provinceCode: '01',
    communeCode: commune.code,
    sector: 'handicraft',
    trade: 'Đan mây tre',
  });
  return establishment;
}

describe('establishments', () => {
  it('creates a craft village with member households and lists them on its detail', async () => {
    const v = await village();
    for (const name of ['Hộ ông Nguyễn Văn Đức', 'Hộ bà Trần Thị Hoà']) {
      await app.run('establishments.create', { name, kind: 'household', parentId: v.id, provinceCode: '01', communeCode: v.communeCode });
    }
    const detail = await app.run('establishments.get', { id: v.id });
    expect(detail.establishment.provinceName).toBe('Thành phố Hà Nội');
    expect(detail.members.map((m) => m.name)).toEqual(['Hộ bà Trần Thị Hoà', 'Hộ ông Nguyễn Văn Đức']);
    expect(detail.members.every((m) => m.parentName === v.name)).toBe(true);
  });

  it('finds by text without accents, đ included, ranking name matches first', async () => {
    const v = await village();
    await app.run('establishments.create', { name: 'Hộ ông Nguyễn Văn Đức', kind: 'household', parentId: v.id });
    await app.run('establishments.create', { name: 'Công ty TNHH Mây Xanh', kind: 'enterprise', trade: 'Sản xuất hàng đan mây tre xuất khẩu' });

    const village1 = await app.run('establishments.search', { query: 'lang nghe dan may tre' });
    expect(village1.items.map((e) => e.name)).toEqual(['Làng nghề đan mây tre Phú Vinh']);

    const duc = await app.run('establishments.search', { query: 'nguyen van duc' });
    expect(duc.items.map((e) => e.name)).toEqual(['Hộ ông Nguyễn Văn Đức']);

    const mayTre = await app.run('establishments.search', { query: 'may tre' });
    expect(mayTre.total).toBe(2);
    expect(mayTre.items[0]!.name).toBe('Làng nghề đan mây tre Phú Vinh');

    const prefix = await app.run('establishments.search', { query: 'PHU VIN' });
    expect(prefix.total).toBe(1);
  });

  it('filters by kind, province, commune and pages with a total', async () => {
    const v = await village();
    for (let i = 1; i <= 7; i++) {
      await app.run('establishments.create', { name: `Hộ sản xuất số ${i}`, kind: 'household', provinceCode: '01', communeCode: v.communeCode });
    }
    await app.run('establishments.create', { name: 'Doanh nghiệp khác tỉnh', kind: 'enterprise', provinceCode: '79' });
    const page = await app.run('establishments.search', { kind: 'household', provinceCode: '01', limit: 5, offset: 5 });
    expect(page.total).toBe(7);
    expect(page.items).toHaveLength(2);
    expect((await app.run('establishments.search', { communeCode: v.communeCode! })).total).toBe(8);
    expect((await app.run('establishments.search', { provinceCode: '79' })).items.map((e) => e.name)).toEqual(['Doanh nghiệp khác tỉnh']);
  });

  it('keeps the search index in step with edits', async () => {
    const v = await village();
    await app.run('establishments.update', { ...stripMeta(v), name: 'Làng nghề gốm Bát Tràng' });
    expect((await app.run('establishments.search', { query: 'may tre phu vinh' })).total).toBe(0);
    expect((await app.run('establishments.search', { query: 'bat trang' })).items[0]!.id).toBe(v.id);
  });

  it('soft-deletes and restores, hiding deleted rows from search unless asked', async () => {
    const v = await village();
    const removed = await app.run('establishments.remove', { id: v.id });
    expect(removed.deletedAt).toBe('2026-11-23T08:00:00.000Z');
    expect((await app.run('establishments.search', { query: 'phu vinh' })).total).toBe(0);
    expect((await app.run('establishments.search', { query: 'phu vinh', includeDeleted: true })).total).toBe(1);
    const again = await app.send('establishments.remove', { id: v.id });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const restored = await app.run('establishments.restore', { id: v.id });
    expect(restored.deletedAt).toBeNull();
    expect((await app.run('establishments.search', { query: 'phu vinh' })).total).toBe(1);
    const log = app.db.$client.prepare("SELECT DISTINCT op FROM changes WHERE row_id = ? ORDER BY hlc").all(v.id);
    expect(log).toEqual([{ op: 'insert' }, { op: 'delete' }, { op: 'restore' }]);
  });

  it('warns about a likely duplicate: same tax code, or same folded name in the same commune', async () => {
    const commune = someCommune();
    const first = await app.run('establishments.create', { name: 'Công ty Cổ phần Đông Á', kind: 'enterprise', taxCode: '0100233488', communeCode: commune.code, provinceCode: '01' });
    expect(first.warnings).toEqual([]);
    const sameTax = await app.run('establishments.create', { name: 'Cty khác', kind: 'enterprise', taxCode: '0100 233 488' });
    expect(sameTax.warnings).toMatchObject([{ reason: 'same_tax_code', establishmentId: first.establishment.id }]);
    const sameName = await app.run('establishments.create', { name: 'CÔNG TY CỔ PHẦN ĐÔNG Á', kind: 'enterprise', communeCode: commune.code, provinceCode: '01' });
    expect(sameName.warnings).toMatchObject([{ reason: 'same_name_in_commune', name: 'Công ty Cổ phần Đông Á' }]);
    const elsewhere = await app.run('establishments.create', { name: 'Công ty Cổ phần Đông Á', kind: 'enterprise', provinceCode: '79' });
    expect(elsewhere.warnings).toEqual([]);
  });

  it('records what an update changed in the change log, field by field', async () => {
    const v = await village();
    await app.run('establishments.update', { ...stripMeta(v), workersTotal: 40, workersUnder18: 3 });
    const rows = app.db.$client
      .prepare("SELECT field, old_value AS oldValue, new_value AS newValue, user_id AS userId FROM changes WHERE op = 'update' AND row_id = ? ORDER BY field")
      .all(v.id);
    expect(rows).toEqual([
      { field: 'workersTotal', oldValue: 'null', newValue: '40', userId: 'tester' },
      { field: 'workersUnder18', oldValue: 'null', newValue: '3', userId: 'tester' },
    ]);
  });
});

describe('rejected inputs change nothing', () => {
  const cases: [string, string, unknown, string, string][] = [
    ['an empty name', 'establishments.create', { name: '  ', kind: 'enterprise' }, 'name', 'Bắt buộc nhập'],
    ['a bad check digit', 'establishments.create', { name: 'A', kind: 'enterprise', taxCode: '0100233480' }, 'taxCode', 'chữ số kiểm tra'],
    ['an unknown kind', 'establishments.create', { name: 'A', kind: 'factory' }, 'kind', 'danh sách'],
    ['more minors than workers', 'establishments.create', { name: 'A', kind: 'enterprise', workersTotal: 2, workersUnder18: 5 }, 'workersUnder18', 'tổng số lao động'],
    ['an unknown province', 'establishments.create', { name: 'A', kind: 'enterprise', provinceCode: '99' }, 'provinceCode', 'danh mục'],
    ['a commune of another province', 'establishments.create', { name: 'A', kind: 'enterprise', provinceCode: '79', communeCode: '00004' }, 'communeCode', 'không thuộc'],
    ['a parent that is not a craft village', 'establishments.create', { name: 'A', kind: 'household', parentId: 'nope' }, 'parentId', 'làng nghề'],
    ['a bad phone number', 'establishments.create', { name: 'A', kind: 'enterprise', legalRepPhone: 'abc' }, 'legalRepPhone', 'Số điện thoại'],
  ];

  it.each(cases)('refuses %s with a Vietnamese message on the field', async (_label, command, input, field, text) => {
    await village();
    const before = snapshot(app.db);
    const result = await app.send(command, input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    const issue = result.error.issues?.find((i) => i.path.includes(field));
    expect(issue?.message).toContain(text);
    expect(result.error.message).toMatch(/^Dữ liệu chưa hợp lệ|không|Chỉ/);
    expect(snapshot(app.db)).toEqual(before);
  });

  it('names the field in the summary message', async () => {
    const result = await app.send('establishments.create', { name: '', kind: 'enterprise' });
    expect(result).toMatchObject({ ok: false, error: { message: 'Dữ liệu chưa hợp lệ — Tên: Bắt buộc nhập' } });
  });

  it('refuses to edit a deleted establishment and to demote a craft village with members', async () => {
    const v = await village();
    await app.run('establishments.create', { name: 'Hộ A', kind: 'household', parentId: v.id });
    const before = snapshot(app.db);
    const demote = await app.send('establishments.update', { ...stripMeta(v), kind: 'enterprise' });
    expect(demote).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['kind'] }] } });
    expect(snapshot(app.db)).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    expect(await app.send('establishments.get', { id: 'missing' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'Không tìm thấy cơ sở' } });
  });
});

function stripMeta(e: Establishment): CommandInput<'establishments.update'> {
  const { createdAt: _c, updatedAt: _u, deletedAt: _d, provinceName: _p, communeName: _cn, parentName: _pn, ...rest } = e;
  return rest;
}
