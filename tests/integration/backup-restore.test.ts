/**
 * Issue 13, backups: the restore drill (a database with every kind of record and stored files,
 * backed up, the data folder destroyed, restored on a fresh one: every table and every stored file
 * identical by hash, the same accounts sign in), a damaged backup (bytes flipped, cut short) and
 * one from a newer version refused with the live data untouched, the automatic backup's schedule
 * and rotation (every copy made before an upgrade or a restore kept), cancel, and a restore cut
 * short by a crash rolled back at the next start. Real web hosts on real data folders.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { KEY_FILE, unlockWithPassword, unlockWithRecoveryKey } from '../../db/key-file';
import { applyKey } from '../../db/open-database';
import { attachments } from '../../db/schema';
import { insertRow, writeTx } from '../../db/write-path';
import { BACKUP_EXTENSION, readManifest, type Manifest } from '../../electron/services/backup/backup-file';
import { waitForBackupJob } from '../../electron/services/backup/jobs';
import { recoverInterruptedRestore } from '../../electron/services/backup/restore';
import { isBackupDue, nextBackupDue } from '../../electron/services/backup/schedule';
import { createServiceContext } from '../../electron/services/context';
import { createFileStore, deriveFileKey, tempCopiesDir } from '../../electron/services/file-store';
import { startWebHost } from '../../electron/web-host';
import type { BackupJob } from '../../shared/schemas/backup';
import { seedReportDataset } from '../helpers/report-dataset';
import { ADMIN, HostClient, startTestHost, type TestHost } from '../helpers/test-host';
import type { TestApp } from '../helpers/test-db';

const SECOND = { login: 'ha.nt', password: 'mat-khau-can-bo-2', fullName: 'Nguyễn Thị Hà' };

const temps: string[] = [];
const tempDir = (prefix = 'ldte-bk-') => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

const sha = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** Polls a job until it has finished (through the host, like the page). */
async function finished(client: HostClient, jobId: string, command: 'backup.status' | 'auth.restoreStatus' = 'backup.status'): Promise<BackupJob> {
  for (;;) {
    const job = (await client.run(command, { jobId })) as BackupJob;
    if (job.state !== 'in_progress') return job;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The data file opened read-only with the key a password unwraps. */
function openData(dataDir: string, login = ADMIN.login, password = ADMIN.password): Database.Database {
  const unlocked = unlockWithPassword(dataDir, login, password);
  if (!unlocked) throw new Error('cannot unlock');
  const sqlite = new Database(join(dataDir, 'ldte.sqlite'), { readonly: true });
  applyKey(sqlite, unlocked.dbKey);
  return sqlite;
}

/** A hash of every table's rows (the FTS index's shadow tables too), by table. */
function tableHashes(sqlite: Database.Database): Record<string, string> {
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name").pluck().all() as string[];
  const text = (row: unknown) => JSON.stringify(row, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : typeof v === 'bigint' ? String(v) : v));
  // Rows sorted by their text: tables without rowid too.
  return Object.fromEntries(tables.map((t) => [t, sha((sqlite.prepare(`SELECT * FROM "${t}"`).raw().all() as unknown[]).map(text).sort().join('\n'))]));
}

/** Every stored file (documents/, attachments/) by relative path, hashed as it is on disk (encrypted). */
function storedFileHashes(dataDir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dataDir, path).split('\\').join('/')] = sha(readFileSync(path));
    }
  };
  walk(join(dataDir, 'documents'));
  walk(join(dataDir, 'attachments'));
  walk(join(dataDir, 'drafts'));
  return out;
}

/** A backup file with its manifest changed (and its hash made right): what a newer app would write. */
function withManifest(source: string, target: string, change: (m: Manifest) => Manifest): void {
  const bytes = readFileSync(source);
  const footer = bytes.subarray(bytes.length - 48);
  const length = footer.readUInt32BE(0);
  const manifest = JSON.parse(bytes.subarray(bytes.length - 48 - length, bytes.length - 48).toString('utf8')) as Manifest;
  const json = Buffer.from(JSON.stringify(change(manifest)), 'utf8');
  const newFooter = Buffer.alloc(48);
  newFooter.writeUInt32BE(json.length, 0);
  createHash('sha256').update(json).digest().copy(newFooter, 8);
  footer.subarray(40).copy(newFooter, 40);
  writeFileSync(target, Buffer.concat([bytes.subarray(0, bytes.length - 48 - length), json, newFooter]));
}

