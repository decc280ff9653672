/**
 * Report exports run in the background: `reports.export` answers at once with a job, the work
 * goes on in chunks that give the event loop back (the window polls `reports.exportStatus`), and
 * `reports.cancelExport` stops it between two chunks. A finished file is saved in the documents
 * folder, hashed and registered in `documents` like a generated Word document (kind
 * `report_<format>`, source_kind 'report', source_id = the job id), so `documents.open` and the
 * browser route `/files/documents/<id>` serve it. The file is written encrypted as it streams
 * (file-store.ts), the `.part` file too; its hash and size are of the plaintext. A cancelled or
 * failed export leaves no file and no row; a `.part` file a crash left behind is deleted when the
 * host next opens the data folder. Jobs live in this process only; the last finished ones are
 * kept for status queries.
 */
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../../db/client';
import { agencies, communes, plans, provinces } from '../../../db/schema';
import { writeTx } from '../../../db/write-path';
import { registerDocument } from '../documents';
import { newId } from '../../../db/ids';
import type { CommandParsedInput } from '../../../shared/commands';
import { CommandError, type FieldIssue } from '../../../shared/errors';
import { childDataBasisText, EXPORT_STATE_LABELS } from '../../../shared/labels/report';
import { ROLE_LABELS } from '../../../shared/labels/user';
import type { ExportFormat, ExportJob, ReportExportInput } from '../../../shared/schemas/report';
import { LEADERS } from '../../../shared/schemas/user';
import { logInternalError } from '../../app-log';
import { writeAudit } from '../audit';
import { todayInVietnam, type ServiceContext } from '../context';
import { PART_SUFFIX, type EncryptingFileWriter } from '../file-store';
import { CHILD_DETAILS_TABLE, childDetailPages, countChildDetails } from './child-details';
import type { ExportContent, ReportOutput, WriteProgress } from '../../reports/export-content';
import { periodicReport } from './periodic';
import { buildReportTables } from '../../reports/report-tables';
import { scopeNames } from './scope-names';
import { writeCsv } from '../../reports/write-csv';
import { writeDocx } from '../../reports/write-docx';
import { writeJson } from '../../reports/write-json';

type Writer = (out: ReportOutput, content: ExportContent, progress: WriteProgress) => Promise<void>;

// exceljs (some 25 MB once loaded) is loaded by the first Excel export, not at every start.
const writeXlsx: Writer = async (...args) => (await import('../../reports/write-xlsx')).writeXlsx(...args);
const WRITERS: Record<ExportFormat, Writer> = { docx: writeDocx, xlsx: writeXlsx, csv: writeCsv, json: writeJson };

const STAGE = {
  queued: 'Đang chuẩn bị…',
  figures: 'Đang tính số liệu…',
  table: (title: string) => `Đang ghi bảng «${title}»…`,
  children: (done: number, total: number) => `Đang ghi danh sách trẻ em (${done}/${total})…`,
  saving: 'Đang lưu tệp…',
  done: EXPORT_STATE_LABELS.done,
  cancelling: 'Đang hủy…',
  cancelled: EXPORT_STATE_LABELS.cancelled,
  failed: EXPORT_STATE_LABELS.failed,
} as const;

/** Progress of the phases: figures up to 10 %, writing up to 90 %, saving the rest. */
const WRITE_FROM = 0.1;
const WRITE_TO = 0.9;
/** Child rows that weigh as much as one table in the progress. */
const ROWS_PER_UNIT = 100;
const KEEP_FINISHED = 200;

/** Rows of the child list read per chunk; tests may lower it (see `exportTuning`). */
export const exportTuning = { pageSize: 500, chunkDelayMs: 0 };

interface JobRecord {
  job: ExportJob;
  cancelRequested: boolean;
  finished: Promise<void>;
}

const jobs = new Map<string, JobRecord>();

class Cancelled extends Error {}

const snapshot = (record: JobRecord): ExportJob => ({ ...record.job });

function record(jobId: string): JobRecord {
  const found = jobs.get(jobId);
  if (!found) throw new CommandError('NOT_FOUND', 'Không tìm thấy lần xuất báo cáo');
  return found;
}

const pause = (ms = exportTuning.chunkDelayMs): Promise<void> =>
  new Promise((resolve) => (ms > 0 ? setTimeout(resolve, ms) : setImmediate(resolve)));

// ---- validation ------------------------------------------------------------------------

