import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { hasKeyFile } from '../../db/key-file';
import { recoverInterruptedSetup } from '../session/encrypt-existing';
import { openDatabase } from '../../db/open-database';
import { openAppLog, type AppLog } from '../app-log';
import { databasePath } from '../app-paths';
import { acquireDataFolderLock, type DataFolderLock } from '../data-folder-lock';
import { recoverInterruptedRestore } from '../services/backup/restore';
import { removeTempCopies, removeUnfinishedFiles, TEMP_COPIES_FOLDER } from '../services/file-store';
import { AppSession, type SessionAnswer } from '../session/app-session';

export interface DataServiceOptions {
  dataDir: string;
  /** Which shell holds the data folder, written in its lock. */
  owner: 'desktop' | 'web';
  /** The bundled app passes the copy built beside it; tsx and vitest use db/migrations. */
  migrationsFolder?: string;
  now?: () => Date;
}

/** The data side of the app, the same in both shells: the folder's lock, the signed-in sessions, dispatch. */
export interface DataService {
  readonly session: AppSession;
  readonly log: AppLog;
  /** Runs a command for the session `key`; `newKey` names a session a sign-in opens. */
  call(name: string, input: unknown, key: string | undefined, newKey: () => string): Promise<SessionAnswer>;
  /** At exit, before `close`: the automatic backup when it is due, and any backup or restore running, awaited. */
  finishBackups(): Promise<void>;
  /** Closes the database and releases the folder; safe to call twice. */
  close(): void;
}

/** What the app keeps in its data folder (Electron keeps its own caches beside them). */
const OWN_FOLDERS = ['documents', 'backups', 'logs', TEMP_COPIES_FOLDER];
const OWN_FILE = /^(ldte\.|instance\.lock$)/;

/**
 * Folders 0700 and files 0600 (Linux, macOS): the data folder itself and what the app keeps in
 * it, also when an earlier release left them 0755/0644. Symbolic links are left alone. Windows
 * has no such modes (the folder is under the user's profile).
 */
export function restrictDataFolder(dataDir: string, platform = process.platform): void {
  if (platform === 'win32') return;
  const fix = (path: string, depth: number): void => {
    let stat;
    try {
      stat = lstatSync(path);
    } catch {
      return;
    }
    if (stat.isSymbolicLink()) return;
    if (stat.isDirectory()) {
      if ((stat.mode & 0o777) !== 0o700) chmodSync(path, 0o700);
      if (depth < 3) for (const entry of readdirSync(path)) fix(join(path, entry), depth + 1);
    } else if (stat.isFile() && (stat.mode & 0o777 & ~0o600) !== 0) {
      // A temporary copy may be read-only (0400): only bits beyond the owner's are taken away.
      chmodSync(path, stat.mode & 0o700 & ~0o100);
    }
  };
  if ((lstatSync(dataDir).mode & 0o777) !== 0o700) chmodSync(dataDir, 0o700);
  for (const entry of readdirSync(dataDir)) {
    if (OWN_FOLDERS.includes(entry) || OWN_FILE.test(entry)) fix(join(dataDir, entry), 1);
  }
}

/**
 * Takes the data folder (refusing one another instance holds: DataFolderLockedError). The
 * encrypted database opens at the first sign-in; a database of a release without
 * encryption is brought up to date here, so a failed upgrade is a startup failure.
 * Files made from now on are readable by this account only (folders 0700, files 0600), and
 * those made before are set so. What a crash left behind goes first: temporary decrypted
 * copies and unfinished (`.part`) document and export files (file-store.ts); the copies are
 * removed again when the service closes.
 */
export function openDataService(options: DataServiceOptions): DataService {
  process.umask(0o077);
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const log = openAppLog(options.dataDir);
  const lock: DataFolderLock = acquireDataFolderLock(options.dataDir, options.owner);
  const path = databasePath(options.dataDir);
  try {
    removeTempCopies(options.dataDir);
    // A restore cut short by a crash is rolled back (or finished) before anything reads the data.
    const restore = recoverInterruptedRestore(options.dataDir);
    if (restore !== 'none') log.write('WARN', 'start', `a restore interrupted by a crash was ${restore === 'rolled_back' ? 'rolled back' : 'finished'}`);
    const unfinished = removeUnfinishedFiles(join(options.dataDir, 'documents'));
    if (unfinished.length > 0) log.write('INFO', 'start', `removed ${unfinished.length} unfinished file(s) left in documents/`);
    restrictDataFolder(options.dataDir);
    recoverInterruptedSetup(path, hasKeyFile(options.dataDir));
    if (!hasKeyFile(options.dataDir) && existsSync(path)) {
      openDatabase(path, options.migrationsFolder ? { migrationsFolder: options.migrationsFolder } : {}).$client.close();
    }
  } catch (error) {
    lock.release();
    throw error;
  }
  const session = new AppSession({ dataDir: options.dataDir, databasePath: path, migrationsFolder: options.migrationsFolder, now: options.now });
  let closed = false;
  return {
    session,
    log,
    call: (name, input, key, newKey) => session.call(name, input, key, newKey),
    finishBackups: () => session.finishBackups(),
    close() {
      if (closed) return;
      closed = true;
      try {
        session.close();
        removeTempCopies(options.dataDir);
      } finally {
        lock.release();
      }
    },
  };
}
