import { mkdirSync } from 'node:fs';
import type { Db } from '../../db/client';
import { openDatabase } from '../../db/open-database';
import type { ApiResult } from '../../shared/errors';
import { openAppLog, type AppLog } from '../app-log';
import { databasePath } from '../app-paths';
import { acquireDataFolderLock, type DataFolderLock } from '../data-folder-lock';
import { dispatch } from '../dispatch';
import { createServiceContext, type ServiceContext } from '../services/context';

export interface DataServiceOptions {
  dataDir: string;
  /** Who acts (until users exist: the operating-system account). */
  actor: string;
  /** Which shell holds the data folder, written in its lock. */
  owner: 'desktop' | 'web';
  /** The bundled app passes the copy built beside it; tsx and vitest use db/migrations. */
  migrationsFolder?: string;
}

/** The data side of the app, the same in both shells: the folder's lock, the database, dispatch. */
export interface DataService {
  readonly db: Db;
  readonly ctx: ServiceContext;
  readonly log: AppLog;
  dispatch(name: string, input: unknown): Promise<ApiResult<unknown>>;
  /** Closes the database and releases the folder; safe to call twice. */
  close(): void;
}

/**
 * Takes the data folder (refusing one another instance holds: DataFolderLockedError), opens
 * the database (migrating it), and answers commands. Throws on any startup failure, with the
 * folder released again; the caller logs it and tells the user.
 */
export function openDataService(options: DataServiceOptions): DataService {
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const log = openAppLog(options.dataDir);
  const lock: DataFolderLock = acquireDataFolderLock(options.dataDir, options.owner);
  let db: Db;
  let ctx: ServiceContext;
  try {
    db = openDatabase(databasePath(options.dataDir), options.migrationsFolder ? { migrationsFolder: options.migrationsFolder } : {});
    try {
      ctx = createServiceContext(db, { actor: options.actor, dataDir: options.dataDir });
    } catch (error) {
      db.$client.close();
      throw error;
    }
  } catch (error) {
    lock.release();
    throw error;
  }
  let closed = false;
  return {
    db,
    ctx,
    log,
    dispatch: (name, input) => dispatch(name, input, db, ctx),
    close() {
      if (closed) return;
      closed = true;
      try {
        if (db.$client.open) db.$client.close();
      } finally {
        lock.release();
      }
    },
  };
}