/** A copy of `source` with the byte at `offset` flipped. */
function flipped(source: string, offset: number): string {
  const bytes = readFileSync(source);
  bytes[offset] = bytes[offset]! ^ 0xff;
  const target = join(tempDir(), `flipped-${offset}${BACKUP_EXTENSION}`);
  writeFileSync(target, bytes);
  return target;
}

/** The session's database and a file store with its key (to write attachments the way the app stores them). */
function sessionData(host: TestHost) {
  const db = host.host.service.session.database!;
  const { dbKey } = unlockWithPassword(host.dataDir, ADMIN.login, ADMIN.password)!;
  const files = createFileStore({ fileKey: deriveFileKey(dbKey), tempDir: tempCopiesDir(host.dataDir) });
  return { db, files, dbKey };
}

/**
 * One row in each table still empty (the follow-up, sanction and exchange tables whose commands
 * other issues bring): NOT NULL columns filled by type, foreign keys pointing at a parent row,
 * parents first (repeated until nothing more can be filled).
 */
function fillEmptyTables(sqlite: Database.Database): void {
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT GLOB '*_fts_*'").pluck().all() as string[];
  let pending = tables.filter((t) => sqlite.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() === 0);
  for (let round = 0; round < 5 && pending.length > 0; round++) {
    pending = pending.filter((table) => {
      const columns = sqlite.prepare(`PRAGMA table_info("${table}")`).all() as { name: string; type: string; notnull: number; dflt_value: unknown; pk: number }[];
      const keys = sqlite.prepare(`PRAGMA foreign_key_list("${table}")`).all() as { table: string; from: string; to: string }[];
      const row: Record<string, unknown> = {};
      for (const c of columns) {
        const fk = keys.find((k) => k.from === c.name);
        if (fk) {
          const parent = sqlite.prepare(`SELECT "${fk.to ?? 'id'}" FROM "${fk.table}" LIMIT 1`).pluck().get();
          if (parent === undefined) return true;
          row[c.name] = parent;
        } else if (c.pk || (c.notnull && c.dflt_value === null)) {
          row[c.name] = /INT/i.test(c.type) ? 1 : /REAL/i.test(c.type) ? 1.5 : c.pk ? `${table}-1` : '2026-11-20';
        }
      }
      const names = Object.keys(row);
      try {
        sqlite.prepare(`INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(...Object.values(row));
        return false;
      } catch {
        return true;
      }
    });
  }
}

/** Records of every kind: the report dataset (plans, inspections, minors, violations, commitments), documents, a second account, attachments. */
async function buildRecords(host: TestHost): Promise<void> {
  const { db, files } = sessionData(host);
  const app = { db, run: (name: string, input: unknown) => host.admin.run(name as never, input as never) } as unknown as TestApp;
  await seedReportDataset(app);
  const [labour] = await host.admin.run('agencies.list', {});
  const official = await host.admin.run('officials.create', { fullName: SECOND.fullName, position: 'Thanh tra viên', agencyId: labour!.id });
  await host.admin.run('users.create', { officialId: official.id, login: SECOND.login, role: 'member', temporaryPassword: SECOND.password });
  const [plan] = await host.admin.run('plans.list', {});
  await host.admin.run('documents.generate', { kind: 'plan', sourceId: plan!.id });
  const [inspection] = await host.admin.run('inspections.list', {});
  await host.admin.run('documents.generate', { kind: 'inspection_minutes', sourceId: inspection!.id });
  // An unsaved form's draft (stored encrypted, per user) travels with the data too.
  await host.admin.run('drafts.save', { key: `inspection:${inspection!.id}:general`, data: { notes: 'Đang ghi dở' } });
  await host.admin.run('plans.setTeam', { planId: plan!.id, members: [{ officialId: official.id, role: 'member' }] } as never).catch(() => undefined);
  // Attachments as the app stores them: the file encrypted under attachments/, named by its hash; the row through the write path.
  const ctx = createServiceContext(db, { actor: ADMIN.fullName, role: 'admin', dataDir: host.dataDir, files });
  mkdirSync(join(host.dataDir, 'attachments'), { recursive: true });
  for (let i = 0; i < 3; i++) {
    const photo = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(200_000 + i * 1000, i + 1)]);
    const hash = sha(photo);
    files.writeFile(join(host.dataDir, 'attachments', hash), photo);
    writeTx(db, () =>
      insertRow(db, ctx, attachments, { ownerTable: 'inspections', ownerId: inspection!.id, contentHash: hash, mimeType: 'image/jpeg', sizeBytes: photo.length, fileName: `anh-${i}.jpg`, caption: `Ảnh ${i}` }),
    );
  }
  fillEmptyTables(db.$client);
}

describe('the restore drill', () => {
  let a: TestHost;
  let backupFile = '';
  let tables: Record<string, string> = {};
  let stored: Record<string, string> = {};
  let keyFileBefore = '';

  beforeAll(async () => {
    a = await startTestHost();
    await buildRecords(a);
  }, 120_000);
  afterAll(async () => {
    await a?.close().catch(() => undefined);
  });

  it('backs up every table and every stored file into one file, read back and checked', async () => {
    const live = openData(a.dataDir);
    tables = tableHashes(live);
    live.close();
    stored = storedFileHashes(a.dataDir);
    keyFileBefore = sha(readFileSync(join(a.dataDir, KEY_FILE)));
    const nonEmpty = Object.keys(tables).length;
    expect(nonEmpty).toBeGreaterThan(30);
    expect(Object.keys(stored).filter((p) => p.startsWith('attachments/'))).toHaveLength(3);
    expect(Object.keys(stored).filter((p) => p.startsWith('documents/')).length).toBeGreaterThanOrEqual(2);
    expect(Object.keys(stored).filter((p) => p.startsWith('drafts/'))).toHaveLength(1);

    // A folder that is not there yet is made, when the drive holding it is.
    const folder = join(tempDir(), 'SaoLuu');
    const started = await a.admin.run('backup.create', { folder });
    expect(started).toMatchObject({ kind: 'backup', state: 'in_progress' });
    const job = await finished(a.admin, started.jobId);
    expect(job).toMatchObject({ state: 'completed', progress: 1 });
    backupFile = job.file!;
    expect(backupFile.startsWith(folder)).toBe(true);
    expect(readdirSync(folder)).toEqual([job.summary!.fileName]);
    expect(job.summary).toMatchObject({ kind: 'manual', appVersion: '0.1.0', sameKey: true, storedFiles: Object.keys(stored).length, unitName: ADMIN.unitName });
    expect(job.summary!.counts.minors).toBeGreaterThan(0);
    expect(job.summary!.counts.attachments).toBe(3);
    expect(job.summary!.counts.users).toBe(2);
    // Every table holds rows: what the commands above did not fill, the filler did.
    expect(Object.entries(job.summary!.counts).filter(([, n]) => n === 0)).toEqual([]);

    // Nothing of the records is readable: no name, no stored file's plaintext (the key file names the logins, as in the data folder).
    const bytes = readFileSync(backupFile);
    for (const secret of ['Lò Văn Một', 'Lò Thị Hai', 'Giày da Kỳ Lừa', SECOND.fullName]) expect(bytes.includes(Buffer.from(secret, 'utf8'))).toBe(false);
    expect(bytes.includes(Buffer.alloc(64, 1))).toBe(false);
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);

    // The check reads it whole and runs SQLite's integrity check, the live data untouched.
    const check = await finished(a.admin, (await a.admin.run('backup.check', { path: backupFile })).jobId);
    expect(check.state).toBe('completed');
    expect(check.report!.join(' ')).toContain('không có lỗi');
    const overview = await a.admin.run('backup.overview', {});
    expect(overview.settings).toMatchObject({ schedule: 'daily', keep: 10, folder: join(a.dataDir, 'backups') });
    expect((await a.admin.run('backup.list', { folder })).map((b) => b.fileName)).toEqual([job.summary!.fileName]);
  }, 120_000);

  it('restores on a fresh data folder (the data folder destroyed): every table and stored file identical, the same accounts sign in', async () => {
    const recoveryKey = a.recoveryKey;
    await a.close();
    expect(existsSync(a.dataDir)).toBe(false);

    const b = await startTestHost({ setup: false });
    try {
      const fresh = b.client();
      expect((await fresh.run('auth.status', {})).state).toBe('setup');
      const summary = await fresh.run('auth.inspectBackup', { path: backupFile });
      expect(summary).toMatchObject({ sameKey: false, kind: 'manual', unitName: ADMIN.unitName });
      expect(summary.refusal).toBeUndefined();

      // A wrong password is refused on its field before anything starts.
      const wrong = await fresh.send('auth.restoreBackup', { path: backupFile, credentials: { login: ADMIN.login, password: 'sai-mat-khau-1' } });
      expect(wrong).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['credentials', 'password'] }] } });
      expect(readdirSync(b.dataDir).filter((f) => f.startsWith('ldte.'))).toEqual([]);

      const started = await fresh.run('auth.restoreBackup', { path: backupFile, credentials: { login: SECOND.login, password: SECOND.password } });
      const job = await finished(fresh, started.jobId, 'auth.restoreStatus');
      expect(job).toMatchObject({ state: 'completed', kind: 'restore' });
      expect(job.previousDataBackup).toBeUndefined();

      // Before anyone signs in (a sign-in records its time): the same rows, the same files, the same key file.
      const restored = openData(b.dataDir);
      expect(tableHashes(restored)).toEqual(tables);
      restored.close();
      expect(storedFileHashes(b.dataDir)).toEqual(stored);
      expect(sha(readFileSync(join(b.dataDir, KEY_FILE)))).toBe(keyFileBefore);
      expect(existsSync(join(b.dataDir, 'backup-work', 'restore-new'))).toBe(false);

      // The app opens with the same accounts: the admin, the member, the recovery key.
      expect((await fresh.run('auth.status', {})).state).toBe('signed_out');
      expect(await fresh.run('auth.login', { login: ADMIN.login, password: ADMIN.password })).toMatchObject({ state: 'signed_in', user: { role: 'admin' } });
      const member = b.client();
      expect(await member.run('auth.login', { login: SECOND.login, password: SECOND.password })).toMatchObject({ state: 'signed_in', user: { role: 'member', fullName: SECOND.fullName } });
      expect(unlockWithRecoveryKey(b.dataDir, recoveryKey)).not.toBeNull();
      const found = await fresh.run('establishments.search', { query: 'giay da ky lua' });
      expect(found.items.map((e) => e.name)).toContain('Công ty TNHH Giày da Kỳ Lừa');
      const docs = await fresh.run('documents.list', {});
      expect(docs.length).toBeGreaterThanOrEqual(2);
      const inspections = await fresh.run('inspections.list', {});
      const drafts = await Promise.all(inspections.map((i) => fresh.run('drafts.get', { key: `inspection:${i.id}:general` })));
      expect(drafts.filter(Boolean)).toEqual([expect.objectContaining({ data: { notes: 'Đang ghi dở' } })]);
      const content = await fresh.run('documents.content', { id: docs[0]!.id });
      expect(sha(Buffer.from(content.base64, 'base64'))).toBe(docs[0]!.sha256);
      // No longer a fresh folder: the setup restore is refused.
      expect(await fresh.send('auth.restoreBackup', { path: backupFile, credentials: { login: ADMIN.login, password: ADMIN.password } })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    } finally {
      await b.close();
    }
  }, 120_000);
});

describe('a damaged backup, or one from a newer version, is refused and the live data untouched', () => {
  let host: TestHost;
  let good = '';
  let liveTables: Record<string, string> = {};
  let liveFiles: Record<string, string> = {};
  let liveKeys = '';

  beforeAll(async () => {
    host = await startTestHost();
    await buildRecords(host);
    const job = await finished(host.admin, (await host.admin.run('backup.create', { folder: join(tempDir(), 'usb') })).jobId);
    good = job.file!;
    // The live data moves on after the backup.
    const [labour] = await host.admin.run('agencies.list', {});
    await host.admin.run('officials.create', { fullName: 'Cán bộ thêm sau khi sao lưu', agencyId: labour!.id });
    const live = openData(host.dataDir);
    liveTables = tableHashes(live);
    live.close();
    liveFiles = storedFileHashes(host.dataDir);
    liveKeys = sha(readFileSync(join(host.dataDir, KEY_FILE)));
  }, 120_000);
  afterAll(async () => {
    await host?.close();
  });

  const untouched = async () => {
    const live = openData(host.dataDir);
    expect(tableHashes(live)).toEqual(liveTables);
    live.close();
    expect(storedFileHashes(host.dataDir)).toEqual(liveFiles);
    expect(sha(readFileSync(join(host.dataDir, KEY_FILE)))).toBe(liveKeys);
    expect(existsSync(join(host.dataDir, 'backup-work', 'restore-new'))).toBe(false);
    // Still signed in, still working.
    expect((await host.admin.run('auth.status', {})).state).toBe('signed_in');
    expect((await host.admin.run('officials.list', {})).some((o) => o.fullName === 'Cán bộ thêm sau khi sao lưu')).toBe(true);
  };

  /** Inspect, check and restore a bad file: each refused with a clear message (at once or as the job's failure). */
  async function refused(path: string, expected: RegExp): Promise<string[]> {
    const messages: string[] = [];
    for (const command of ['backup.check', 'backup.restore'] as const) {
      const answer = await host.admin.send(command, command === 'backup.restore' ? { path, confirm: true } : { path });
      if (!answer.ok) {
        messages.push(answer.error.message);
        continue;
      }
      const job = await finished(host.admin, (answer.data as BackupJob).jobId);
      expect(job.state, `${command} of ${path}`).toBe('failed');
      messages.push(job.error!);
    }
    for (const m of messages) expect(m).toMatch(expected);
    await untouched();
    return messages;
  }

  it('a flipped byte anywhere: header, database, stored file, manifest, footer', async () => {
    const size = statSync(good).size;
    const { manifest } = await readManifest(good);
    const dbEnd = 16 + manifest.entries[0]!.size;
    const lastFileStart = 16 + manifest.payload.size - manifest.entries.at(-1)!.size;
    const offsets = {
      header: 2,
      database: 16 + 4096 + 100,
      databaseEnd: dbEnd - 1,
      keyFile: dbEnd + 10,
      storedFile: lastFileStart + 50,
      manifest: size - 48 - 30,
      footerHash: size - 20,
      footerEnd: size - 1,
    };
    for (const [where, offset] of Object.entries(offsets)) {
      const bad = flipped(good, offset);
      const messages = await refused(bad, where === 'header' ? /không phải bản sao lưu/ : /bị hỏng hoặc không đầy đủ/);
      expect(messages.length, where).toBe(2);
    }
  }, 120_000);

  it('a file cut short: at the end, in the middle, to its header', async () => {
    const bytes = readFileSync(good);
    for (const keep of [bytes.length - 1, bytes.length - 1000, Math.floor(bytes.length / 2), 16]) {
      const cut = join(tempDir(), `cut-${keep}${BACKUP_EXTENSION}`);
      writeFileSync(cut, bytes.subarray(0, keep));
      const inspected = await host.admin.send('backup.inspect', { path: cut });
      expect(inspected).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      await refused(cut, /bị hỏng hoặc không đầy đủ .*cắt ngắn/);
    }
    // Not a backup at all, a missing file, a folder.
    const text = join(tempDir(), `ghi-chu${BACKUP_EXTENSION}`);
    writeFileSync(text, 'Danh sách cơ sở cần kiểm tra');
    await refused(text, /không phải bản sao lưu/);
    await refused(join(tempDir(), 'khong-co.ldtb'), /Không tìm thấy tệp sao lưu/);
    await refused(tempDir(), /là một thư mục/);
  }, 120_000);

  it('a backup made by a newer app version, or with a newer database structure, is refused in Vietnamese', async () => {
    const newerApp = join(tempDir(), `newer-app${BACKUP_EXTENSION}`);
    withManifest(good, newerApp, (m) => ({ ...m, appVersion: '9.0.0' }));
    const summary = await host.admin.run('backup.inspect', { path: newerApp });
    expect(summary.refusal).toBe('Bản sao lưu được tạo bởi phiên bản 9.0.0 của ứng dụng, mới hơn phiên bản đang dùng (0.1.0); hãy cập nhật ứng dụng rồi khôi phục.');
    expect(await host.admin.send('backup.restore', { path: newerApp, confirm: true })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: summary.refusal } });

    const newerSchema = join(tempDir(), `newer-schema${BACKUP_EXTENSION}`);
    withManifest(good, newerSchema, (m) => ({ ...m, schemaVersion: '0099_future', schemaMillis: m.schemaMillis + 10 ** 9 }));
    const other = await host.admin.run('backup.inspect', { path: newerSchema });
    expect(other.refusal).toMatch(/cấu trúc dữ liệu mới hơn phiên bản ứng dụng đang dùng \(0099_future\)/);
    expect(await host.admin.send('backup.restore', { path: newerSchema, confirm: true })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    // A file format this app does not know.
    const format2 = readFileSync(good);
    format2.writeUInt16BE(2, 8);
    const future = join(tempDir(), `format2${BACKUP_EXTENSION}`);
    writeFileSync(future, format2);
    await refused(future, /phiên bản mới hơn của ứng dụng/);
    await untouched();
  });

  it('is not restored when the live data cannot be backed up first (the automatic backup folder is gone)', async () => {
    const usb = join(tempDir(), 'usb');
    mkdirSync(usb);
    await host.admin.run('backup.updateSettings', { folder: join(usb, 'SaoLuu') });
    rmSync(usb, { recursive: true });
    const job = await finished(host.admin, (await host.admin.run('backup.restore', { path: good, confirm: true })).jobId);
    expect(job.state).toBe('failed');
    expect(job.error).toMatch(/^Chưa khôi phục, dữ liệu hiện tại vẫn giữ nguyên: không sao lưu được dữ liệu hiện tại vào thư mục sao lưu tự động .*đã rút USB/);
    expect(existsSync(usb)).toBe(false);
    await host.admin.run('backup.updateSettings', { folder: join(host.dataDir, 'backups') });
    const live = openData(host.dataDir);
    const now = tableHashes(live);
    live.close();
    // Only the settings changed (app_meta), and the audit trail of that.
    expect(Object.keys(now).filter((t) => now[t] !== liveTables[t]).sort()).toEqual(['app_meta', 'audit_log']);
    liveTables = now;
    await untouched();
  }, 60_000);

  it('restores a good backup after all: the live data backed up first, then replaced; everyone signs in again', async () => {
    const restoring = await host.admin.run('backup.restore', { path: good, confirm: true });
    const job = await finished(host.client(), restoring.jobId, 'auth.restoreStatus');
    expect(job).toMatchObject({ state: 'completed', stage: 'Đã khôi phục xong. Hãy đăng nhập lại.' });
    // Everyone signed out.
    expect((await host.admin.run('auth.status', {})).state).toBe('signed_out');
    expect(await host.admin.send('officials.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await host.admin.run('auth.login', { login: ADMIN.login, password: ADMIN.password });
    expect((await host.admin.run('officials.list', {})).some((o) => o.fullName === 'Cán bộ thêm sau khi sao lưu')).toBe(false);
    // The replaced data is in the backup made first (in the configured folder), whole and restorable.
    const before = await host.admin.run('backup.inspect', { path: job.previousDataBackup! });
    expect(before).toMatchObject({ kind: 'before_restore', sameKey: true });
    expect(before.counts.officials).toBe((await readManifest(good)).manifest.counts.officials! + 1);
    expect(job.previousDataBackup!.startsWith(join(host.dataDir, 'backups'))).toBe(true);
    const again = await finished(host.client(), (await host.admin.run('backup.restore', { path: job.previousDataBackup!, confirm: true })).jobId, 'auth.restoreStatus');
    expect(again.state).toBe('completed');
    await host.admin.run('auth.login', { login: ADMIN.login, password: ADMIN.password });
    const live = openData(host.dataDir);
    const now = tableHashes(live);
    live.close();
    // The data as it was before the first restore (the sign-in since then aside).
    expect(Object.keys(now).filter((t) => now[t] !== liveTables[t]).sort()).toEqual(['users']);
  }, 120_000);
});

describe('the automatic backup', () => {
  it('is due once per calendar day in Viet Nam (daily), seven days after the last (weekly), never when off', () => {
    const at = (iso: string) => new Date(iso);
    expect(isBackupDue('daily', undefined, at('2026-11-23T01:00:00Z'))).toBe(true);
    // 23:30 on the 23rd in Viet Nam (16:30 UTC): not again that day, due from midnight.
    const last = at('2026-11-23T16:30:00Z');
    expect(isBackupDue('daily', last, at('2026-11-23T16:59:59Z'))).toBe(false);
    expect(nextBackupDue('daily', last, at('2026-11-23T16:59:59Z'))).toEqual(at('2026-11-23T17:00:00Z'));
    expect(isBackupDue('daily', last, at('2026-11-23T17:00:00Z'))).toBe(true);
    // 08:00 on the 24th (01:00 UTC): the next one from midnight of the 25th.
    expect(nextBackupDue('daily', at('2026-11-24T01:00:00Z'), at('2026-11-24T02:00:00Z'))).toEqual(at('2026-11-24T17:00:00Z'));
    expect(nextBackupDue('weekly', at('2026-11-23T03:00:00Z'), at('2026-11-24T00:00:00Z'))).toEqual(at('2026-11-29T17:00:00Z'));
    expect(isBackupDue('weekly', at('2026-11-23T03:00:00Z'), at('2026-11-29T16:59:00Z'))).toBe(false);
    expect(isBackupDue('weekly', at('2026-11-23T03:00:00Z'), at('2026-11-29T17:00:00Z'))).toBe(true);
    expect(isBackupDue('off', undefined, at('2026-11-23T01:00:00Z'))).toBe(false);
    expect(nextBackupDue('off', last, at('2026-12-31T00:00:00Z'))).toBeUndefined();
  });

  it('runs when due with a fixed clock, keeps the last N of its own and every other copy', async () => {
    let clock = new Date('2026-11-23T01:00:00Z');
    const dataDir = tempDir('ldte-auto-');
    const web = await startWebHost({ port: 0, dataDir, rendererDir: join(dataDir, 'none'), now: () => clock });
    const admin = new HostClient(web);
    try {
      await admin.run('auth.setup', ADMIN);
      expect(await admin.run('backup.updateSettings', { keep: 2 })).toMatchObject({ keep: 2, schedule: 'daily', folder: join(dataDir, 'backups') });
      const folder = join(dataDir, 'backups');
      mkdirSync(folder, { recursive: true });
      // Other files of the folder: a copy made before an upgrade, a backup made by hand, another laptop's automatic backup, a note.
      writeFileSync(join(folder, 'ldte-2026-06-01T00-00-00-000Z-before-migration.sqlite'), 'copy');
      const manual = (await finished(admin, (await admin.run('backup.create', { folder })).jobId)).file!;
      writeFileSync(join(folder, 'ghi-chu.txt'), 'USB của đoàn');
      const session = web.service.session;
      const made: string[] = [];
      for (let day = 0; day < 4; day++) {
        clock = new Date(Date.parse('2026-11-23T01:00:00Z') + day * 86_400_000);
        const jobId = session.startDueBackup();
        expect(jobId, `day ${day}`).toBeDefined();
        const job = await waitForBackupJob(jobId!);
        expect(job.state).toBe('completed');
        made.push(job.file!);
        if (day === 1) withManifest(job.file!, join(folder, `may-khac${BACKUP_EXTENSION}`), (m) => ({ ...m, device: { id: 'other-laptop', label: 'Máy khác' } }));
        // Not twice the same day.
        clock = new Date(clock.getTime() + 3 * 3600_000);
        expect(session.startDueBackup()).toBeUndefined();
      }
      const names = readdirSync(folder).sort();
      expect(names).toEqual(
        [
          'ldte-2026-06-01T00-00-00-000Z-before-migration.sqlite',
          'ghi-chu.txt',
          `may-khac${BACKUP_EXTENSION}`,
          manual.split(/[\\/]/).pop()!,
          ...made.slice(-2).map((p) => p.split(/[\\/]/).pop()!),
        ].sort(),
      );
      // Days went by on the clock: the session locked itself meanwhile.
      await admin.run('auth.unlock', { password: ADMIN.password });
      const overview = await admin.run('backup.overview', {});
      expect(overview.lastScheduledAt).toBe('2026-11-26T01:00:00.000Z');
      expect(overview.nextDueAt).toBe('2026-11-26T17:00:00.000Z');
      expect(overview.upgradeCopies.map((c) => c.fileName)).toEqual(['ldte-2026-06-01T00-00-00-000Z-before-migration.sqlite']);
      expect(overview.backups.filter((b) => b.summary?.kind === 'scheduled')).toHaveLength(3);

      // A folder that is gone (the USB stick unplugged): the failure is kept for the page, tried again later.
      const usb = join(tempDir(), 'usb');
      await admin.run('backup.updateSettings', { folder: usb });
      rmSync(usb, { recursive: true });
      writeFileSync(usb, 'not a folder');
      clock = new Date('2026-11-27T01:00:00Z');
      const failed = await waitForBackupJob(session.startDueBackup()!);
      expect(failed.state).toBe('failed');
      await admin.run('auth.unlock', { password: ADMIN.password });
      const after = await admin.run('backup.overview', {});
      expect(after.lastScheduledFailure).toMatchObject({ at: '2026-11-27T01:00:00.000Z' });
      expect(after.lastScheduledAt).toBe('2026-11-26T01:00:00.000Z');
      // Settings refuse a folder that cannot take a file, and a relative path.
      expect(await admin.send('backup.updateSettings', { folder: usb })).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['folder'] }] } });
      expect(await admin.send('backup.updateSettings', { folder: 'SaoLuu' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect(await admin.send('backup.updateSettings', { schedule: 'off' })).toMatchObject({ ok: true, data: { schedule: 'off' } });
      clock = new Date('2026-12-31T01:00:00Z');
      expect(session.startDueBackup()).toBeUndefined();
    } finally {
      await web.close();
    }
  }, 120_000);
});

describe('long work', () => {
  let host: TestHost;
  afterEach(async () => {
    await host?.close();
  });

  it('cancels a backup half-way, leaving no file; the host answers while it runs', async () => {
    host = await startTestHost();
    const { db, files } = sessionData(host);
    mkdirSync(join(host.dataDir, 'attachments'));
    for (let i = 0; i < 40; i++) files.writeFile(join(host.dataDir, 'attachments', `photo-${i}`), Buffer.alloc(1024 * 1024, i));
    expect(db).toBeDefined();
    const folder = join(tempDir(), 'usb');
    const started = await host.admin.run('backup.create', { folder });
    // A second job waits for the first.
    expect(await host.admin.send('backup.create', { folder })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    let job = started;
    while (job.progress < 0.35 && job.state === 'in_progress') {
      const t = performance.now();
      await host.admin.run('settings.get', {});
      expect(performance.now() - t).toBeLessThan(1000);
      job = await host.admin.run('backup.status', { jobId: started.jobId });
    }
    expect(job.state).toBe('in_progress');
    await host.admin.run('backup.cancel', { jobId: started.jobId });
    const ended = await finished(host.admin, started.jobId);
    expect(ended.state).toBe('cancelled');
    expect(readdirSync(folder)).toEqual([]);
    expect(readdirSync(join(host.dataDir, 'backup-work'))).toEqual([]);
  }, 120_000);
});

describe('a restore cut short by a crash', () => {
  function folderWith(files: Record<string, string>): string {
    const dir = tempDir('ldte-crash-');
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  }
  const read = (dir: string) => Object.fromEntries(Object.entries(storedFileHashes(dir)).concat(['ldte.sqlite', KEY_FILE].filter((f) => existsSync(join(dir, f))).map((f) => [f, readFileSync(join(dir, f), 'utf8')])));

  it('between its renames is rolled back at the next start: the previous data whole', () => {
    // The live data set aside in part (database and key file), the new database already in place.
    const dir = folderWith({
      'backup-work/restore-old/ldte.sqlite': 'old db',
      'backup-work/restore-old/ldte.keys.json': 'old keys',
      'backup-work/restore-old/documents/a.docx': 'old doc',
      'ldte.sqlite': 'new db',
      'attachments/x': 'new photo',
      'backup-work/restore-new/ldte.keys.json': 'new keys',
      'backup-work/restore-journal.json': JSON.stringify({
        phase: 'swapping',
        items: ['ldte.sqlite', 'ldte.sqlite-wal', 'ldte.sqlite-shm', 'ldte.sqlite-journal', KEY_FILE, 'documents', 'attachments'].map((name) => ({
          name,
          existed: ['ldte.sqlite', KEY_FILE, 'documents'].includes(name),
        })),
      }),
    });
    expect(recoverInterruptedRestore(dir)).toBe('rolled_back');
    expect(read(dir)).toEqual({ 'ldte.sqlite': 'old db', [KEY_FILE]: 'old keys', 'documents/a.docx': sha('old doc') });
    expect(existsSync(join(dir, 'backup-work'))).toBe(false);
  });

  it('once every file was in place is finished; a start without a journal only empties the work folder', () => {
    const done = folderWith({ 'ldte.sqlite': 'new db', 'backup-work/restore-old/ldte.sqlite': 'old db', 'backup-work/restore-journal.json': JSON.stringify({ phase: 'done', items: [] }) });
    expect(recoverInterruptedRestore(done)).toBe('finished');
    expect(read(done)).toEqual({ 'ldte.sqlite': 'new db' });
    const quiet = folderWith({ 'ldte.sqlite': 'db', 'backup-work/snapshot-1.sqlite': 'half a snapshot' });
    expect(recoverInterruptedRestore(quiet)).toBe('none');
    expect(readdirSync(quiet)).toEqual(['ldte.sqlite']);
    copyFileSync(join(quiet, 'ldte.sqlite'), join(quiet, 'copy'));
  });
});
