import { existsSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type Database from 'better-sqlite3';

/** Name of a copy made before an upgrade: `<db>-<ISO stamp>-before-migration.sqlite`. */
export const UPGRADE_COPY = /-before-migration\.sqlite$/;

/**
 * Copies the live database aside before an upgrade (VACUUM INTO is consistent under WAL; an
 * encrypted database gives an encrypted copy). Returns the copy's path.
 *
 * Copies made before an upgrade are never deleted by the app: an upgrade that fails and is tried
 * again makes one more copy each time, and the first of them may be the only copy of the data as
 * the previous version left it (issue 13). The "Sao lưu và khôi phục" page lists them; the
 * automatic backups (.ldtb, services/backup) rotate only among themselves.
 */
export function backupDatabase(sqlite: Database.Database, dbPath: string, dir: string, label: string): string {
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  // Two copies in the same millisecond get distinct names: an earlier copy is never overwritten.
  let target = join(dir, `${basename(dbPath, '.sqlite')}-${stamp}-${label}.sqlite`);
  for (let n = 2; existsSync(target); n++) target = join(dir, `${basename(dbPath, '.sqlite')}-${stamp}-${n}-${label}.sqlite`);
  sqlite.prepare('VACUUM INTO ?').run(target);
  return target;
}