/** The ids and codes of the request must exist; the schema already checked the rest. */
function checkReferences(db: Db, input: ReportExportInput): void {
  const exists = (table: typeof provinces | typeof communes, column: SQLiteColumn, value: string) => db.select({ one: sql`1` }).from(table).where(eq(column, value)).get() !== undefined;
  const issues: FieldIssue[] = [];
  if (input.area.provinceCode && !exists(provinces, provinces.code, input.area.provinceCode)) {
    issues.push({ path: ['area', 'provinceCode'], message: 'Không tìm thấy tỉnh/thành phố' });
  }
  input.area.communeCodes.forEach((code, i) => {
    if (!exists(communes, communes.code, code)) issues.push({ path: ['area', 'communeCodes', i], message: 'Không tìm thấy xã/phường' });
  });
  if (input.filters.planId && !db.select({ id: plans.id }).from(plans).where(eq(plans.id, input.filters.planId)).get()) {
    issues.push({ path: ['filters', 'planId'], message: 'Không tìm thấy kế hoạch kiểm tra' });
  }
  if (input.filters.leadAgencyId && !db.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, input.filters.leadAgencyId)).get()) {
    issues.push({ path: ['filters', 'leadAgencyId'], message: 'Không tìm thấy cơ quan' });
  }
  if (issues.length > 0) throw new CommandError('VALIDATION', issues[0]!.message, issues);
}

// ---- the work ----------------------------------------------------------------------------

function fileNameFor(input: ReportExportInput, documentId: string): string {
  return `bao-cao-${input.period.from}_${input.period.to}-${documentId.slice(-6)}.${input.format}`;
}

/**
 * Deletes a partial file, retrying while Windows still holds it open; a file that cannot be
 * there (its folder is missing) is no error.
 */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true, maxRetries: 5, retryDelay: 100 });
  } catch {
    // Nothing was written there.
  }
}

/** Closes the encrypted file a writer stopped half-way (cancelled or failed), so it can be deleted. */
async function closeQuietly(sink: EncryptingFileWriter | undefined): Promise<void> {
  if (!sink || sink.closed) return;
  await new Promise<void>((resolve) => {
    sink.once('close', () => resolve());
    sink.destroy();
  });
}

function failureMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC') return 'Ổ đĩa đã đầy, không lưu được tệp báo cáo.';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'Không có quyền ghi vào thư mục lưu văn bản.';
  if (code === 'ENOTDIR' || code === 'ENOENT') return 'Không tìm thấy hoặc không tạo được thư mục lưu văn bản.';
  return 'Lỗi khi xuất báo cáo; chưa có tệp nào được lưu. Vui lòng thử lại.';
}

function progressReporter(rec: JobRecord, units: number, childTotal: number): WriteProgress & { rowsWritten: () => number } {
  let done = 0;
  let rows = 0;
  const advance = async (stage: string, by: number) => {
    rec.job.stage = rec.cancelRequested ? STAGE.cancelling : stage;
    rec.job.progress = WRITE_FROM + (WRITE_TO - WRITE_FROM) * Math.min(1, done / units);
    done += by;
    await pause();
    if (rec.cancelRequested) throw new Cancelled();
  };
  return {
    table: (title) => advance(STAGE.table(title), 1),
    rows: (count) => {
      rows += count;
      return advance(STAGE.children(rows, childTotal), count / ROWS_PER_UNIT);
    },
    rowsWritten: () => rows,
  };
}

async function run(db: Db, input: ReportExportInput, ctx: ServiceContext, rec: JobRecord): Promise<void> {
  const { job } = rec;
  const documentId = newId();
  const fileName = fileNameFor(input, documentId);
  const finalPath = join(ctx.documentsDir, fileName);
  const partPath = `${finalPath}${PART_SUFFIX}`;
  let sink: EncryptingFileWriter | undefined;
  const checkpoint = async (stage: string, progress: number) => {
    job.stage = rec.cancelRequested ? STAGE.cancelling : stage;
    job.progress = progress;
    await pause();
    if (rec.cancelRequested) throw new Cancelled();
  };
  try {
    await checkpoint(STAGE.figures, 0.02);
    const result = periodicReport(db, input, ctx);
    const names = scopeNames(db, input, result.catalogueVersions);
    const tables = buildReportTables(result, names, { includeChildDetails: input.includeChildDetails, ...(input.legalBasis ? { legalBasis: childDataBasisText(input.legalBasis) } : {}) });
    const childCount = input.includeChildDetails ? countChildDetails(db, input) : 0;
    const content: ExportContent = {
      input,
      result,
      names,
      tables,
      date: todayInVietnam(ctx),
      ...(input.includeChildDetails
        ? { childDetails: { table: CHILD_DETAILS_TABLE, count: childCount, pages: () => childDetailPages(db, input, exportTuning.pageSize) } }
        : {}),
    };
    await checkpoint(STAGE.figures, WRITE_FROM);

    const units = tables.length + (input.includeChildDetails ? 1 + childCount / ROWS_PER_UNIT : 0);
    mkdirSync(ctx.documentsDir, { recursive: true });
    const progress = progressReporter(rec, units, childCount);
    sink = ctx.files.createWriteStream(partPath);
    await WRITERS[input.format](sink, content, progress);

    await checkpoint(STAGE.saving, WRITE_TO);
    const { sha256, size: sizeBytes } = sink;
    // From here to the end nothing awaits: a cancel request either came before (and wins) or
    // comes after the file is registered.
    if (rec.cancelRequested) throw new Cancelled();
    renameSync(partPath, finalPath);
    try {
      // The audit counts the rows written, which may differ from the count taken before if records changed meanwhile.
      registerFile(db, ctx, { input, documentId, fileName, sha256, sizeBytes, jobId: job.jobId, childCount: progress.rowsWritten() });
    } catch (error) {
      removeQuietly(finalPath);
      throw error;
    }
    Object.assign(job, { state: 'done', progress: 1, stage: STAGE.done, documentId, fileName });
  } catch (error) {
    await closeQuietly(sink);
    removeQuietly(partPath);
    if (error instanceof Cancelled) {
      Object.assign(job, { state: 'cancelled', stage: STAGE.cancelled });
    } else {
      logInternalError('reports.export', error);
      Object.assign(job, { state: 'failed', stage: STAGE.failed, error: failureMessage(error) });
    }
  } finally {
    forgetOldJobs();
  }
}

