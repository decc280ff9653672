/**
 * Issue 9 item 6, legal catalogue integrity: one spelling per version (no look-alikes), the
 * content hash stored, a version never replaced, import by the admin only and audited with the
 * file's hash, and the version in force chosen by the effective dates.
 */
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catalogueContentHash, canonicalJson, seedCatalogue } from '../../db/seed/catalogue';
import { dispatch } from '../../electron/dispatch';
import { currentVersion, loadCatalogue } from '../../electron/services/catalogue';
import type { ServiceContext } from '../../electron/services/context';
import { DEFAULT_CATALOGUE } from '../../shared/catalogue/default-catalogue';
import type { Catalogue } from '../../shared/catalogue/schema';
import { ROLES, type Role } from '../../shared/schemas/user';
import { openTestApp, snapshot, type TestApp } from '../helpers/test-db';

let app: TestApp;
beforeEach(() => {
  app = openTestApp(new Date('2026-11-23T08:00:00Z'));
});
afterEach(() => app.close());

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const catalogue = (changes: Partial<Catalogue>): Catalogue => ({ ...structuredClone(DEFAULT_CATALOGUE), ...changes });
const row = (version: string) =>
  app.db.$client.prepare('SELECT content_hash AS contentHash, file_hash AS fileHash, imported_by AS importedBy, data FROM catalogue_versions WHERE version = ?').get(version) as
    | { contentHash: string | null; fileHash: string | null; importedBy: string; data: string }
    | undefined;
const imports = () => app.db.$client.prepare("SELECT actor, entity_id AS version, changes, note FROM audit_log WHERE action = 'import' AND entity = 'catalogue'").all() as {
  actor: string;
  version: string;
  changes: string;
  note: string;
}[];
const as = (role: Role): ServiceContext => ({ ...app.ctx, role, actor: `Người dùng ${role}`, userId: `user-${role}` });

describe('catalogue versions are spelled one way only', () => {
  it.each(['2022.01', '2022.001', '02022.1', '2022.0', '2022.1 ', '２０２２.1', '2022,1', '2022.1a'])('refuses "%s"', async (version) => {
    const before = snapshot(app.db);
    const answer = await app.send('catalogue.import', { json: JSON.stringify(catalogue({ version, effectiveDate: '2026-01-01' })) });
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['json', 'version'] }] } });
    if (!answer.ok) expect(answer.error.message).toContain('Phiên bản phải có dạng năm.số thứ tự');
    expect(snapshot(app.db)).toEqual(before);
  });

  it('the forged "2022.01" of the issue (LDCTN-01 at 2,000 đồng) changes nothing', async () => {
    const forged = catalogue({ version: '2022.01' });
    forged.violationTypes[0] = { ...forged.violationTypes[0]!, fineMin: 1_000, fineMax: 2_000 };
    expect(await app.send('catalogue.import', { json: JSON.stringify(forged) })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    // Under its real number it is refused as other content of an existing version.
    expect(await app.send('catalogue.import', { json: JSON.stringify({ ...forged, version: '2022.1' }) })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await app.run('catalogue.get', {})).violationTypes[0]).toMatchObject({ code: 'LDCTN-01', fineMin: 1_000_000, fineMax: 2_000_000 });
  });
});

describe('content hash', () => {
  it('is stored for the seeded version (and for versions stored before hashes were kept)', () => {
    const seeded = row(DEFAULT_CATALOGUE.version)!;
    expect(seeded.contentHash).toBe(catalogueContentHash(DEFAULT_CATALOGUE));
    expect(seeded.fileHash).toBe(sha256(seeded.data));
    app.db.$client.prepare('UPDATE catalogue_versions SET content_hash = NULL, file_hash = NULL').run();
    seedCatalogue(app.db, '2026-11-23T08:00:00Z');
    expect(row(DEFAULT_CATALOGUE.version)).toMatchObject({ contentHash: seeded.contentHash, fileHash: seeded.fileHash });
  });

  it('is the SHA-256 of a canonical JSON: key order and spacing do not matter', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 'x', c: null }], e: undefined })).toBe('{"a":[{"c":null,"d":"x"}],"b":1}');
    const reverse = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(reverse) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverse(x)])) : v;
    const reordered = JSON.parse(JSON.stringify(reverse(DEFAULT_CATALOGUE), null, 3));
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(DEFAULT_CATALOGUE));
    expect(catalogueContentHash(reordered)).toBe(catalogueContentHash(DEFAULT_CATALOGUE));
  });
});

