import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { UPGRADE_COPY } from '../../db/backup';
import { DEFAULT_MIGRATIONS_FOLDER, openDatabase } from '../../db/open-database';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ldte-mig-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

type Journal = { entries: { tag: string }[] };
const journal = (): Journal => JSON.parse(readFileSync(join(DEFAULT_MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8'));

/** A copy of the migrations folder holding only the first `count` migrations. */
function migrationsPrefix(count: number): string {
  const folder = join(tempDir(), 'migrations');
  cpSync(DEFAULT_MIGRATIONS_FOLDER, folder, { recursive: true });
  const j = journal();
  writeFileSync(join(folder, 'meta/_journal.json'), JSON.stringify({ ...j, entries: j.entries.slice(0, count) }));
  return folder;
}

function columns(sqlite: Database.Database): Set<string> {
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
  const out = new Set<string>();
  for (const { name } of tables) {
    for (const c of sqlite.prepare(`PRAGMA table_info("${name}")`).all() as { name: string }[]) out.add(`${name}.${c.name}`);
  }
  return out;
}

describe('migrations', () => {
  it('build the whole schema on an empty file, with WAL and foreign keys on', () => {
    const path = join(tempDir(), 'app.sqlite');
    const db = openDatabase(path);
    const sqlite = db.$client;
    const cols = columns(sqlite);
    for (const c of ['establishments.tax_code', 'establishments.search_rowid', 'establishments.deleted_at', 'officials.agency_id', 'communes.province_code', 'audit_log.changes']) {
      expect(cols).toContain(c);
    }
    expect(sqlite.prepare("SELECT sql FROM sqlite_master WHERE name = 'establishments_fts'").get()).toMatchObject({ sql: expect.stringContaining('fts5') });
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    const applied = sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number };
    expect(applied.n).toBe(journal().entries.length);
    sqlite.close();
  });

  it('are additive only: every column of every earlier step still exists after the last', () => {
    const total = journal().entries.length;
    const path = join(tempDir(), 'app.sqlite');
    const seen = new Set<string>();
    for (let count = 1; count <= total; count++) {
      const db = openDatabase(path, { migrationsFolder: migrationsPrefix(count), seed: false });
      const now = columns(db.$client);
      const lost = [...seen].filter((c) => !now.has(c));
      expect(lost, `dropped or renamed by migration ${journal().entries[count - 1]!.tag}`).toEqual([]);
      now.forEach((c) => seen.add(c));
      db.$client.close();
    }
  });

  it('copy the existing file aside before migrating, keeping the last copies', () => {
    const dir = tempDir();
    const path = join(dir, 'app.sqlite');
    openDatabase(path, { migrationsFolder: migrationsPrefix(1), seed: false }).$client.close();
    const backups = join(dir, 'backups');
    expect(existsSync(backups)).toBe(false);
    const db = openDatabase(path);
    const copies = readdirSync(backups);
    expect(copies).toHaveLength(1);
    const copy = new Database(join(backups, copies[0]!), { readonly: true });
    expect((copy.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n).toBe(1);
    copy.close();
    db.$client.close();
    openDatabase(path).$client.close();
    expect(readdirSync(backups)).toHaveLength(1);
  });

  it('keep every copy made before an upgrade: a failed upgrade tried again never rotates the first copy away', () => {
    const dir = tempDir();
    const path = join(dir, 'app.sqlite');
    openDatabase(path, { migrationsFolder: migrationsPrefix(1), seed: false }).$client.close();
    const broken = migrationsPrefix(journal().entries.length);
    writeFileSync(join(broken, `${journal().entries.at(-1)!.tag}.sql`), 'THIS IS NOT SQL;');
    // The same failed upgrade, tried seven times (the old rotation kept five).
    for (let i = 0; i < 7; i++) expect(() => openDatabase(path, { migrationsFolder: broken, seed: false })).toThrow();
    const copies = readdirSync(join(dir, 'backups')).sort();
    expect(copies).toHaveLength(7);
    expect(copies.every((c) => UPGRADE_COPY.test(c))).toBe(true);
    // The first copy is the data as the previous version left it.
    const first = new Database(join(dir, 'backups', copies[0]!), { readonly: true });
    expect((first.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n).toBe(1);
    first.close();
    // Once the upgrade works, its copy is one more; none is deleted.
    openDatabase(path, { seed: false }).$client.close();
    expect(readdirSync(join(dir, 'backups'))).toHaveLength(8);
  });

  it('roll back completely when a migration fails, leaving the file as it was', () => {
    const dir = tempDir();
    const path = join(dir, 'app.sqlite');
    openDatabase(path, { migrationsFolder: migrationsPrefix(1), seed: false }).$client.close();
    const broken = migrationsPrefix(journal().entries.length);
    const last = journal().entries.at(-1)!.tag;
    writeFileSync(join(broken, `${last}.sql`), 'CREATE TABLE ok_table (a);\n--> statement-breakpoint\nTHIS IS NOT SQL;');
    expect(() => openDatabase(path, { migrationsFolder: broken, seed: false })).toThrow();
    const sqlite = new Database(path, { readonly: true });
    expect(sqlite.prepare("SELECT 1 FROM sqlite_master WHERE name = 'ok_table'").get()).toBeUndefined();
    expect((sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n).toBe(1);
    sqlite.close();
  });
});

describe('first run', () => {
  it('seeds the 34 provinces, their communes, legacy provinces and the joint-team agencies, once', () => {
    const path = join(tempDir(), 'app.sqlite');
    const db = openDatabase(path);
    const count = (sql: string) => (db.$client.prepare(sql).get() as { n: number }).n;
    expect(count('SELECT count(*) AS n FROM provinces')).toBe(34);
    expect(count('SELECT count(*) AS n FROM communes')).toBeGreaterThan(3000);
    expect(count('SELECT count(*) AS n FROM legacy_provinces')).toBe(63);
    expect(count("SELECT count(*) AS n FROM provinces WHERE name = 'Tỉnh Lạng Sơn'")).toBe(1);
    expect(count('SELECT count(*) AS n FROM agencies')).toBe(9);
    db.$client.prepare("UPDATE agencies SET name = 'Sở Nội vụ tỉnh Lạng Sơn' WHERE kind = 'labour'").run();
    db.$client.prepare("DELETE FROM agencies WHERE kind = 'health'").run();
    db.$client.close();
    const again = openDatabase(path);
    expect(again.$client.prepare("SELECT name FROM agencies WHERE kind = 'labour'").get()).toEqual({ name: 'Sở Nội vụ tỉnh Lạng Sơn' });
    expect((again.$client.prepare('SELECT count(*) AS n FROM agencies').get() as { n: number }).n).toBe(8);
    again.$client.close();
  });
});