function registerFile(
  db: Db,
  ctx: ServiceContext,
  file: { input: ReportExportInput; documentId: string; fileName: string; sha256: string; sizeBytes: number; jobId: string; childCount: number },
): void {
  const { input, documentId, fileName } = file;
  const period = `${input.period.from} – ${input.period.to}${input.period.label ? ` (${input.period.label})` : ''}`;
  writeTx(db, () => {
    registerDocument(db, ctx, { id: documentId, kind: `report_${input.format}`, number: null, sourceKind: 'report', sourceId: file.jobId, fileName, sha256: file.sha256, sizeBytes: file.sizeBytes });
    writeAudit(db, ctx, {
      action: 'export',
      entity: 'report',
      entityId: documentId,
      note: `${input.format.toUpperCase()}; kỳ ${period}; ${input.includeChildDetails ? 'có danh sách trẻ em (thông tin cá nhân)' : 'đã ẩn danh thông tin trẻ em'}; tệp ${fileName}`,
    });
    if (input.includeChildDetails && input.legalBasis) {
      // Who (actor, user id), when (at), on which basis, how many children, which file: never a child's name.
      const basis = childDataBasisText(input.legalBasis);
      writeAudit(db, ctx, {
        action: 'export',
        entity: 'minor',
        entityId: documentId,
        changes: { count: file.childCount, format: input.format, period: { from: input.period.from, to: input.period.to }, fileName, documentId, legalBasis: input.legalBasis },
        note: `${ctx.actor} xuất thông tin cá nhân (họ tên, ngày sinh, nơi ở, công việc) của ${file.childCount} trẻ em, người chưa thành niên trong báo cáo ${input.format.toUpperCase()} kỳ ${period}, tệp ${fileName} (văn bản ${documentId}); căn cứ pháp lý: ${basis}`,
      });
    }
  });
}

function forgetOldJobs(): void {
  const finished = [...jobs.values()].filter((r) => r.job.state !== 'running');
  for (const old of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) jobs.delete(old.job.jobId);
}

// ---- commands ------------------------------------------------------------------------

/**
 * Children's identities leave the app only through a leader or the admin (security.md): the
 * command is open to every role for pseudonymised reports, so the choice is checked here.
 */
function checkChildDetailsAllowed(input: ReportExportInput, ctx: ServiceContext): void {
  if (input.includeChildDetails && !LEADERS.includes(ctx.role)) {
    throw new CommandError(
      'FORBIDDEN',
      `Tài khoản của bạn (vai trò ${ROLE_LABELS[ctx.role]}) không được xuất thông tin cá nhân của trẻ em; chỉ ${LEADERS.map((r) => ROLE_LABELS[r]).join(' và ')} được xuất, với căn cứ pháp lý. Hãy bỏ chọn «kèm thông tin cá nhân» để xuất báo cáo ẩn danh.`,
    );
  }
}

/** Checks the request, starts the job and answers at once with its state 'running'. */
export function startExport(db: Db, input: CommandParsedInput<'reports.export'>, ctx: ServiceContext): ExportJob {
  checkChildDetailsAllowed(input, ctx);
  checkReferences(db, input);
  const job: ExportJob = { jobId: newId(), format: input.format, state: 'running', progress: 0, stage: STAGE.queued };
  const rec: JobRecord = { job, cancelRequested: false, finished: Promise.resolve() };
  jobs.set(job.jobId, rec);
  rec.finished = pause(0).then(() => run(db, input, ctx, rec));
  return snapshot(rec);
}

export function exportStatus(_db: Db, input: { jobId: string }): ExportJob {
  return snapshot(record(input.jobId));
}

/** Asks a running job to stop; it becomes 'cancelled' at its next chunk. A finished job is left as it is. */
export function cancelExport(_db: Db, input: { jobId: string }): ExportJob {
  const rec = record(input.jobId);
  if (rec.job.state === 'running') {
    rec.cancelRequested = true;
    rec.job.stage = STAGE.cancelling;
  }
  return snapshot(rec);
}

/** Resolves with the job once it has finished (done, failed or cancelled): for tests and shutdown. */
export async function waitForJob(jobId: string): Promise<ExportJob> {
  const rec = record(jobId);
  await rec.finished;
  return snapshot(rec);
}
