import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { unlockWithPassword, unlockWithRecoveryKey } from '../../db/key-file';
import { applyKey } from '../../db/open-database';
import { openDataService } from '../../electron/data-process/service';
import { decryptBytes, deriveFileKey, isEncryptedFile, TEMP_COPIES_FOLDER } from '../../electron/services/file-store';
import { startWebHost, type WebHost } from '../../electron/web-host';
import { foldVietnamese } from '../../shared/text/fold';
import { ADMIN, HostClient, startTestHost, type TestHost } from '../helpers/test-host';

/**
 * Issue 9, "Done when": the database file, its WAL, the backups and a stored document, read
 * without the key, hold no child's name (byte search); with the key from each user's password
 * and with the recovery key they open and give the names back. And the upgrade from the
 * release before encryption leaves nothing readable behind.
 */

const CHILDREN = ['Lò Thị Xuyếnchiêm', 'Sầm Văn Khuổiđoọc'];
const LEADER = { fullName: 'Vi Thị Trưởngđoàn', login: 'truongdoan', temporaryPassword: 'mat-khau-tam-thoi-1', password: 'mat-khau-truong-doan-2' };

/** Every way a name could sit in a file: NFC and NFD, folded for search, each word alone; UTF-8 and UTF-16 (both orders). */
function needles(names: string[]): { text: string; bytes: Buffer }[] {
  const texts = new Set<string>();
  for (const name of names) {
    for (const form of [name.normalize('NFC'), name.normalize('NFD'), foldVietnamese(name)]) {
      texts.add(form);
      // The distinctive last word, as an index would keep a token (long enough not to turn up in noise).
      const word = form.split(' ').at(-1)!;
      if (word.length >= 6) texts.add(word);
    }
  }
  const out: { text: string; bytes: Buffer }[] = [];
  for (const text of texts) {
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    out.push({ text, bytes: Buffer.from(text, 'utf8') }, { text: `${text} (UTF-16LE)`, bytes: le }, { text: `${text} (UTF-16BE)`, bytes: be });
  }
  return out;
}

/** The names found in a file's raw bytes (case-insensitively for ASCII: the folded forms). */
function namesIn(path: string, names = CHILDREN): string[] {
  const raw = readFileSync(path);
  const lower = Buffer.from(raw.toString('latin1').toLowerCase(), 'latin1');
  return needles(names)
    .filter((n) => raw.includes(n.bytes) || lower.includes(n.bytes))
    .map((n) => n.text);
}

/** Every file under a folder (recursively). */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** The minors' names in a database file (with its WAL if one is beside it), opened with `key`. */
function minorNames(path: string, key: Buffer): string[] {
  const sqlite = new Database(path);
  try {
    applyKey(sqlite, key);
    return (sqlite.prepare('SELECT full_name AS name FROM minors ORDER BY full_name').all() as { name: string }[]).map((r) => r.name);
  } finally {
    sqlite.close();
  }
}

/** A database file without the key: SQLite sees noise. */
function refusesWithoutKey(path: string): void {
  const sqlite = new Database(path);
  try {
    expect(() => sqlite.prepare('SELECT count(*) FROM sqlite_master').get(), path).toThrow(/not a database/);
  } finally {
    sqlite.close();
  }
}

/** Copies a database (and its WAL when asked) aside, so it can be opened while the host runs. */
function snapshot(dataDir: string, into: string, withWal: boolean): string {
  mkdirSync(into, { recursive: true });
  const target = join(into, 'ldte.sqlite');
  copyFileSync(join(dataDir, 'ldte.sqlite'), target);
  if (withWal) copyFileSync(join(dataDir, 'ldte.sqlite-wal'), `${target}-wal`);
  return target;
}

/** The text of a .docx (its document.xml). */
async function docxText(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return (await zip.file('word/document.xml')!.async('string')).normalize('NFC');
}

/** A copy of the migrations with one more (trivial) migration, so the next open makes a pre-migration backup. */
function migrationsWithOneMore(into: string): string {
  cpSync(join(__dirname, '../../db/migrations'), into, { recursive: true });
  const journalPath = join(into, 'meta/_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { idx: number; version: string; when: number; tag: string; breakpoints: boolean }[] };
  const last = journal.entries.at(-1)!;
  const tag = `${String(last.idx + 1).padStart(4, '0')}_encryption_test`;
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag });
  writeFileSync(journalPath, JSON.stringify(journal));
  writeFileSync(join(into, `${tag}.sql`), 'CREATE TABLE `encryption_test_extra` (`id` integer PRIMARY KEY);\n');
  return into;
}

