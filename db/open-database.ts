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
  /** The database key (db/key-file.ts): the file is encrypted with it (see CIPHER_PRAGMAS). */
  key?: Buffer;
}

/**
 * The cipher: AEGIS-256 (SQLite3 Multiple Ciphers), authenticated encryption of every page with
 * its own nonce and tag, run on the processor's AES instructions: a tampered page is refused, and
 * reading costs about what it costs in the clear (`BENCH=encrypted`). Set before anything else is
 * read or written.
 */
const CIPHER_PRAGMAS = ["cipher = 'aegis'", "algorithm = 'aegis-256'"];

/** What earlier releases wrote (SQLCipher v4 pages, HMAC-SHA1): opened only to be converted. */
const LEGACY_CIPHER_PRAGMAS = ["cipher = 'sqlcipher'", 'legacy = 4', 'hmac_algorithm = 0'];

export function applyCipher(sqlite: Database.Database): void {
  for (const pragma of CIPHER_PRAGMAS) sqlite.pragma(pragma);
}

const hexKey = (key: Buffer) => `"x'${key.toString('hex')}'"`;

/**
 * The pragmas that open an encrypted file with its key, one list per format to try in order
 * (today's, then the earlier releases'): for a connection made elsewhere (a worker thread's,
 * services/backup/db-worker.ts), from this one definition.
 */
export const keyPragmaSets = (key: Buffer): string[][] =>
  [CIPHER_PRAGMAS, LEGACY_CIPHER_PRAGMAS].map((cipher) => [...cipher, `key = ${hexKey(key)}`]);

/** How a file was encrypted: with today's cipher, or by an earlier release (to be converted). */
export type CipherFormat = 'current' | 'legacy';

const readSchema = (sqlite: Database.Database) => sqlite.prepare('SELECT count(*) FROM sqlite_master').get();

/** False when the key does not open the file (SQLITE_NOTADB); any other failure is thrown. */
function readsWithKey(sqlite: Database.Database): boolean {
  try {
    readSchema(sqlite);
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') return false;
    throw error;
  }
}

/**
 * Opens an encrypted file with its raw 256-bit key (no key derivation: the key is random), in
 * today's format or, failing that, an earlier release's. A key that opens neither throws
 * SQLite's «file is not a database».
 */
export function applyKey(sqlite: Database.Database, key: Buffer): CipherFormat {
  const [current, legacy] = keyPragmaSets(key) as [string[], string[]];
  for (const pragma of current) sqlite.pragma(pragma);
  if (readsWithKey(sqlite)) return 'current';
  for (const pragma of legacy) sqlite.pragma(pragma);
  readSchema(sqlite);
  return 'legacy';
}

/** Encrypts a plaintext file, or re-encrypts one of an earlier format, in place with today's cipher (not in WAL mode). */
export function applyRekey(sqlite: Database.Database, key: Buffer): void {
  applyCipher(sqlite);
  sqlite.pragma(`rekey = ${hexKey(key)}`);
}

/**
 * A file encrypted by an earlier release is copied aside (still encrypted) and re-encrypted with
 * today's cipher, in one transaction of SQLite's rollback journal (rekey does not run under WAL).
 */
function upgradeCipher(sqlite: Database.Database, path: string, backupDir: string, key: Buffer): void {
  backupDatabase(sqlite, path, backupDir, 'before-migration');
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.pragma('journal_mode = DELETE');
  applyRekey(sqlite, key);
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
  const backupDir = options.backupDir ?? join(dirname(path), 'backups');
  try {
    if (options.key && applyKey(sqlite, options.key) === 'legacy') upgradeCipher(sqlite, path, backupDir, options.key);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('temp_store = MEMORY');
    if (existed && pendingMigrations(sqlite, migrationsFolder).length > 0) {
      backupDatabase(sqlite, path, backupDir, 'before-migration');
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
