/**
 * The commands of the "Sao lưu và khôi phục" page (admin), and the automatic backup the session
 * starts when it is due. The work itself: make-backup.ts, restore.ts; the file: backup-file.ts.
 */
import { isAbsolute, resolve } from 'node:path';
import type { Db } from '../../../db/client';
import { writeTx } from '../../../db/write-path';
import type { CommandParsedInput } from '../../../shared/commands';
import { CommandError } from '../../../shared/errors';
import type { BackupJob, BackupOverview, BackupSettings } from '../../../shared/schemas/backup';
import { logInternalError } from '../../app-log';
import { writeAudit } from '../audit';
import type { ServiceContext } from '../context';
import { defaultBackupFolder, type BackupAccess } from './access';
import { Cancelled, readManifest } from './backup-file';
import { cancelJob, failureMessage, jobStatus, runningJob, startJob } from './jobs';
import { ensureWritableFolder, makeBackup } from './make-backup';
import { startCheck, startRestore } from './restore';
import {
  backupSettings,
  isBackupDue,
  lastScheduledAt,
  listBackups,
  nextBackupDue,
  recordScheduledBackup,
  recordScheduledFailure,
  rotateScheduledBackups,
  scheduledFailure,
  storeBackupSettings,
  summaryOf,
  upgradeCopies,
} from './schedule';

function accessOf(ctx: ServiceContext): BackupAccess {
  if (!ctx.backup) throw new CommandError('CONFLICT', 'Sao lưu và khôi phục chỉ làm được khi đã đăng nhập vào dữ liệu của ứng dụng');
  return ctx.backup;
}

/** A folder typed by the user: a full path of this machine, that can take a file now. */
function usableFolder(folder: string, field: string): string {
  if (!isAbsolute(folder)) throw new CommandError('VALIDATION', 'Nhập đường dẫn đầy đủ của thư mục (ví dụ E:\\SaoLuu hoặc /media/usb/SaoLuu)', [{ path: [field], message: 'Nhập đường dẫn đầy đủ của thư mục' }]);
  const path = resolve(folder);
  try {
    ensureWritableFolder(path);
  } catch (error) {
    const message = failureMessage(error, `Không ghi được vào thư mục «${path}»; hãy chọn thư mục khác.`);
    throw new CommandError('VALIDATION', message, [{ path: [field], message }]);
  }
  return path;
}

const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

// ---- reads -----------------------------------------------------------------------------------

export async function backupOverview(db: Db, _input: unknown, ctx: ServiceContext): Promise<BackupOverview> {
  const access = accessOf(ctx);
  const settings = backupSettings(db, access.dataDir);
  const last = lastScheduledAt(db);
  const due = nextBackupDue(settings.schedule, last, ctx.now());
  const failure = scheduledFailure(db);
  let backups: BackupOverview['backups'] = [];
  try {
    backups = await listBackups(settings.folder, access);
  } catch {
    // The folder is on a USB stick not plugged in now: nothing listed.
  }
  const running = runningJob(access.dataDir);
  return {
    settings,
    defaultFolder: defaultBackupFolder(access.dataDir),
    ...(last ? { lastScheduledAt: last.toISOString() } : {}),
    ...(due ? { nextDueAt: due.toISOString() } : {}),
    ...(failure ? { lastScheduledFailure: failure } : {}),
    backups,
    upgradeCopies: upgradeCopies(access.dataDir),
    ...(running ? { running } : {}),
  };
}

export async function listBackupFolder(db: Db, input: CommandParsedInput<'backup.list'>, ctx: ServiceContext) {
  const access = accessOf(ctx);
  const folder = input.folder ?? backupSettings(db, access.dataDir).folder;
  if (!isAbsolute(folder)) throw new CommandError('VALIDATION', 'Nhập đường dẫn đầy đủ của thư mục', [{ path: ['folder'], message: 'Nhập đường dẫn đầy đủ của thư mục' }]);
  return listBackups(resolve(folder), access);
}

export async function inspectBackup(_db: Db, input: CommandParsedInput<'backup.inspect'>, ctx: ServiceContext) {
  const access = accessOf(ctx);
  return summaryOf(await readManifest(resolve(input.path)), access);
}

export const backupJobStatus = (_db: Db, input: CommandParsedInput<'backup.status'>): BackupJob => jobStatus(input.jobId);
export const cancelBackupJob = (_db: Db, input: CommandParsedInput<'backup.cancel'>): BackupJob => cancelJob(input.jobId);

