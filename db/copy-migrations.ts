import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Copies what `migrate` reads at run time (the SQL files and meta/_journal.json, not the
 * drizzle-kit snapshots) into `to`. The build puts them beside the bundled main process
 * (out/main/migrations), so the packaged app finds them relative to itself.
 */
export function copyMigrations(from: string, to: string): string[] {
  mkdirSync(join(to, 'meta'), { recursive: true });
  const files = readdirSync(from).filter((f) => f.endsWith('.sql')).sort();
  for (const file of files) copyFileSync(join(from, file), join(to, file));
  copyFileSync(join(from, 'meta', '_journal.json'), join(to, 'meta', '_journal.json'));
  return [...files, 'meta/_journal.json'];
}