describe('importing', () => {
  const newer = catalogue({ version: '2026.1', effectiveDate: '2026-07-01', title: 'Danh mục theo nghị định mới' });

  it('stores the content and file hashes and audits the import with them', async () => {
    const text = JSON.stringify(newer, null, 2);
    const info = await app.run('catalogue.import', { json: text, fileName: 'danh-muc-2026.json' });
    expect(info).toMatchObject({ version: '2026.1', unchanged: false, contentHash: catalogueContentHash(newer), fileHash: sha256(text), importedBy: 'tester' });
    expect(row('2026.1')).toMatchObject({ contentHash: catalogueContentHash(newer), fileHash: sha256(text) });
    const [audit, ...more] = imports();
    expect(more).toEqual([]);
    expect(audit).toMatchObject({ actor: 'tester', version: '2026.1' });
    expect(JSON.parse(audit!.changes)).toEqual({ version: '2026.1', effectiveDate: '2026-07-01', fileName: 'danh-muc-2026.json', fileHash: sha256(text), contentHash: catalogueContentHash(newer) });
    expect(audit!.note).toContain(sha256(text));
    expect(audit!.note).toContain('01/07/2026');
  });

  it('treats the same content again as a no-op, even from another file layout', async () => {
    await app.run('catalogue.import', { json: JSON.stringify(newer) });
    const before = snapshot(app.db);
    const again = await app.run('catalogue.import', { json: JSON.stringify(newer, null, 4) });
    expect(again).toMatchObject({ version: '2026.1', unchanged: true });
    expect(snapshot(app.db)).toEqual(before);
  });

  it('refuses the same version with other content, whatever changed, and writes nothing', async () => {
    await app.run('catalogue.import', { json: JSON.stringify(newer) });
    const before = snapshot(app.db);
    const cheaper = structuredClone(newer);
    cheaper.violationTypes[0]!.fineMin = 2_000;
    for (const other of [cheaper, { ...newer, title: 'Khác' }, { ...newer, effectiveDate: '2026-07-02' }]) {
      const answer = await app.send('catalogue.import', { json: JSON.stringify(other) });
      expect(answer).toMatchObject({ ok: false, error: { code: 'CONFLICT', issues: [{ path: ['json', 'version'] }] } });
      if (!answer.ok) expect(answer.error.message).toContain('đã có với nội dung khác');
    }
    expect(snapshot(app.db)).toEqual(before);
  });

  it('is for the admin only', async () => {
    const json = JSON.stringify(newer);
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      const answer = await dispatch('catalogue.import', { json }, app.db, as(role));
      expect(answer, role).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('không được') } });
    }
    expect(row('2026.1')).toBeUndefined();
    expect(await dispatch('catalogue.import', { json }, app.db, as('admin'))).toMatchObject({ ok: true });
    expect(imports()[0]).toMatchObject({ actor: 'Người dùng admin' });
    expect((app.db.$client.prepare("SELECT user_id AS userId FROM audit_log WHERE action = 'import'").get() as { userId: string }).userId).toBe('user-admin');
  });
});

describe('the version in force follows the effective dates', () => {
  it('is the latest version already effective on the date; the list says which one and which are to come', async () => {
    await app.run('catalogue.import', { json: JSON.stringify(catalogue({ version: '2026.1', effectiveDate: '2026-07-01' })) });
    await app.run('catalogue.import', { json: JSON.stringify(catalogue({ version: '2026.2', effectiveDate: '2027-01-01' })) });
    expect(currentVersion(app.db, '2021-01-01')).toBe('2022.1'); // before every effective date: the earliest
    expect(currentVersion(app.db, '2026-06-30')).toBe('2022.1');
    expect(currentVersion(app.db, '2026-07-01')).toBe('2026.1');
    expect(currentVersion(app.db, '2026-12-31')).toBe('2026.1');
    expect(currentVersion(app.db, '2027-01-01')).toBe('2026.2');
    const list = await app.run('catalogue.versions', {});
    expect(list.map((v) => [v.version, v.effectiveDate, v.current, v.upcoming])).toEqual([
      ['2022.1', '2022-01-17', false, false],
      ['2026.1', '2026-07-01', true, false],
      ['2026.2', '2027-01-01', false, true],
    ]);
    expect((await app.run('catalogue.get', {})).version).toBe('2026.1');
  });

  it('a version on the same date as another wins by its number; numbers and dates may not disagree', async () => {
    await app.run('catalogue.import', { json: JSON.stringify(catalogue({ version: '2026.1', effectiveDate: '2026-07-01' })) });
    await app.run('catalogue.import', { json: JSON.stringify(catalogue({ version: '2026.3', effectiveDate: '2026-07-01' })) });
    expect(currentVersion(app.db, '2026-07-01')).toBe('2026.3');
    const before = snapshot(app.db);
    // 2026.2 taking effect after 2026.3 (or 2026.4 before 2026.1) would make "newest" and "in force" disagree.
    for (const [version, effectiveDate] of [['2026.2', '2026-08-01'], ['2026.4', '2026-06-30']]) {
      const answer = await app.send('catalogue.import', { json: JSON.stringify(catalogue({ version, effectiveDate })) });
      expect(answer, version).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['json', 'effectiveDate'] }] } });
    }
    expect(snapshot(app.db)).toEqual(before);
  });
});

describe('a catalogue read by the services', () => {
  it('is parsed once per version and content, and no caller can change the shared copy', () => {
    const first = loadCatalogue(app.db, '2022.1');
    expect(loadCatalogue(app.db, '2022.1')).toBe(first);
    expect(Object.isFrozen(first.violationTypes[0])).toBe(true);
    expect(() => {
      (first.violationTypes[0] as { summary: string }).summary = 'đã bị sửa';
    }).toThrow(TypeError);
    // Another connection (a restored backup, another data folder) reads its own.
    const other = openTestApp(new Date('2026-11-23T08:00:00Z'));
    try {
      const theirs = loadCatalogue(other.db, '2022.1');
      expect(theirs).not.toBe(first);
      expect(theirs).toEqual(first);
    } finally {
      other.close();
    }
  });
});
