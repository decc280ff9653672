import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { applyKey } from '../../db/open-database';

/**
 * Encrypts a database file of a release without encryption, in place (SQLCipher `rekey`,
 * which needs the rollback journal, not WAL). Returns true when the file opens with the key
 * and passes an integrity check afterwards.
 */
function rekeyFile(path: string, key: Buffer): boolean {
  const sqlite = new Database(path);
  try {
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    sqlite.pragma('journal_mode = DELETE');
    sqlite.pragma("cipher = 'sqlcipher'");
    sqlite.pragma('legacy = 4');
    sqlite.pragma(`rekey = "x'${key.toString('hex')}'"`);
  } finally {
    sqlite.close();
  }
  const check = new Database(path);
  try {
    applyKey(check, key);
    return check.pragma('integrity_check', { simple: true }) === 'ok';
  } finally {
    check.close();
  }
}

const isPlaintext = (path: string): boolean => {
  const probe = new Database(path, { readonly: true });
  try {
    probe.prepare('SELECT count(*) FROM sqlite_master').get();
    return true;
  } catch {
    return false;
  } finally {
    probe.close();
  }
};

/**
 * The upgrade to encryption at rest: a plaintext copy aside first (VACUUM INTO), then the
 * live file encrypted in place and verified, then the copy removed; the older pre-upgrade
 * copies in `backups/` are encrypted too, so nothing readable is left behind.
 */
export function encryptExistingDatabase(path: string, backupsDir: string, key: Buffer): void {
  const aside = `${path}.before-encryption`;
  rmSync(aside, { force: true });
  const plain = new Database(path);
  try {
    plain.prepare('VACUUM INTO ?').run(aside);
  } finally {
    plain.close();
  }
  if (!rekeyFile(path, key)) throw new Error('the encrypted database failed its integrity check; the plaintext copy is kept beside it');
  rmSync(aside, { force: true });
  for (const wal of [`${path}-wal`, `${path}-shm`]) rmSync(wal, { force: true });
  if (existsSync(backupsDir)) {
    for (const file of readdirSync(backupsDir).filter((f) => f.endsWith('.sqlite'))) {
      const copy = join(backupsDir, file);
      if (isPlaintext(copy)) rekeyFile(copy, key);
    }
  }
}
