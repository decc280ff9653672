import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareCatalogueVersions, DEFAULT_CATALOGUE, parseCatalogue } from '../../shared/catalogue/default-catalogue';
import type { Catalogue } from '../../shared/catalogue/schema';

const clone = (): Catalogue => structuredClone(DEFAULT_CATALOGUE);

function issuesOf(json: unknown) {
  const result = parseCatalogue(json);
  if (result.ok) throw new Error('expected the catalogue to be rejected');
  return result.issues;
}

const violation = (code: string) => {
  const found = DEFAULT_CATALOGUE.violationTypes.find((t) => t.code === code);
  if (!found) throw new Error(`missing ${code}`);
  return found;
};

describe('default catalogue', () => {
  it('passes its own schema', () => {
    const result = parseCatalogue(DEFAULT_CATALOGUE);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('survives a JSON round trip (the import path)', () => {
    expect(parseCatalogue(JSON.parse(JSON.stringify(DEFAULT_CATALOGUE)))).toEqual({ ok: true, catalogue: DEFAULT_CATALOGUE });
  });

  it('has exactly the violation codes of legal-reference §4.4, in order', () => {
    expect(DEFAULT_CATALOGUE.violationTypes.map((t) => t.code)).toEqual([
      'LDCTN-01', 'LDCTN-02', 'LDCTN-03a', 'LDCTN-03b', 'LDCTN-03c', 'LDCTN-03d', 'LDCTN-03e', 'LDCTN-04',
      'LDCTN-05', 'LDCTN-06', 'LDCTN-07', 'LDCTN-08a', 'LDCTN-08b', 'LDCTN-09a', 'LDCTN-09b', 'HDLD-15-18',
    ]);
  });

  it.each([
    ['LDCTN-01', 1_000_000, 2_000_000, 'Khoản 1 Điều 29 Nghị định 12/2022/NĐ-CP'],
    ['LDCTN-02', 20_000_000, 25_000_000, 'Điểm a Khoản 2 Điều 29 Nghị định 12/2022/NĐ-CP'],
    ['LDCTN-03c', 20_000_000, 25_000_000, 'Điểm b Khoản 2 Điều 29 Nghị định 12/2022/NĐ-CP'],
    ['LDCTN-04', 20_000_000, 25_000_000, 'Điểm c Khoản 2 Điều 29 Nghị định 12/2022/NĐ-CP'],
    ['LDCTN-05', 20_000_000, 25_000_000, 'Điểm d Khoản 2 Điều 29 Nghị định 12/2022/NĐ-CP'],
    ['LDCTN-06', 20_000_000, 25_000_000, 'Điểm đ Khoản 2 Điều 29 Nghị định 12/2022/NĐ-CP'],
    ['LDCTN-07', 50_000_000, 75_000_000, 'Điểm a Khoản 3 Điều 29 Nghị định 12/2022/NĐ-CP'],
    ['LDCTN-08b', 50_000_000, 75_000_000, 'Điểm b Khoản 3 Điều 29 Nghị định 12/2022/NĐ-CP'],
    ['LDCTN-09b', 50_000_000, 75_000_000, 'Điểm c Khoản 3 Điều 29 Nghị định 12/2022/NĐ-CP'],
    ['HDLD-15-18', 20_000_000, 25_000_000, 'Điểm c Khoản 2 Điều 9 Nghị định 12/2022/NĐ-CP'],
  ])('%s: %i–%i VND for an individual, %s', (code, min, max, reference) => {
    expect(violation(code)).toMatchObject({ fineMin: min, fineMax: max, legalReference: reference });
  });

  it('marks what the reference flags UNVERIFIED', () => {
    expect(DEFAULT_CATALOGUE.violationTypes.filter((t) => !t.verified).map((t) => t.code)).toEqual(['HDLD-15-18']);
    for (const code of ['LDCTN-07', 'LDCTN-08a', 'LDCTN-08b', 'LDCTN-09a', 'LDCTN-09b']) {
      expect(violation(code).additionalPenalty).toMatchObject({ verified: false });
    }
    expect(violation('LDCTN-04').additionalPenalty).toBeUndefined();
    const unverifiedChecks = DEFAULT_CATALOGUE.checklistItems.filter((c) => !c.verified);
    expect(unverifiedChecks.map((c) => c.legalReference).join(' ')).toMatch(/Phụ lục III|Phụ lục IV|Điều 9/);
    expect(unverifiedChecks.every((c) => c.note)).toBe(true);
  });

  it('has no remedial measure, none being found for Art. 29', () => {
    expect(DEFAULT_CATALOGUE.violationTypes.filter((t) => t.remedial)).toEqual([]);
  });

  it('covers the required checklist topics for the right age bands', () => {
    const find = (pattern: RegExp) => DEFAULT_CATALOGUE.checklistItems.filter((c) => pattern.test(c.title));
    const topics: [RegExp, string][] = [
      [/đồng ý của cha, mẹ hoặc người giám hộ/, '15to18'],
      [/sổ theo dõi riêng/, 'under13'],
      [/hợp đồng lao động bằng văn bản với người chưa đủ 15 tuổi/, '13to15'],
      [/giấy khám sức khỏe/, '13to15'],
      [/kiểm tra sức khỏe định kỳ ít nhất 01 lần trong 06 tháng/, 'under13'],
      [/04 giờ trong 01 ngày và không quá 20 giờ/, '13to15'],
      [/08 giờ trong 01 ngày và không quá 40 giờ/, '15to18'],
      [/không được làm thêm giờ, làm việc vào ban đêm/, '13to15'],
      [/Phụ lục V/, '15to18'],
      [/Phụ lục II/, '13to15'],
      [/nghệ thuật, thể dục, thể thao/, 'under13'],
      [/Ủy ban nhân dân cấp tỉnh/, 'under13'],
      [/Phụ lục III/, '15to18'],
      [/phòng hát karaoke/, '15to18'],
      [/học văn hóa/, '13to15'],
    ];
    for (const [pattern, band] of topics) {
      const items = find(pattern);
      expect(items.length, String(pattern)).toBeGreaterThan(0);
      expect(items.some((c) => (c.ageBands as string[]).includes(band)), `${pattern} for ${band}`).toBe(true);
    }
    expect(find(/04 giờ/)[0]!.ageBands).not.toContain('15to18');
    expect(find(/08 giờ/)[0]!.ageBands).toEqual(['15to18']);
  });

  it('links checklist items only to existing codes', () => {
    const codes = new Set(DEFAULT_CATALOGUE.violationTypes.map((t) => t.code));
    const linked = DEFAULT_CATALOGUE.checklistItems.flatMap((c) => c.violationCodes ?? []);
    expect(linked.length).toBeGreaterThan(10);
    expect(linked.filter((c) => !codes.has(c))).toEqual([]);
  });
});

/** The reference material handed to the project, beside the repository (`../shared`). */
const REFERENCE = join(__dirname, '../../../shared/domain/legal-reference.md');

describe.skipIf(!existsSync(REFERENCE))('violation titles are verbatim from legal-reference.md', () => {
  const reference = existsSync(REFERENCE) ? readFileSync(REFERENCE, 'utf8').replace(/\*\*/g, '').replace(/\s+/g, ' ') : '';
  const UNDER_15_HEAD = 'Sử dụng người chưa đủ 15 tuổi làm việc mà ';
  const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

  it.each(DEFAULT_CATALOGUE.violationTypes.map((t) => [t.code, t.title]))('%s', (_code, title) => {
    const parts = title.startsWith(UNDER_15_HEAD) ? [UNDER_15_HEAD.trim(), title.slice(UNDER_15_HEAD.length)] : [title];
    for (const part of parts) {
      expect(reference.includes(part) || reference.includes(lowerFirst(part)), part).toBe(true);
    }
  });

  it.each(DEFAULT_CATALOGUE.violationTypes.map((t) => [t.code, t.summary]))('%s summary', (_code, summary) => {
    expect(reference).toContain(summary);
  });
});

describe('parseCatalogue', () => {
  it('accepts a newer version with a new code and changed amounts', () => {
    const next = clone();
    next.version = '2026.1';
    next.effectiveDate = '2027-01-01';
    next.violationTypes[0]!.fineMax = 3_000_000;
    next.violationTypes.push({ ...next.violationTypes[1]!, code: 'LDCTN-10' });
    const result = parseCatalogue(next);
    expect(result.ok).toBe(true);
    expect(result.ok && result.catalogue.version).toBe('2026.1');
    expect(compareCatalogueVersions('2026.1', DEFAULT_CATALOGUE.version)).toBeGreaterThan(0);
  });

  it('rejects duplicate violation codes, naming the code', () => {
    const bad = clone();
    bad.violationTypes[1]!.code = 'LDCTN-01';
    const issues = issuesOf(bad);
    expect(issues).toContainEqual({ path: ['violationTypes', 1, 'code'], message: 'Mã "LDCTN-01" bị trùng' });
    expect(issues).toContainEqual({ path: ['violationTypes', 0, 'code'], message: 'Mã "LDCTN-01" bị trùng' });
  });

  it('rejects duplicate checklist codes', () => {
    const bad = clone();
    bad.checklistItems[2]!.code = 'CK-01';
    expect(issuesOf(bad)).toContainEqual({ path: ['checklistItems', 2, 'code'], message: 'Mã "CK-01" bị trùng' });
  });

  it('rejects fineMin above fineMax', () => {
    const bad = clone();
    bad.violationTypes[3]!.fineMin = 30_000_000;
    expect(issuesOf(bad)).toEqual([
      { path: ['violationTypes', 3, 'fineMax'], message: 'Mức phạt tối thiểu không được lớn hơn mức phạt tối đa' },
    ]);
  });

  it('rejects non-integer amounts', () => {
    const bad = clone();
    bad.violationTypes[0]!.fineMin = 1_000_000.5;
    expect(issuesOf(bad)).toContainEqual({ path: ['violationTypes', 0, 'fineMin'], message: 'Số tiền phải là số nguyên đồng' });
  });

  it('rejects missing fields with Vietnamese messages', () => {
    const bad = clone() as Partial<Catalogue>;
    delete bad.version;
    const violationWithoutTitle: Record<string, unknown> = { ...DEFAULT_CATALOGUE.violationTypes[0] };
    delete violationWithoutTitle.title;
    delete violationWithoutTitle.verified;
    const issues = issuesOf({ ...bad, violationTypes: [violationWithoutTitle] });
    expect(issues).toContainEqual({ path: ['version'], message: 'Bắt buộc nhập' });
    expect(issues).toContainEqual({ path: ['violationTypes', 0, 'title'], message: 'Bắt buộc nhập' });
    expect(issues).toContainEqual({ path: ['violationTypes', 0, 'verified'], message: 'Bắt buộc nhập' });
  });

  it('rejects checklist links to unknown codes, a bad date, version or age band', () => {
    const bad = clone();
    bad.checklistItems[0]!.violationCodes = ['LDCTN-99'];
    bad.effectiveDate = '2022-02-30';
    bad.version = 'v2';
    (bad.checklistItems[1]!.ageBands as string[]) = ['teen'];
    const messages = issuesOf(bad).map((i) => i.message);
    expect(messages).toContain('Mã hành vi "LDCTN-99" không có trong danh mục');
    expect(messages).toContain('Ngày không hợp lệ (cần ngày có thật, định dạng YYYY-MM-DD)');
    expect(messages).toContain('Phiên bản phải có dạng năm.số thứ tự, ví dụ 2022.1 (số thứ tự từ 1, không có số 0 ở đầu)');
    expect(messages).toContain('Giá trị không nằm trong danh sách cho phép');
  });

  it.each(['2022.01', '2022.0', '22.1', '2022.1.1', ' 2022.1'])('refuses the version "%s" (one spelling per version, no look-alikes)', (version) => {
    expect(issuesOf({ ...clone(), version }).map((i) => i.path)).toEqual([['version']]);
  });

  it.each(['2022.1', '2026.2', '2026.10'])('accepts the version "%s"', (version) => {
    expect(parseCatalogue({ ...clone(), version }).ok).toBe(true);
  });

  it('rejects something that is not a catalogue at all', () => {
    expect(issuesOf('hello')).toEqual([{ path: [], message: 'Kiểu dữ liệu không hợp lệ' }]);
    expect(issuesOf(null)).toEqual([{ path: [], message: 'Bắt buộc nhập' }]);
  });
});

describe('compareCatalogueVersions', () => {
  it('orders numerically', () => {
    expect(compareCatalogueVersions('2022.10', '2022.9')).toBeGreaterThan(0);
    expect(compareCatalogueVersions('2022.1', '2026.1')).toBeLessThan(0);
    expect(compareCatalogueVersions('2022.1', '2022.1')).toBe(0);
  });
});
