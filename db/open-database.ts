import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { backupDatabase } from './backup';
import { wrap, type Db } from './client';
import { ensureLocalDevice } from './local-device';
import { migrate, pendingMigrations } from './migrate';
import { seedDatabase } from './seed';

export interface OpenOptions {
  migrationsFolder?: string;
  /** Where pre-migration copies go; defaults to `<db dir>/backups`. */
  backupDir?: string;
  /** Seed the legal and reference catalogues (default true). */
  seed?: boolean;
  /** The database key (db/key-file.ts): the file is encrypted with it (SQLCipher scheme). */
  key?: Buffer;
}

/**
 * The cipher: SQLCipher v4's page format (AES-256) with HMAC-SHA1 page authentication, which
 * costs far less on every read than v4's HMAC-SHA512 and still refuses a tampered page.
 * Set before anything else is read or written (better-sqlite3-multiple-ciphers).
 */
const CIPHER_PRAGMAS = ["cipher = 'sqlcipher'", 'legacy = 4', 'hmac_algorithm = 0'];

export function applyCipher(sqlite: Database.Database): void {
  for (const pragma of CIPHER_PRAGMAS) sqlite.pragma(pragma);
}

const hexKey = (key: Buffer) => `"x'${key.toString('hex')}'"`;

/**
 * The pragmas that open an encrypted file with its key, in order: for a connection made
 * elsewhere (a worker thread's, services/backup/db-worker.ts), from this one definition.
 */
export const keyPragmas = (key: Buffer): string[] => [...CIPHER_PRAGMAS, `key = ${hexKey(key)}`];

/** Opens an encrypted file with its raw 256-bit key (no key derivation: the key is random). */
export function applyKey(sqlite: Database.Database, key: Buffer): void {
  for (const pragma of keyPragmas(key)) sqlite.pragma(pragma);
}

/** Encrypts a plaintext file in place (the connection must not be in WAL mode). */
export function applyRekey(sqlite: Database.Database, key: Buffer): void {
  applyCipher(sqlite);
  sqlite.pragma(`rekey = ${hexKey(key)}`);
}

/** Beside this module, wherever the process was started from (the packaged app passes its own). */
export const DEFAULT_MIGRATIONS_FOLDER = resolve(__dirname, 'migrations');

/**
 * Opens (creating if needed) the app database: WAL, foreign keys, busy timeout; copies an
 * existing file aside before applying pending migrations (all in one transaction); creates
 * this installation's device id; seeds the catalogues on first run.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const migrationsFolder = options.migrationsFolder ?? DEFAULT_MIGRATIONS_FOLDER;
  mkdirSync(dirname(path), { recursive: true });
  const existed = existsSync(path);
  const sqlite = new Database(path);
  try {
    if (options.key) applyKey(sqlite, options.key);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('temp_store = MEMORY');
    if (existed && pendingMigrations(sqlite, migrationsFolder).length > 0) {
      backupDatabase(sqlite, path, options.backupDir ?? join(dirname(path), 'backups'), 'before-migration');
    }
    migrate(sqlite, migrationsFolder);
    const db = wrap(sqlite);
    if (hasDevicesTable(sqlite)) ensureLocalDevice(sqlite);
    if (options.seed !== false) seedDatabase(db);
    return db;
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

/** A test may open an early prefix of the migrations, before the devices table existed. */
const hasDevicesTable = (sqlite: Database.Database) => Boolean(sqlite.prepare("SELECT 1 FROM sqlite_master WHERE name = 'devices'").get());
