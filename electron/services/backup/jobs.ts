/**
 * Backups, checks and restores run in the background, like report exports
 * (reports/export-jobs.ts): the command answers at once with a job, the work goes on in chunks
 * that give the event loop back (the host keeps answering), the page polls its status, and a
 * cancel stops it between two chunks. One such job runs at a time in a data folder. Jobs live in
 * this process only; the last finished ones are kept for status queries.
 */
import { newId } from '../../../db/ids';
import { CommandError } from '../../../shared/errors';
import { BACKUP_JOB_STATE_LABELS } from '../../../shared/labels/backup';
import type { BackupJob, BackupJobKind } from '../../../shared/schemas/backup';
import { logInternalError } from '../../app-log';
import { Cancelled } from './backup-file';

const KEEP_FINISHED = 50;

export interface JobControl {
  readonly job: BackupJob;
  /** Sets what the job is doing and how far it is (0–1); throws Cancelled once a cancel was asked. */
  step(stage: string, progress?: number): Promise<void>;
  /** Throws Cancelled once a cancel was asked. */
  checkCancel(): void;
  /** Whether a cancel may still stop the job (false once a restore swaps the files in). */
  cancellable: boolean;
}

interface JobRecord extends JobControl {
  /** The data folder it works on: one job at a time in each. */
  scope: string;
  cancelRequested: boolean;
  finished: Promise<void>;
}

const jobs = new Map<string, JobRecord>();

const pause = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const snapshot = (rec: JobRecord): BackupJob => ({ ...rec.job, ...(rec.job.summary ? { summary: { ...rec.job.summary } } : {}) });

/** The job running now in the data folder `scope`, if any. */
export function runningJob(scope: string): BackupJob | undefined {
  const rec = [...jobs.values()].find((r) => r.scope === scope && r.job.state === 'in_progress');
  return rec && snapshot(rec);
}

/** Messages for a failure of the file system, in Vietnamese; others are logged and answered generally. */
export function failureMessage(error: unknown, fallback: string): string {
  if (error instanceof CommandError) return error.message;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC') return 'Ổ đĩa đã đầy; hãy giải phóng chỗ trống hoặc chọn ổ đĩa khác.';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'Không có quyền ghi vào thư mục này (ổ đĩa chỉ đọc hoặc bị khóa); hãy chọn thư mục khác.';
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'Không tìm thấy thư mục hoặc ổ đĩa (đã rút USB?); hãy chọn lại thư mục.';
  if (code === 'EIO') return 'Lỗi đọc ghi ổ đĩa; hãy thử lại hoặc chọn ổ đĩa khác.';
  logInternalError('backup', error);
  return fallback;
}

/**
 * Starts `work` as a job and answers its first state. `work` reports through the control and
 * returns the fields the finished job shows; a Cancelled or an error ends it as cancelled or
 * failed (`fallback` is the failure message for an unexpected error).
 */
export function startJob(
  scope: string,
  kind: BackupJobKind,
  firstStage: string,
  work: (control: JobControl) => Promise<Partial<BackupJob>>,
  fallback: string,
): BackupJob {
  const running = runningJob(scope);
  if (running) {
    throw new CommandError('CONFLICT', 'Đang có một lần sao lưu, kiểm tra hay khôi phục chạy; hãy chờ nó xong hoặc hủy nó trước');
  }
  const job: BackupJob = { jobId: newId(), kind, state: 'in_progress', progress: 0, stage: firstStage };
  const rec: JobRecord = {
    scope,
    job,
    cancelRequested: false,
    cancellable: true,
    finished: Promise.resolve(),
    async step(stage, progress) {
      job.stage = stage;
      if (progress !== undefined) job.progress = Math.max(job.progress, Math.min(1, progress));
      await pause();
      rec.checkCancel();
    },
    checkCancel() {
      if (rec.cancelRequested && rec.cancellable) throw new Cancelled();
    },
  };
  jobs.set(job.jobId, rec);
  rec.finished = pause()
    .then(() => work(rec))
    .then(
      (result) => {
        Object.assign(job, result, { state: 'completed', progress: 1 });
      },
      (error: unknown) => {
        if (error instanceof Cancelled) Object.assign(job, { state: 'cancelled', stage: BACKUP_JOB_STATE_LABELS.cancelled });
        else Object.assign(job, { state: 'failed', stage: BACKUP_JOB_STATE_LABELS.failed, error: failureMessage(error, fallback) });
      },
    )
    .finally(forgetOldJobs);
  return snapshot(rec);
}

function record(jobId: string): JobRecord {
  const found = jobs.get(jobId);
  if (!found) throw new CommandError('NOT_FOUND', 'Không tìm thấy lần sao lưu, kiểm tra hay khôi phục này');
  return found;
}

export function jobStatus(jobId: string, kind?: BackupJobKind): BackupJob {
  const rec = record(jobId);
  if (kind && rec.job.kind !== kind) throw new CommandError('NOT_FOUND', 'Không tìm thấy lần khôi phục này');
  return snapshot(rec);
}

/** Asks a running job to stop at its next chunk; a restore past the point of no return finishes. */
export function cancelJob(jobId: string, kind?: BackupJobKind): BackupJob {
  const rec = record(jobId);
  if (kind && rec.job.kind !== kind) throw new CommandError('NOT_FOUND', 'Không tìm thấy lần khôi phục này');
  if (rec.job.state === 'in_progress' && rec.cancellable) {
    rec.cancelRequested = true;
    rec.job.stage = 'Đang hủy…';
  }
  return snapshot(rec);
}

/** Resolves with the job once it has finished: for tests, the bench and shutdown. */
export async function waitForBackupJob(jobId: string): Promise<BackupJob> {
  const rec = record(jobId);
  await rec.finished;
  return snapshot(rec);
}

function forgetOldJobs(): void {
  const finished = [...jobs.values()].filter((r) => r.job.state !== 'in_progress');
  for (const old of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) jobs.delete(old.job.jobId);
}
