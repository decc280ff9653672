import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { backupDatabase } from './backup';
import { wrap, type Db } from './client';
import { seedDatabase } from './seed';

export interface OpenOptions {
  migrationsFolder?: string;
  /** Where pre-migration copies go; defaults to `<db dir>/backups`. */
  backupDir?: string;
  /** Seed the legal and reference catalogues (default true). */
  seed?: boolean;
}

export const DEFAULT_MIGRATIONS_FOLDER = resolve(process.cwd(), 'db/migrations');

function pendingMigrationCount(sqlite: Database.Database, migrationsFolder: string): number {
  const all = readMigrationFiles({ migrationsFolder });
  const hasTable = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name='__drizzle_migrations'")
    .get();
  if (!hasTable) return all.length;
  const last = sqlite.prepare('SELECT max(created_at) AS at FROM __drizzle_migrations').get() as { at: number | null };
  return all.filter((m) => last.at === null || m.folderMillis > Number(last.at)).length;
}

/**
 * Opens (creating if needed) the app database: WAL, foreign keys, busy timeout; copies an
 * existing file aside before applying pending migrations (drizzle runs them in one
 * transaction); seeds the catalogues on first run.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const migrationsFolder = options.migrationsFolder ?? DEFAULT_MIGRATIONS_FOLDER;
  mkdirSync(dirname(path), { recursive: true });
  const existed = existsSync(path);
  const sqlite = new Database(path);
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('temp_store = MEMORY');
    const pending = pendingMigrationCount(sqlite, migrationsFolder);
    if (existed && pending > 0) {
      backupDatabase(sqlite, path, options.backupDir ?? join(dirname(path), 'backups'), 'before-migration');
    }
    const db = wrap(sqlite);
    if (pending > 0) migrate(db, { migrationsFolder });
    if (options.seed !== false) seedDatabase(db);
    return db;
  } catch (error) {
    sqlite.close();
    throw error;
  }
}
