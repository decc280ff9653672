import { existsSync, mkdirSync } from 'node:fs';
import { hasKeyFile } from '../../db/key-file';
import { openDatabase } from '../../db/open-database';
import { openAppLog, type AppLog } from '../app-log';
import { databasePath } from '../app-paths';
import { acquireDataFolderLock, type DataFolderLock } from '../data-folder-lock';
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
  /** Closes the database and releases the folder; safe to call twice. */
  close(): void;
}

/**
 * Takes the data folder (refusing one another instance holds: DataFolderLockedError). The
 * encrypted database opens at the first sign-in; a database of a release without
 * encryption is brought up to date here, so a failed upgrade is a startup failure.
 * Files made from now on are readable by this account only (folders 0700, files 0600).
 */
export function openDataService(options: DataServiceOptions): DataService {
  process.umask(0o077);
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const log = openAppLog(options.dataDir);
  const lock: DataFolderLock = acquireDataFolderLock(options.dataDir, options.owner);
  const path = databasePath(options.dataDir);
  try {
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
    close() {
      if (closed) return;
      closed = true;
      try {
        session.close();
      } finally {
        lock.release();
      }
    },
  };
}