const modeOf = (path: string) => statSync(path).mode & 0o777;

let t: TestHost | undefined;
let host: WebHost | undefined;
const cleanup: string[] = [];
afterEach(async () => {
  await t?.host.close();
  await host?.close();
  t = host = undefined;
  for (const dir of cleanup.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('encryption at rest', () => {
  it('keeps children’s names out of the database, its WAL, the backups and the stored documents; each user’s password and the recovery key open them', async () => {
    t = await startTestHost();
    const { dataDir } = t;
    cleanup.push(dataDir);
    const work = mkdtempSync(join(tmpdir(), 'ldte-enc-'));
    cleanup.push(work);
    const admin = t.admin;

    // A second user, a leader: made by the admin, signs in with the temporary password and changes it.
    const [me] = await admin.run('officials.list', {});
    const official = await admin.run('officials.create', { fullName: LEADER.fullName, agencyId: me!.agencyId });
    await admin.run('users.create', { officialId: official.id, login: LEADER.login, role: 'leader', temporaryPassword: LEADER.temporaryPassword });
    const leader = t.client();
    await leader.run('auth.login', { login: LEADER.login, password: LEADER.temporaryPassword });
    await leader.run('auth.changePassword', { currentPassword: LEADER.temporaryPassword, newPassword: LEADER.password });

    // Everything so far goes into the database file; what follows stays in the WAL.
    const live = t.host.service.session.database!.$client;
    live.pragma('wal_checkpoint(TRUNCATE)');
    const { establishment } = await admin.run('establishments.create', { name: 'Xưởng mây tre Thử Nghiệm', kind: 'household_business' });
    const { inspection } = await admin.run('inspections.create', { establishmentId: establishment.id, inspectionDate: '2026-11-20' });
    for (const [i, fullName] of CHILDREN.entries()) {
      await leader.run('minors.create', { inspectionId: inspection.id, fullName, sex: i === 0 ? 'female' : 'male', dateOfBirth: '2013-04-02', job: 'Đan giỏ', hoursPerDay: 6 });
    }
    const doc = await admin.run('documents.generate', { kind: 'inspection_minutes', sourceId: inspection.id, childNames: 'full' });

    const db = join(dataDir, 'ldte.sqlite');
    const wal = `${db}-wal`;
    expect(statSync(wal).size).toBeGreaterThan(0);
    const walOnly = snapshot(dataDir, join(work, 'wal'), true);
    const withoutWal = snapshot(dataDir, join(work, 'no-wal'), false);
    for (const file of [db, wal, `${db}-shm`]) expect(namesIn(file), file).toEqual([]);

    // The pages move into the database file: still no name readable there.
    live.pragma('wal_checkpoint(PASSIVE)');
    const checkpointed = snapshot(dataDir, join(work, 'checkpointed'), false);
    expect(namesIn(db)).toEqual([]);

    // The stored minutes (full names) are not a Word file on disk; the browser download is the plaintext.
    const storedDocuments = filesUnder(join(dataDir, 'documents'));
    expect(storedDocuments.map((f) => f.split(/[\\/]/).at(-1))).toEqual([doc.fileName]);
    for (const file of storedDocuments) {
      expect(namesIn(file), file).toEqual([]);
      expect(isEncryptedFile(readFileSync(file))).toBe(true);
      await expect(JSZip.loadAsync(readFileSync(file))).rejects.toThrow();
    }
    const download = await fetch(new URL(`/files/documents/${doc.documentId}`, t.host.origin), { headers: { cookie: admin.sessionCookie } });
    expect(download.status).toBe(200);
    const downloaded = Buffer.from(await download.arrayBuffer());
    for (const name of CHILDREN) expect(await docxText(downloaded)).toContain(name);

    // Closing the host removes the temporary decrypted copies and folds the WAL in.
    await t.host.close();
    expect(filesUnder(join(dataDir, TEMP_COPIES_FOLDER))).toEqual([]);
    expect(namesIn(db)).toEqual([]);

    // Restart on a release with one more migration: the pre-migration backup is made at sign-in.
    const migrations = migrationsWithOneMore(join(work, 'migrations'));
    const service = openDataService({ dataDir, owner: 'web', migrationsFolder: migrations });
    try {
      expect((await service.call('auth.login', { login: ADMIN.login, password: ADMIN.password }, undefined, () => 'restart')).result).toMatchObject({ ok: true });
      const { result } = await service.call('inspections.get', { id: inspection.id }, 'restart', () => '');
      expect(result.ok && (result.data as { minors: { fullName: string }[] }).minors.map((m) => m.fullName)).toEqual(CHILDREN);
    } finally {
      service.close();
    }
    const backups = filesUnder(join(dataDir, 'backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/before-migration\.sqlite$/);
    for (const file of backups) expect(namesIn(file), file).toEqual([]);
    for (const file of [db, ...filesUnder(join(dataDir, 'documents'))]) expect(namesIn(file), file).toEqual([]);

    // Without a key: noise. With the key each user's password unwraps, and with the recovery key: the names.
    const databases = [walOnly, withoutWal, checkpointed, db, ...backups];
    for (const file of databases) refusesWithoutKey(file);
    const keys = {
      admin: unlockWithPassword(dataDir, ADMIN.login, ADMIN.password)?.dbKey,
      leader: unlockWithPassword(dataDir, LEADER.login, LEADER.password)?.dbKey,
      recovery: unlockWithRecoveryKey(dataDir, t.recoveryKey) ?? undefined,
    };
    expect(unlockWithPassword(dataDir, LEADER.login, LEADER.temporaryPassword)).toBeNull();
    const sorted = [...CHILDREN].sort();
    for (const [who, key] of Object.entries(keys)) {
      expect(key, who).toBeInstanceOf(Buffer);
      expect(key!.equals(keys.admin!), who).toBe(true);
      // The WAL held the children: the database file alone, as it was before the checkpoint, did not.
      expect(minorNames(walOnly, key!), `${who}: db + WAL`).toEqual(sorted);
      expect(minorNames(withoutWal, key!), `${who}: db without its WAL`).toEqual([]);
      for (const file of [checkpointed, db, ...backups]) expect(minorNames(file, key!), `${who}: ${file}`).toEqual(sorted);
      for (const file of filesUnder(join(dataDir, 'documents'))) {
        const text = await docxText(decryptBytes(deriveFileKey(key!), readFileSync(file)));
        for (const name of CHILDREN) expect(text, `${who}: ${file}`).toContain(name);
      }
    }
    // The leader signs in to the restarted data too (the wrap follows the changed password).
    host = await startWebHost({ port: 0, dataDir, rendererDir: join(dataDir, 'no-renderer') });
    expect(await new HostClient(host).run('auth.login', { login: LEADER.login, password: LEADER.password })).toMatchObject({ state: 'signed_in', user: { role: 'leader' } });
  });

  it.skipIf(process.platform === 'win32')('keeps the data folder 0700 and every file 0600, made now or left 0644 by an earlier release', async () => {
    t = await startTestHost();
    const { dataDir } = t;
    cleanup.push(dataDir);
    const { inspection } = await t.admin.run('inspections.create', {
      establishmentId: (await t.admin.run('establishments.create', { name: 'Cơ sở A', kind: 'household_business' })).establishment.id,
      inspectionDate: '2026-11-20',
    });
    await t.admin.run('documents.generate', { kind: 'inspection_minutes', sourceId: inspection.id });
    await t.host.close();
    t = undefined;
    const ours = () => [dataDir, ...['documents', 'logs', 'backups'].map((d) => join(dataDir, d)).filter(existsSync)];
    const check = () => {
      for (const dir of ours()) {
        expect(modeOf(dir), dir).toBe(0o700);
        for (const file of filesUnder(dir)) expect(modeOf(file), file).toBe(0o600);
      }
    };
    check();

    // As an earlier release left it: folders 0755, files 0644.
    mkdirSync(join(dataDir, 'backups'), { recursive: true });
    writeFileSync(join(dataDir, 'backups', 'old.sqlite'), 'x');
    for (const dir of ours()) {
      chmodSync(dir, 0o755);
      for (const file of filesUnder(dir)) chmodSync(file, 0o644);
    }
    host = await startWebHost({ port: 0, dataDir, rendererDir: join(dataDir, 'no-renderer') });
    check();
  });
});

describe('upgrade from the release before encryption', () => {
  /** tests/fixtures/main-0005.sqlite: a database of that release, with children's names. */
  const FIXTURE = join(__dirname, '../fixtures/main-0005.sqlite');
  const OLD_CHILDREN = ['Nguyễn Văn An', 'Lý Thị Bích', 'Hoàng Văn Cường', 'Đinh Thị Dung'];
  const OLD_DOCX = '2026-11-23_bien-ban-kiem-tra-cong-ty-tnhh-do-go-dong-tam_957a87.docx';

  it('encrypts the database, its backups and documents at setup, and leaves no plaintext copy', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ldte-upgrade-enc-'));
    cleanup.push(dataDir);
    const db = join(dataDir, 'ldte.sqlite');
    copyFileSync(FIXTURE, db);
    mkdirSync(join(dataDir, 'backups'));
    copyFileSync(FIXTURE, join(dataDir, 'backups', 'ldte-2026-06-01T00-00-00-000Z-before-migration.sqlite'));
    mkdirSync(join(dataDir, 'documents'));
    // What the old release stored in the clear: a Word file (stored, not deflated, so the names show), a CSV export, an export cut short.
    const zip = new JSZip();
    zip.file('word/document.xml', `<w:document><w:body><w:p><w:r><w:t>${OLD_CHILDREN.join(', ')}</w:t></w:r></w:p></w:body></w:document>`);
    const oldDocx = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
    writeFileSync(join(dataDir, 'documents', OLD_DOCX), oldDocx);
    const oldCsv = Buffer.from(`\uFEFFSTT,Họ và tên\r\n${OLD_CHILDREN.map((n, i) => `${i + 1},${n}`).join('\r\n')}\r\n`, 'utf8');
    writeFileSync(join(dataDir, 'documents', 'bao-cao-2026-01-01_2026-06-30-abc123.csv'), oldCsv);
    writeFileSync(join(dataDir, 'documents', 'bao-cao-2026-01-01_2026-06-30-def456.xlsx.part'), oldCsv);
    // The byte search finds them while they are plaintext.
    for (const file of [db, ...filesUnder(dataDir)]) expect(namesIn(file, OLD_CHILDREN).length, file).toBeGreaterThan(0);

    host = await startWebHost({ port: 0, dataDir, rendererDir: join(dataDir, 'no-renderer') });
    // The unfinished export went at start.
    expect(readdirSync(join(dataDir, 'documents')).sort()).toEqual([OLD_DOCX, 'bao-cao-2026-01-01_2026-06-30-abc123.csv']);
    const client = new HostClient(host);
    expect(await client.run('auth.status', {})).toMatchObject({ state: 'setup', upgradeFromPlaintext: true });
    const { recoveryKey } = await client.run('auth.setup', ADMIN);

    expect(existsSync(`${db}.before-encryption`)).toBe(false);
    const everything = [db, ...[`${db}-wal`, `${db}-shm`].filter(existsSync), ...filesUnder(join(dataDir, 'backups')), ...filesUnder(join(dataDir, 'documents'))];
    expect(filesUnder(join(dataDir, 'backups')).length).toBeGreaterThanOrEqual(2); // the old release's backup and the one made before migrating
    for (const file of everything) expect(namesIn(file, OLD_CHILDREN), file).toEqual([]);
    // The app reads its data as before.
    const inspections = await client.run('inspections.list', {} as never);
    const minors = (await Promise.all(inspections.map((i) => client.run('inspections.get', { id: i.id })))).flatMap((d) => d.minors.map((m) => m.fullName));
    expect(minors.length).toBeGreaterThan(0);
    for (const name of minors) expect(OLD_CHILDREN).toContain(name);

    await host.close();
    host = undefined;
    const after = [db, ...filesUnder(join(dataDir, 'backups')), ...filesUnder(join(dataDir, 'documents'))];
    for (const file of after) expect(namesIn(file, OLD_CHILDREN), file).toEqual([]);
    expect(filesUnder(dataDir).some((f) => f.endsWith('.before-encryption'))).toBe(false);

    // The recovery key and the admin's password open every copy and give the names back.
    const key = unlockWithRecoveryKey(dataDir, recoveryKey)!;
    expect(unlockWithPassword(dataDir, ADMIN.login, ADMIN.password)!.dbKey.equals(key)).toBe(true);
    for (const file of [db, ...filesUnder(join(dataDir, 'backups'))]) {
      refusesWithoutKey(file);
      expect(minorNames(file, key), file).toEqual([...OLD_CHILDREN].sort((a, b) => (a < b ? -1 : 1)));
    }
    const fileKey = deriveFileKey(key);
    expect(decryptBytes(fileKey, readFileSync(join(dataDir, 'documents', OLD_DOCX))).equals(oldDocx)).toBe(true);
    expect(decryptBytes(fileKey, readFileSync(join(dataDir, 'documents', 'bao-cao-2026-01-01_2026-06-30-abc123.csv'))).equals(oldCsv)).toBe(true);
  });
});
