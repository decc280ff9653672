import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type Database from 'better-sqlite3';

export const BACKUPS_KEPT = 5;

/**
 * Copies the live database aside (VACUUM INTO is consistent under WAL) and keeps the
 * newest BACKUPS_KEPT copies. Returns the copy's path.
 */
export function backupDatabase(sqlite: Database.Database, dbPath: string, dir: string, label: string): string {
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = join(dir, `${basename(dbPath, '.sqlite')}-${stamp}-${label}.sqlite`);
  if (existsSync(target)) rmSync(target);
  sqlite.prepare('VACUUM INTO ?').run(target);
  const copies = readdirSync(dir)
    .filter((f) => f.endsWith('.sqlite'))
    .sort();
  for (const old of copies.slice(0, Math.max(0, copies.length - BACKUPS_KEPT))) rmSync(join(dir, old));
  return target;
}
