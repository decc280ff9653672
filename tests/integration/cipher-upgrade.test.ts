import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { unlockWithPassword } from '../../db/key-file';
import { applyKey } from '../../db/open-database';
import { checkDatabase } from '../../electron/services/backup/db-worker';
import { startWebHost, type WebHost } from '../../electron/web-host';
import { ADMIN, HostClient, startTestHost } from '../helpers/test-host';

/**
 * The releases up to 2026-12-02 encrypted the database as SQLCipher v4 pages with HMAC-SHA1; today's
 * cipher is AEGIS-256. A data folder of such a release signs in as before: the database is copied
 * aside and re-encrypted in place with today's cipher; its backups (pre-migration copies, the
 * database inside a .ldtb) still open with the key, in either format.
 */

const CHILDREN = ['Lò Văn Khẩucipher', 'Quàng Thị Nọongcipher'];
const KEYED = (key: Buffer) => `key = "x'${key.toString('hex')}'"`;
/** Written out here, not imported: what the earlier release put on disk, whatever the code says today. */
const EARLIER_FORMAT = ["cipher = 'sqlcipher'", 'legacy = 4', 'hmac_algorithm = 0'];
const TODAYS_FORMAT = ["cipher = 'aegis'", "algorithm = 'aegis-256'"];

/** Whether a file opens with these exact pragmas (no fallback) and gives the minors' names. */
function namesWith(path: string, pragmas: string[], key: Buffer): string[] | 'refused' {
  const sqlite = new Database(path, { readonly: true });
  try {
    for (const pragma of [...pragmas, KEYED(key)]) sqlite.pragma(pragma);
    return (sqlite.prepare('SELECT full_name AS name FROM minors ORDER BY full_name').all() as { name: string }[]).map((r) => r.name);
  } catch (error) {
    expect((error as { code?: string }).code).toBe('SQLITE_NOTADB');
    return 'refused';
  } finally {
    sqlite.close();
  }
}

/** Re-encrypts a database file of today's format as the earlier release wrote it. */
function toEarlierFormat(path: string, key: Buffer): void {
  const sqlite = new Database(path);
  try {
    expect(applyKey(sqlite, key)).toBe('current');
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    sqlite.pragma('journal_mode = DELETE');
    for (const pragma of EARLIER_FORMAT) sqlite.pragma(pragma);
    sqlite.pragma(`re${KEYED(key)}`);
  } finally {
    sqlite.close();
  }
}

let host: WebHost | undefined;
const cleanup: string[] = [];
afterEach(async () => {
  await host?.close();
  host = undefined;
  for (const dir of cleanup.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('upgrade from the release with SQLCipher pages', () => {
  it('re-encrypts the database with today’s cipher at sign-in, after a copy aside; every copy still opens with the key', async () => {
    const t = await startTestHost();
    cleanup.push(t.dataDir);
    const { establishment } = await t.admin.run('establishments.create', { name: 'Lò rèn Thử Mã Hóa', kind: 'household_business' });
    const { inspection } = await t.admin.run('inspections.create', { establishmentId: establishment.id, inspectionDate: '2026-11-20' });
    for (const fullName of CHILDREN) {
      await t.admin.run('minors.create', { inspectionId: inspection.id, fullName, sex: 'male', dateOfBirth: '2012-05-01', job: 'Thổi bễ', hoursPerDay: 5 });
    }
    await t.host.close();

    const db = join(t.dataDir, 'ldte.sqlite');
    const key = unlockWithPassword(t.dataDir, ADMIN.login, ADMIN.password)!.dbKey;
    toEarlierFormat(db, key);
    expect(namesWith(db, EARLIER_FORMAT, key)).toEqual(CHILDREN);
    expect(namesWith(db, TODAYS_FORMAT, key)).toBe('refused');
    const earlierCopy = join(t.dataDir, 'earlier-format.sqlite');
    copyFileSync(db, earlierCopy);

    // A backup's database in the earlier format passes the restore check with the key.
    const checked = await checkDatabase(earlierCopy, key, true);
    expect(checked.check).toBe('ok');
    expect(checked.counts.minors).toBe(CHILDREN.length);

    // Sign in: the data read as before.
    host = await startWebHost({ port: 0, dataDir: t.dataDir, rendererDir: join(t.dataDir, 'no-renderer') });
    const client = new HostClient(host);
    await client.run('auth.login', { login: ADMIN.login, password: ADMIN.password });
    const detail = await client.run('inspections.get', { id: inspection.id });
    expect(detail.minors.map((m) => m.fullName).sort()).toEqual(CHILDREN);
    await host.close();
    host = undefined;

    // The file is now in today's format only, and no name is readable in it.
    expect(existsSync(`${db}-journal`)).toBe(false);
    expect(namesWith(db, TODAYS_FORMAT, key)).toEqual(CHILDREN);
    expect(namesWith(db, EARLIER_FORMAT, key)).toBe('refused');
    for (const name of CHILDREN) expect(readFileSync(db).includes(Buffer.from(name.split(' ').at(-1)!))).toBe(false);

    // The copy made before the change keeps the earlier format and opens with the key.
    const copies = readdirSync(join(t.dataDir, 'backups')).filter((f) => f.endsWith('-before-migration.sqlite'));
    expect(copies).toHaveLength(1);
    const copy = join(t.dataDir, 'backups', copies[0]!);
    expect(namesWith(copy, EARLIER_FORMAT, key)).toEqual(CHILDREN);
    const sqlite = new Database(copy, { readonly: true });
    try {
      expect(applyKey(sqlite, key)).toBe('legacy');
    } finally {
      sqlite.close();
    }
  });
});
