import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import packageJson from '../../../package.json';

/**
 * What backups and restores need of the session layer (electron/session/app-session.ts), which
 * holds the database key: the data folder, the key, and the one step only the session may take,
 * putting restored data in place while no connection is open.
 */
export interface BackupAccess {
  readonly dataDir: string;
  readonly databasePath: string;
  readonly migrationsFolder: string;
  /** The key of the data open now; null on a fresh data folder (first start). */
  readonly dbKey: Buffer | null;
  /**
   * Closes the database, runs `swap` (which puts the restored files in place), then ends every
   * session: everyone signs in again, with the accounts of the backup. When `swap` throws, the
   * database is opened again as it was and the sessions stay.
   */
  replaceLiveData(swap: () => void): void;
}

/** This app's version (package.json), written in each backup's manifest. */
export const APP_VERSION: string = packageJson.version;

/** The database's entry in a backup, whatever the live file is called. */
export const DATABASE_ENTRY = 'ldte.sqlite';
/**
 * Folders of stored files (encrypted, file-store.ts) a backup carries, as they are in the data
 * folder: generated documents and exports, attachments (with their thumbnails and print copies),
 * and the users' unsaved form drafts (services/drafts.ts), which belong to the same data and key.
 */
export const STORED_FOLDERS = ['documents', 'attachments', 'drafts'] as const;
/** Work files of backups and restores inside the data folder (snapshots, a restore being prepared); emptied at start. */
export const WORK_FOLDER = 'backup-work';
/** Where copies made before an upgrade go (db/open-database.ts), the default folder of automatic backups too. */
export const BACKUPS_FOLDER = 'backups';

export const defaultBackupFolder = (dataDir: string) => join(dataDir, BACKUPS_FOLDER);
export const workFolder = (dataDir: string) => join(dataDir, WORK_FOLDER);

/** Tells database keys apart without revealing them: an HMAC of a constant under the key. */
export const keyIdOf = (dbKey: Buffer): string => createHmac('sha256', dbKey).update('ldte backup key id v1').digest('hex').slice(0, 32);

/** `a` compared with `b` (dotted numbers, "0.10.2"): negative, 0 or positive. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.+-]/).map((x) => Number.parseInt(x, 10) || 0);
  const pb = b.split(/[.+-]/).map((x) => Number.parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length, 3); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

interface JournalEntry {
  when: number;
  tag: string;
}

/** The migrations this app knows (their tags and drizzle's millis), from the migrations folder's journal. */
export function knownMigrations(migrationsFolder: string): JournalEntry[] {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as { entries: JournalEntry[] };
  return journal.entries.map(({ when, tag }) => ({ when, tag }));
}
