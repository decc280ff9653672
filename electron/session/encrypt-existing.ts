import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { applyKey, applyRekey } from '../../db/open-database';

/**
 * Encrypts a database file of a release without encryption, in place (the cipher's `rekey`,
 * which needs the rollback journal, not WAL). Returns true when the file opens with the key
 * and passes an integrity check afterwards.
 */
export function rekeyFile(path: string, key: Buffer): boolean {
  const sqlite = new Database(path);
  try {
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    sqlite.pragma('journal_mode = DELETE');
    applyRekey(sqlite, key);
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

/** The pre-upgrade copies in `backups/` still in the clear are encrypted too: nothing readable is left behind. */
export function encryptBackups(backupsDir: string, key: Buffer): void {
  if (!existsSync(backupsDir)) return;
  for (const file of readdirSync(backupsDir).filter((f) => f.endsWith('.sqlite'))) {
    const copy = join(backupsDir, file);
    if (isPlaintext(copy)) rekeyFile(copy, key);
  }
}

/** A database file and its journal files. */
export function removeDatabaseFiles(path: string): void {
  for (const file of [path, `${path}-wal`, `${path}-shm`, `${path}-journal`]) rmSync(file, { force: true });
}

/** Where first-start setup prepares the database before it takes its place. */
export const stagingPath = (path: string) => `${path}.setup`;

/**
 * The staging file takes the database's place (the previous release's plaintext file and its
 * journal files go). At start, a staging file left by a crash is finished when the key file
 * was written, else thrown away.
 */
export function finishSetup(path: string): void {
  for (const file of [`${path}-wal`, `${path}-shm`, `${path}-journal`]) rmSync(file, { force: true });
  renameSync(stagingPath(path), path);
}

export function recoverInterruptedSetup(path: string, keyFileWritten: boolean): void {
  if (!existsSync(stagingPath(path))) return;
  if (keyFileWritten) finishSetup(path);
  else removeDatabaseFiles(stagingPath(path));
}
