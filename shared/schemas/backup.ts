import * as z from 'zod';
import { Login } from './auth';

/**
 * Backups (issue 13): one file (`.ldtb`) holding the encrypted database, the key file and every
 * stored file, with a manifest. Made by hand to a folder the user picks, or on a schedule to a
 * configured folder; checked and restored from the "Sao lưu và khôi phục" page, or from the
 * first-start screen of a fresh data folder.
 */

/** Why a backup was made: by hand, on the schedule, or of the data a restore replaced. */
export const BACKUP_KINDS = ['manual', 'scheduled', 'before_restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** How often the automatic backup runs (and on exit when it is due). */
export const BACKUP_SCHEDULES = ['off', 'daily', 'weekly'] as const;
export type BackupSchedule = (typeof BACKUP_SCHEDULES)[number];

/** The long work of the page, run in the background with progress and cancel. */
export const BACKUP_JOB_KINDS = ['backup', 'check', 'restore'] as const;
export type BackupJobKind = (typeof BACKUP_JOB_KINDS)[number];

export const BACKUP_JOB_STATES = ['in_progress', 'completed', 'failed', 'cancelled'] as const;
export type BackupJobState = (typeof BACKUP_JOB_STATES)[number];

/** A folder of this machine (a USB stick, a shared drive), typed or chosen in a dialog. */
export const FolderPath = z.string().trim().min(1, 'Nhập hoặc chọn thư mục').max(1000);
/** A backup file of this machine. */
export const BackupPath = z.string().trim().min(1, 'Nhập hoặc chọn tệp sao lưu').max(1000);

export const BACKUP_KEEP_MIN = 1;
export const BACKUP_KEEP_MAX = 100;

export const BackupSettings = z.object({
  /** Where the automatic backups go (the data folder's `backups` unless set). */
  folder: z.string(),
  schedule: z.enum(BACKUP_SCHEDULES),
  /** Automatic backups kept in the folder; older ones are deleted (never a backup made by hand or before a restore). */
  keep: z.number().int(),
});
export type BackupSettings = z.infer<typeof BackupSettings>;

export const BackupSettingsInput = z.object({
  folder: FolderPath.optional(),
  schedule: z.enum(BACKUP_SCHEDULES).optional(),
  keep: z.number().int().min(BACKUP_KEEP_MIN, `Giữ ít nhất ${BACKUP_KEEP_MIN} bản`).max(BACKUP_KEEP_MAX, `Giữ nhiều nhất ${BACKUP_KEEP_MAX} bản`).optional(),
});

/** What a backup holds, read from its manifest. */
export const BackupSummary = z.object({
  path: z.string(),
  fileName: z.string(),
  sizeBytes: z.number().int(),
  createdAt: z.string(),
  kind: z.enum(BACKUP_KINDS),
  appVersion: z.string(),
  /** The last database migration of the app that made it. */
  schemaVersion: z.string(),
  /** The laptop it was made on. */
  device: z.string(),
  unitName: z.string().optional(),
  /** Rows per table of the database. */
  counts: z.record(z.string(), z.number().int()),
  storedFiles: z.number().int(),
  storedBytes: z.number().int(),
  /** Why this app cannot restore it (made by a newer version), in Vietnamese; absent when it can. */
  refusal: z.string().optional(),
  /** Made from the data open now (same database key): restoring it needs no password. */
  sameKey: z.boolean(),
});
export type BackupSummary = z.infer<typeof BackupSummary>;

/** A file of a backup folder: its summary, or why it cannot be read. */
export const BackupListItem = z.object({
  path: z.string(),
  fileName: z.string(),
  sizeBytes: z.number().int(),
  summary: BackupSummary.optional(),
  damaged: z.string().optional(),
});
export type BackupListItem = z.infer<typeof BackupListItem>;

/** A copy of the database made before an upgrade (`backups/` of the data folder): never deleted by the app. */
export const UpgradeCopy = z.object({ fileName: z.string(), createdAt: z.string(), sizeBytes: z.number().int() });

export const BackupJob = z.object({
  jobId: z.string(),
  kind: z.enum(BACKUP_JOB_KINDS),
  state: z.enum(BACKUP_JOB_STATES),
  /** 0 to 1. */
  progress: z.number(),
  /** What it is doing, in Vietnamese. */
  stage: z.string(),
  error: z.string().optional(),
  /** The backup file written (backup), checked or restored. */
  file: z.string().optional(),
  summary: BackupSummary.optional(),
  /** What a finished check found, in Vietnamese. */
  report: z.array(z.string()).optional(),
  /** The copy of the replaced data a restore made first. */
  previousDataBackup: z.string().optional(),
});
export type BackupJob = z.infer<typeof BackupJob>;

export const BackupOverview = z.object({
  settings: BackupSettings,
  /** The data folder's `backups` folder, the default of `settings.folder`. */
  defaultFolder: z.string(),
  lastScheduledAt: z.string().optional(),
  /** When the next automatic backup is due (absent when the schedule is off). */
  nextDueAt: z.string().optional(),
  /** The last automatic backup that failed (the folder was missing…), until one works again. */
  lastScheduledFailure: z.object({ at: z.string(), message: z.string() }).optional(),
  /** The backups found in the configured folder, newest first. */
  backups: z.array(BackupListItem),
  upgradeCopies: z.array(UpgradeCopy),
  /** The job running now, if any. */
  running: BackupJob.optional(),
});
export type BackupOverview = z.infer<typeof BackupOverview>;

export const BackupCreateInput = z.object({ folder: FolderPath });
export const BackupPathInput = z.object({ path: BackupPath });
export const BackupJobInput = z.object({ jobId: z.string().min(1).max(64) });
export const BackupListInput = z.object({ folder: FolderPath.optional() });

/**
 * Who may open the backup's data: a password of an account in the backup, or its recovery key.
 * Needed when the backup was made from other data than the data open now, and always on a fresh
 * data folder.
 */
export const RestoreCredentials = z
  .object({
    login: Login.optional(),
    password: z.string().max(200).optional(),
    recoveryKey: z.string().trim().max(80).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.recoveryKey) return;
    if (!v.login) ctx.addIssue({ code: 'custom', path: ['login'], message: 'Nhập tên đăng nhập của một tài khoản trong bản sao lưu (hoặc mã khôi phục)' });
    if (!v.password) ctx.addIssue({ code: 'custom', path: ['password'], message: 'Nhập mật khẩu của tài khoản đó' });
  });
export type RestoreCredentials = z.infer<typeof RestoreCredentials>;

export const BackupRestoreInput = z.object({
  path: BackupPath,
  /** The user confirmed that the data open now is replaced. */
  confirm: z.literal(true, 'Hãy xác nhận thay thế dữ liệu hiện tại'),
  credentials: RestoreCredentials.optional(),
});

/** First start on a fresh data folder: restore instead of setting up. */
export const SetupRestoreInput = z.object({ path: BackupPath, credentials: RestoreCredentials });
