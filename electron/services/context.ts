import { join } from 'node:path';
import type { Db } from '../../db/client';
import { deviceClock } from '../../db/device-clock';
import type { WriteContext } from '../../db/write-path';
import type { Role } from '../../shared/schemas/user';
import type { BackupAccess } from './backup/access';
import { noFileStore, type FileStore } from './file-store';
import { vietnamDayOf } from '../../shared/dates/vietnam-day';

/** Folder of the data folder holding attached files (a backup carries it with the database). */
export const ATTACHMENTS_FOLDER = 'attachments';

/**
 * The wrapped database key is held by the session layer; services that manage accounts wrap
 * it for a user's new password, or drop a user's wrap, through this.
 */
export interface KeyVault {
  setPassword(user: { userId: string; login: string; password: string }): void;
  removeUser(userId: string): void;
}

/**
 * Who acts (the signed-in user: `actor` is the name written in the change log, the audit
 * trail and documents), with which role, on which device and clock, what time it is, and
 * where generated files go and how they are encrypted (`files`, file-store.ts). Tests pass a
 * fixed clock.
 */
export interface ServiceContext extends WriteContext {
  role: Role;
  /** The account's id (users table); absent for work done by the app itself. */
  userId?: string;
  vault?: KeyVault;
  documentsDir: string;
  /** Attached photos and files, each named by the SHA-256 of its content (attachments/). */
  attachmentsDir: string;
  /** Stored files, encrypted with the key the session holds. */
  files: FileStore;
  /** The data folder and its key for backups and restores (services/backup), given by the session layer. */
  backup?: BackupAccess;
}

export interface ContextOptions {
  actor: string;
  role: Role;
  userId?: string;
  vault?: KeyVault;
  dataDir: string;
  /** Without one (benches, tests of the write path), storing or reading a file fails loudly. */
  files?: FileStore;
  backup?: BackupAccess;
  now?: () => Date;
}

export function createServiceContext(db: Db, options: ContextOptions): ServiceContext {
  const clock = deviceClock(db.$client);
  return {
    actor: options.actor,
    role: options.role,
    userId: options.userId,
    vault: options.vault,
    deviceId: clock.deviceId,
    clock,
    now: options.now ?? (() => new Date()),
    documentsDir: join(options.dataDir, 'documents'),
    attachmentsDir: join(options.dataDir, ATTACHMENTS_FOLDER),
    files: options.files ?? noFileStore,
    ...(options.backup ? { backup: options.backup } : {}),
  };
}

/** Today's date (YYYY-MM-DD) in Viet Nam, whatever the machine's time zone. */
export function todayInVietnam(ctx: Pick<ServiceContext, 'now'>): string {
  return vietnamDayOf(ctx.now());
}