// ---- settings ----------------------------------------------------------------------------------

export function updateBackupSettings(db: Db, input: CommandParsedInput<'backup.updateSettings'>, ctx: ServiceContext): BackupSettings {
  const access = accessOf(ctx);
  const folder = input.folder !== undefined ? usableFolder(input.folder, 'folder') : undefined;
  return writeTx(db, () => {
    storeBackupSettings(db, ctx.now(), { ...input, ...(folder ? { folder } : {}) });
    const settings = backupSettings(db, access.dataDir);
    writeAudit(db, ctx, { action: 'update', entity: 'backup_settings', note: `Sao lưu tự động: ${settings.schedule}, giữ ${settings.keep} bản, thư mục ${settings.folder}` });
    return settings;
  });
}

// ---- the work ----------------------------------------------------------------------------------

export function createBackup(db: Db, input: CommandParsedInput<'backup.create'>, ctx: ServiceContext): BackupJob {
  const access = accessOf(ctx);
  const folder = usableFolder(input.folder, 'folder');
  return startJob(
    access.dataDir,
    'backup',
    'Đang chuẩn bị sao lưu…',
    async (control) => {
      const made = await makeBackup(access, { folder, kind: 'manual', now: ctx.now() }, control);
      control.cancellable = false;
      writeTx(db, () =>
        writeAudit(db, ctx, { action: 'export', entity: 'backup', note: `Sao lưu toàn bộ dữ liệu (đã mã hóa) vào ${made.path} (${MB(made.sizeBytes)})` }),
      );
      return { stage: 'Đã sao lưu xong', file: made.path, summary: summaryOf({ path: made.path, fileSize: made.sizeBytes, manifest: made.manifest }, access) };
    },
    'Không sao lưu được; chưa có tệp sao lưu nào được ghi. Vui lòng thử lại.',
  );
}

export async function checkBackup(_db: Db, input: CommandParsedInput<'backup.check'>, ctx: ServiceContext): Promise<BackupJob> {
  return startCheck(accessOf(ctx), resolve(input.path));
}

export async function restoreBackup(db: Db, input: CommandParsedInput<'backup.restore'>, ctx: ServiceContext): Promise<BackupJob> {
  const access = accessOf(ctx);
  const previousDataFolder = backupSettings(db, access.dataDir).folder;
  return startRestore(access, { path: resolve(input.path), credentials: input.credentials, previousDataFolder, now: ctx.now });
}

/**
 * The automatic backup, when it is due and nothing else runs: a background job like "back up
 * now", to the configured folder; then the old automatic backups beyond the number kept are
 * deleted. A failure (the USB stick is not there) is kept for the page and tried again at the
 * next check. Returns the job started, if any.
 */
export function startDueBackup(db: Db, ctx: ServiceContext): BackupJob | undefined {
  const access = accessOf(ctx);
  const settings = backupSettings(db, access.dataDir);
  if (!isBackupDue(settings.schedule, lastScheduledAt(db), ctx.now()) || runningJob(access.dataDir)) return undefined;
  return startJob(
    access.dataDir,
    'backup',
    'Đang sao lưu tự động…',
    async (control) => {
      const now = ctx.now();
      try {
        ensureWritableFolder(settings.folder);
        const made = await makeBackup(access, { folder: settings.folder, kind: 'scheduled', now }, control);
        control.cancellable = false;
        writeTx(db, () => recordScheduledBackup(db, now));
        const removed = await rotateScheduledBackups(settings.folder, settings.keep, made.manifest.device.id);
        return {
          stage: removed.length > 0 ? `Đã sao lưu tự động; đã xóa ${removed.length} bản tự động cũ` : 'Đã sao lưu tự động',
          file: made.path,
          summary: summaryOf({ path: made.path, fileSize: made.sizeBytes, manifest: made.manifest }, access),
        };
      } catch (error) {
        if (error instanceof Cancelled) throw error;
        try {
          writeTx(db, () => recordScheduledFailure(db, now, failureMessage(error, 'Không sao lưu tự động được.')));
        } catch (recording) {
          logInternalError('backup.scheduled', recording);
        }
        throw error;
      }
    },
    'Không sao lưu tự động được. Ứng dụng sẽ thử lại sau.',
  );
}
