import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHILD_DETAILS_TABLE, childDetailPages } from '../../electron/services/reports/child-details';
import type { ExportContent } from '../../electron/reports/export-content';
import { exportTuning, waitForJob } from '../../electron/services/reports/export-jobs';
import { isEncryptedFile } from '../../electron/services/file-store';
import { periodicReport } from '../../electron/services/reports/periodic';
import { buildReportTables } from '../../electron/reports/report-tables';
import { scopeNames } from '../../electron/services/reports/scope-names';
import { writeCsv } from '../../electron/reports/write-csv';
import { writeDocx } from '../../electron/reports/write-docx';
import { writeJson } from '../../electron/reports/write-json';
import { writeXlsx } from '../../electron/reports/write-xlsx';
import { ReportExportInput, type ExportFormat, type ExportJob } from '../../shared/schemas/report';
import { hasSoffice, renderDocxToPdfText } from '../documents/render-pdf';
import { seedReportDataset } from '../helpers/report-dataset';
import { openTestApp, type TestApp } from '../helpers/test-db';

let app: TestApp;
let data: Awaited<ReturnType<typeof seedReportDataset>>;
beforeEach(async () => {
  app = openTestApp(new Date('2026-11-23T08:00:00Z'));
  data = await seedReportDataset(app);
});
afterEach(() => app.close());

const firstHalf = { from: '2026-01-01', to: '2026-06-30', label: '6 tháng đầu năm 2026' };
const FORMATS: ExportFormat[] = ['docx', 'xlsx', 'csv', 'json'];
const LEGAL_BASIS_TEXT = 'Khoản 1 Điều 17 Nghị định 13/2023/NĐ-CP; Công văn số 45/SNV-LĐ yêu cầu cung cấp danh sách';
const LEGAL_BASIS = { kind: 'other' as const, otherGround: LEGAL_BASIS_TEXT };

/** The children the report counts (the deleted one, the draft's and those outside the period or area are not). */
const IN_SCOPE = ['Lò Văn Một', 'Lò Thị Hai', 'Hà Văn Ba', 'Hà Thị Bốn', 'Vi Văn Năm', 'Vi Văn Sáu', 'Hoàng Thị Bảy'];

// Ground truth: tests/integration/reports.test.ts (LDCTN-01, -04, -08a, -09b), cited by their legal points.
const VIOLATIONS = [
  ['Khoản 1 Điều 29', 1, 1_500_000],
  ['Điểm c khoản 2 Điều 29', 1, 45_000_000],
  ['Điểm b khoản 3 Điều 29', 1, 125_000_000],
  ['Điểm c khoản 3 Điều 29', 1, 62_500_000],
];
const VIOLATIONS_SHEET = 'Vi phạm theo điều khoản';
const VIOLATIONS_TITLE = 'Hành vi vi phạm theo điểm, khoản, điều của Nghị định số 12/2022/NĐ-CP';
/** The cross-table a province pastes: age band × sex, the total then one column per sector. */
const MINOR_HEADERS = ['Nhóm tuổi', 'Giới tính', 'Tổng số', 'Nông nghiệp', 'Tiểu thủ công nghiệp', 'Công nghiệp', 'Xây dựng', 'Dịch vụ', 'Khác', 'Chưa xác định'];
const MINORS = [
  ['Chưa đủ 13 tuổi', 'Cộng', 2, 0, 1, 1, 0, 0, 0, 0],
  ['Chưa đủ 13 tuổi', 'Nam', 1, 0, 0, 1, 0, 0, 0, 0],
  ['Chưa đủ 13 tuổi', 'Nữ', 1, 0, 1, 0, 0, 0, 0, 0],
  ['Từ đủ 13 đến chưa đủ 15 tuổi', 'Cộng', 2, 0, 0, 1, 0, 1, 0, 0],
  ['Từ đủ 13 đến chưa đủ 15 tuổi', 'Nam', 1, 0, 0, 0, 0, 1, 0, 0],
  ['Từ đủ 13 đến chưa đủ 15 tuổi', 'Nữ', 1, 0, 0, 1, 0, 0, 0, 0],
  ['Từ đủ 15 đến chưa đủ 18 tuổi', 'Cộng', 3, 2, 0, 0, 0, 1, 0, 0],
  ['Từ đủ 15 đến chưa đủ 18 tuổi', 'Nam', 2, 1, 0, 0, 0, 1, 0, 0],
  ['Từ đủ 15 đến chưa đủ 18 tuổi', 'Nữ', 1, 1, 0, 0, 0, 0, 0, 0],
  ['Tổng cộng', 'Cộng', 7, 2, 1, 2, 0, 2, 0, 0],
  ['Tổng cộng', 'Nam', 4, 1, 0, 1, 0, 2, 0, 0],
  ['Tổng cộng', 'Nữ', 3, 1, 1, 1, 0, 0, 0, 0],
];
/** Issue 11's tables, by hand from tests/helpers/report-dataset.ts (judged on 30/06/2026, the period's last day). */
const FOLLOW_UP_SHEET = 'Hỗ trợ, can thiệp trẻ em';
const FOLLOW_UP_ROWS = [
  ['Số trẻ em lao động trái quy định được phát hiện (có hồ sơ theo dõi)', 'trẻ em', 6],
  ['Trong đó: trường hợp khẩn cấp', 'trẻ em', 2],
  ['Số trẻ em được hỗ trợ (tính đến 30/06/2026)', 'trẻ em', 2],
  ['Số trẻ em được chuyển tuyến (tính đến 30/06/2026)', 'trẻ em', 2],
  ['Số trẻ em được hỗ trợ, can thiệp (tính đến 30/06/2026)', 'trẻ em', 3],
  ['Tỷ lệ trẻ em được hỗ trợ, can thiệp (chỉ tiêu 100%)', '%', 50],
  ['Số trẻ em trở lại trường học hoặc học nghề', 'trẻ em', 3],
  ['Số hồ sơ theo dõi đã kết thúc', 'hồ sơ', 2],
  ['Số người chưa thành niên làm công việc, tại nơi làm việc nặng nhọc, độc hại, nguy hiểm', 'người', 1],
];
const ENFORCEMENT_SHEET = 'Xử lý vi phạm, kiểm tra lại';
const ENFORCEMENT_ROWS = [
  ['Số cuộc kiểm tra liên ngành (từ hai cơ quan trở lên)', 'cuộc', 3],
  ['Số cuộc kiểm tra của một cơ quan', 'cuộc', 1],
  ['Số cơ sở thuộc làng nghề được kiểm tra', 'cơ sở', 1],
  ['Trong đó: hộ gia đình', 'hộ', 1],
  ['Số biên bản vi phạm hành chính đã lập', 'biên bản', 2],
  ['Số cuộc kiểm tra có đề nghị xử phạt', 'cuộc', 3],
  ['Tổng số tiền phạt đề nghị', 'đồng', 234_000_000],
  ['Số quyết định xử phạt đã ban hành (tính đến 30/06/2026)', 'quyết định', 2],
  ['Số cuộc kiểm tra đã có quyết định xử phạt', 'cuộc', 2],
  ['Tổng số tiền phạt theo quyết định', 'đồng', 171_500_000],
  ['Số quyết định đã nộp phạt', 'quyết định', 1],
  ['Số tiền phạt đã nộp', 'đồng', 170_000_000],
  ['Số nội dung cam kết đã kiểm tra lại (tính đến 30/06/2026)', 'nội dung', 2],
  ['Trong đó: cơ sở thực hiện đúng cam kết', 'nội dung', 1],
  ['Cơ sở vi phạm cam kết', 'nội dung', 1],
  ['Số cuộc kiểm tra lại việc thực hiện cam kết', 'cuộc', 2],
];
/** What a Word report never prints: catalogue codes, shorthand, details of the software. */
const NEVER_IN_WORD = [/LDCTN|HDLD-/, /Người <1[35]/, /1[35]\s*[–-]\s*<\s*1[58]/, /LĐCTN/, /TDTT/, /Phiên bản cấu trúc/, /Thời điểm lập/, /không tính bản ghi đã xóa/, /cần xác minh/];

async function exportReport(format: ExportFormat, extra: Record<string, unknown> = {}): Promise<{ job: ExportJob; bytes: Buffer }> {
  const started = await app.run('reports.export', { format, period: firstHalf, area: { provinceCode: data.province }, ...extra } as never);
  expect(started).toMatchObject({ state: 'running', format });
  const job = await waitForJob(started.jobId);
  expect(job).toMatchObject({ state: 'done', progress: 1 });
  return { job, bytes: app.readStored(job.fileName!) };
}

/** Every text a reader could get from the file: zipped formats are unzipped part by part. */
async function fileTexts(format: ExportFormat, bytes: Buffer): Promise<string[]> {
  if (format === 'csv' || format === 'json') return [bytes.toString('utf8').normalize('NFC')];
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.values(zip.files).filter((f) => !f.dir);
  return Promise.all(parts.map(async (f) => (await f.async('string')).normalize('NFC')));
}

const dmy = (iso: string) => iso.split('-').reverse().join('/');

function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => {
    rows.push(Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1).value ?? ''));
  });
  return rows;
}

/** RFC 4180 parser (quoted fields, doubled quotes, CRLF) into sections separated by empty lines. */
function parseCsv(text: string): { title: string; headers: string[]; rows: string[][] }[] {
  const lines: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      lines.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  const sections: { title: string; headers: string[]; rows: string[][] }[] = [];
  let current: string[][] = [];
  for (const line of [...lines, ['']]) {
    if (line.length === 1 && line[0] === '') {
      if (current.length) sections.push({ title: current[0]![0]!, headers: current[1]!, rows: current.slice(2) });
      current = [];
    } else current.push(line);
  }
  return sections;
}

describe('report export jobs', () => {
  it('answers at once with a running job, then saves, hashes and registers the file', async () => {
    const started = await app.run('reports.export', { format: 'json', period: firstHalf, area: { provinceCode: data.province } });
    expect(started).toMatchObject({ state: 'running', format: 'json' });
    expect(started.progress).toBeGreaterThanOrEqual(0);
    const job = await waitForJob(started.jobId);
    expect(job).toMatchObject({ state: 'done', progress: 1, stage: 'Đã xuất xong' });
    expect(job.fileName).toMatch(/^bao-cao-2026-01-01_2026-06-30-[0-9a-f]{6}\.json$/);
    expect(await app.run('reports.exportStatus', { jobId: job.jobId })).toEqual(job);

    // Stored encrypted; its hash and size are of the plaintext, read back through the store.
    expect(readFileSync(join(app.ctx.documentsDir, job.fileName!)).subarray(0, 1).toString()).not.toBe('{');
    const bytes = app.readStored(job.fileName!);
    const [doc] = await app.run('documents.list', { kind: 'report_json' });
    expect(doc).toMatchObject({
      id: job.documentId,
      kind: 'report_json',
      sourceKind: 'report',
      sourceId: job.jobId,
      fileName: job.fileName,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      sizeBytes: bytes.length,
      createdBy: 'tester',
    });
    expect(readFileSync((await app.run('documents.open', { id: job.documentId! })).path).equals(bytes)).toBe(true);
    expect(readdirSync(app.ctx.documentsDir)).toEqual([job.fileName]);

    const audit = app.db.$client.prepare("SELECT entity, entity_id AS entityId, note FROM audit_log WHERE action = 'export'").all() as { entity: string; entityId: string; note: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entity: 'report', entityId: job.documentId });
    expect(audit[0]!.note).toContain('JSON');
    expect(audit[0]!.note).toContain('2026-01-01 – 2026-06-30');
    expect(audit[0]!.note).toContain('đã ẩn danh thông tin trẻ em');
  });

  it('refuses unknown jobs, and leaves a finished job as it is when asked to cancel it', async () => {
    expect(await app.send('reports.exportStatus', { jobId: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await app.send('reports.cancelExport', { jobId: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const { job } = await exportReport('csv');
    expect(await app.run('reports.cancelExport', { jobId: job.jobId })).toEqual(job);
  });

  it('has writers that fail cleanly (no crash, no hang) when the file cannot be written', async () => {
    const input = ReportExportInput.parse({ format: 'xlsx', period: firstHalf, includeChildDetails: true, legalBasis: LEGAL_BASIS });
    const result = periodicReport(app.db, input, app.ctx);
    const names = scopeNames(app.db, input, result.catalogueVersions);
    const content: ExportContent = {
      input,
      result,
      names,
      tables: buildReportTables(result, names, { includeChildDetails: true, legalBasis: LEGAL_BASIS_TEXT }),
      childDetails: { table: CHILD_DETAILS_TABLE, count: 8, pages: () => childDetailPages(app.db, input) },
      date: '2026-11-23',
    };
    const progress = { table: async () => undefined, rows: async () => undefined };
    for (const write of [writeXlsx, writeCsv, writeJson, writeDocx]) {
      await expect(write(join(app.dir, 'missing-folder', 'x'), content, progress)).rejects.toMatchObject({ code: 'ENOENT' });
    }
  });

  it('checks that the area and filters exist before starting', async () => {
    const answer = await app.send('reports.export', { format: 'csv', period: firstHalf, area: { provinceCode: '999' }, filters: { planId: 'no-such-plan' } });
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['area', 'provinceCode'] }, { path: ['filters', 'planId'] }] } });
  });

  it('reports a failure in Vietnamese and leaves nothing behind', async () => {
    // The documents folder cannot be created: a file is in its place.
    const blocker = join(app.dir, 'not-a-folder');
    writeFileSync(blocker, 'x');
    app.ctx.documentsDir = join(blocker, 'documents');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const started = await app.run('reports.export', { format: 'xlsx', period: firstHalf });
    const job = await waitForJob(started.jobId);
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
    expect(job).toMatchObject({ state: 'failed', stage: 'Không xuất được báo cáo' });
    expect(job.error).toBe('Không tìm thấy hoặc không tạo được thư mục lưu văn bản.');
    expect(job.documentId).toBeUndefined();
    expect(app.db.$client.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 0 });
  });
});

describe('report contents', () => {
  it('exports a period without any inspection', async () => {
    const empty = { period: { from: '2020-01-01', to: '2020-12-31' } };
    const docx = (await exportReport('docx', empty)).bytes;
    const text = (await mammoth.extractRawText({ buffer: docx })).value.normalize('NFC').replace(/\s+/g, ' ');
    expect(text).toContain('từ ngày 01/01/2020 đến ngày 31/12/2020');
    expect(text).toContain('không có cuộc kiểm tra nào');
    expect(text).toContain('Không phát hiện người chưa thành niên');
    expect(text).not.toContain('DANH SÁCH CƠ SỞ CÓ VI PHẠM');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await exportReport('xlsx', empty)).bytes as unknown as ArrayBuffer);
    expect(rowsOf(book.getWorksheet(VIOLATIONS_SHEET)!).slice(1)).toEqual([['Tổng cộng', '', 0, 0]]);
  });

  it('names the plan and communes the report is limited to', async () => {
    const { bytes } = await exportReport('json', { area: { provinceCode: data.province, communeCodes: [data.c2] }, filters: { planId: data.plan.id } });
    const json = JSON.parse(bytes.toString('utf8'));
    const meta = Object.fromEntries(json.tables[0].rows);
    expect(meta['Kế hoạch kiểm tra']).toBe('Kế hoạch kiểm tra định kỳ 2026');
    expect(meta['Xã/phường/đặc khu']).toBe(json.scope.communeNames[0]);
    expect(json.scope.communeNames[0]).toMatch(/^(Phường|Xã) /);
    expect(json.figures.inspectionsTotal).toBe(0);
  });
});

describe('Excel export', () => {
  it('has one sheet per table with bold, frozen Vietnamese headers and the ground-truth numbers', async () => {
    const { bytes } = await exportReport('xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Thông tin báo cáo',
      'Tổng hợp',
      'Kiểm tra theo loại',
      'Kiểm tra theo tháng',
      'Cơ sở theo loại hình, lĩnh vực',
      VIOLATIONS_SHEET,
      'NCTN theo tuổi, giới, lĩnh vực',
      'Cam kết',
      FOLLOW_UP_SHEET,
      ENFORCEMENT_SHEET,
      'Cơ sở có vi phạm',
    ]);
    for (const sheet of book.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
      for (let c = 1; c <= sheet.columnCount; c++) expect(sheet.getColumn(c).width).toBeGreaterThanOrEqual(8);
    }

    const violations = rowsOf(book.getWorksheet(VIOLATIONS_SHEET)!);
    expect(violations[0]).toEqual(['Điểm, khoản, điều', 'Hành vi vi phạm', 'Số hành vi vi phạm', 'Tổng tiền phạt đề nghị (đồng)']);
    expect(violations.slice(1).map(([point, , count, fine]) => [point, count, fine])).toEqual([...VIOLATIONS, ['Tổng cộng', 4, 234_000_000]]);
    expect(violations[1]![1]).toBe('Không lập, ghi không đầy đủ hoặc không xuất trình sổ theo dõi riêng lao động chưa thành niên');
    expect(violations[3]![1]).toBe('Người chưa đủ 13 tuổi làm công việc ngoài danh mục (không phải nghệ thuật, thể dục, thể thao)');

    const summary = book.getWorksheet('Tổng hợp')!;
    const summaryRows = rowsOf(summary);
    const finesRow = summaryRows.findIndex((r) => r[0] === 'Tổng số tiền phạt đề nghị');
    expect(summaryRows[finesRow]).toEqual(['Tổng số tiền phạt đề nghị', 'đồng', 234_000_000]);
    const finesCell = summary.getRow(finesRow + 1).getCell(3);
    expect(typeof finesCell.value).toBe('number');
    expect(finesCell.numFmt).toBe('#,##0');
    expect(Object.fromEntries(summaryRows.slice(1).map((r) => [r[0], r[2]]))).toMatchObject({
      'Số cuộc kiểm tra': 4,
      'Số cơ sở được kiểm tra': 4,
      'Số cơ sở có vi phạm': 3,
      'Số hành vi vi phạm': 4,
      'Số người chưa thành niên làm việc tại các cơ sở': 7,
      'Trong đó: trẻ em (dưới 16 tuổi)': 5,
      'Chia theo nhóm tuổi: Chưa đủ 13 tuổi': 2,
      'Chia theo nhóm tuổi: Từ đủ 13 đến chưa đủ 15 tuổi': 2,
      'Chia theo nhóm tuổi: Từ đủ 15 đến chưa đủ 18 tuổi': 3,
      'Chia theo giới tính: Nam': 4,
      'Chia theo giới tính: Nữ': 3,
      'Số bản cam kết đã ký': 2,
    });

    const minors = rowsOf(book.getWorksheet('NCTN theo tuổi, giới, lĩnh vực')!);
    expect(minors[0]).toEqual(MINOR_HEADERS);
    expect(minors.slice(1)).toEqual(MINORS);
    expect(rowsOf(book.getWorksheet('Cơ sở theo loại hình, lĩnh vực')!).at(-1)).toEqual(['Tổng cộng', 4, 1, 1, 1, 0, 1, 0, 0]);
    expect(rowsOf(book.getWorksheet('Kiểm tra theo loại')!).slice(1)).toEqual([['Kiểm tra định kỳ', 2], ['Kiểm tra đột xuất', 2], ['Tổng cộng', 4]]);
    expect(rowsOf(book.getWorksheet('Cam kết')!).slice(1).map((r) => r[1])).toEqual([2, 3, 1, 0, 1, 1]);
    expect(rowsOf(book.getWorksheet(FOLLOW_UP_SHEET)!)).toEqual([['Chỉ tiêu', 'Đơn vị tính', 'Số liệu'], ...FOLLOW_UP_ROWS]);
    expect(rowsOf(book.getWorksheet(ENFORCEMENT_SHEET)!)).toEqual([['Chỉ tiêu', 'Đơn vị tính', 'Số liệu'], ...ENFORCEMENT_ROWS]);
    const decided = book.getWorksheet(ENFORCEMENT_SHEET)!.getRow(11).getCell(3);
    expect([decided.value, decided.numFmt]).toEqual([171_500_000, '#,##0']);
    const violators = rowsOf(book.getWorksheet('Cơ sở có vi phạm')!).slice(1);
    expect(violators.map((r) => [r[1], r[2], r[4], r[5]])).toEqual([
      ['Công ty TNHH Giày da Kỳ Lừa', 'Doanh nghiệp', 'Điểm c khoản 2 Điều 29; điểm b khoản 3 Điều 29', 170_000_000],
      ['Hộ ông Hoàng Văn Lâm', 'Hộ gia đình', 'Khoản 1 Điều 29', 1_500_000],
      ['Quán karaoke Hoàng Đồng', 'Hộ kinh doanh', 'Điểm c khoản 3 Điều 29', 62_500_000],
      ['Tổng cộng', '', '', 234_000_000],
    ]);
    const meta = Object.fromEntries(rowsOf(book.getWorksheet('Thông tin báo cáo')!).map((r) => [r[0], r[1]]));
    expect(meta).toMatchObject({
      'Kỳ báo cáo': '6 tháng đầu năm 2026',
      'Từ ngày': '01/01/2026',
      'Đến ngày': '30/06/2026',
      'Tỉnh/thành phố': 'Tỉnh Lạng Sơn',
      'Phiên bản cấu trúc dữ liệu': 3,
      'Thời điểm lập (giờ Việt Nam)': '23/11/2026 15:00:00',
    });
    expect(meta['Danh mục hành vi vi phạm']).toMatch(/^2022\.1 – /);
    expect(meta['Thông tin trẻ em']).toMatch(/^Đã ẩn danh thông tin trẻ em/);
    expect(meta['Trẻ em được hỗ trợ, can thiệp']).toMatch(/^Trẻ em được phát hiện là trẻ em có hồ sơ theo dõi sau kiểm tra/);
    expect(Object.values(meta).join(' ')).not.toContain('chưa được theo dõi');
  });
});

describe('CSV export', () => {
  it('is UTF-8 with a BOM and CRLF, parses back into the same tables and totals', async () => {
    const { bytes } = await exportReport('csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const sections = parseCsv(text);
    const json = JSON.parse((await exportReport('json')).bytes.toString('utf8')) as { tables: { title: string; headers: string[]; rows: unknown[][] }[] };
    expect(sections.map((s) => s.title)).toEqual(json.tables.map((t) => t.title));
    for (const [i, section] of sections.entries()) {
      expect(section.headers).toEqual(json.tables[i]!.headers);
      expect(section.rows).toEqual(json.tables[i]!.rows.map((r) => r.map(String)));
    }
    const violations = sections.find((s) => s.title === VIOLATIONS_TITLE)!;
    expect(violations.rows.at(-1)).toEqual(['Tổng cộng', '', '4', '234000000']);
    const summary = sections.find((s) => s.title === 'Tổng hợp kết quả kiểm tra')!;
    expect(summary.rows).toContainEqual(['Tổng số tiền phạt đề nghị', 'đồng', '234000000']);
    expect(sections.find((s) => s.title.startsWith('Người chưa thành niên làm việc'))!.rows).toEqual(MINORS.map((r) => r.map(String)));
    expect(sections.find((s) => s.title === 'Trẻ em được phát hiện, hỗ trợ, can thiệp')!.rows).toEqual(FOLLOW_UP_ROWS.map((r) => r.map(String)));
    expect(sections.find((s) => s.title === 'Hình thức kiểm tra, xử lý vi phạm và kiểm tra lại cam kết')!.rows).toEqual(ENFORCEMENT_ROWS.map((r) => r.map(String)));
  });
});

describe('JSON export', () => {
  it('has the schema version, the request and the same figures as the periodic report', async () => {
    const { bytes } = await exportReport('json', { filters: {} });
    const json = JSON.parse(bytes.toString('utf8'));
    const periodic = await app.run('reports.periodic', { period: firstHalf, area: { provinceCode: data.province } });
    expect(json).toMatchObject({
      schemaVersion: 3,
      generatedAt: '2026-11-23T08:00:00.000Z',
      input: { format: 'json', period: firstHalf, area: { provinceCode: data.province, communeCodes: [] }, includeChildDetails: false },
      catalogueVersions: ['2022.1'],
      scope: { provinceName: 'Tỉnh Lạng Sơn' },
    });
    expect(json.figures).toEqual(periodic.figures);
    expect(json.figures.totalProposedFines).toBe(234_000_000);
    expect(json.figures.followUp).toEqual({
      detected: 6, emergency: 2, supported: 2, referred: 2, intervened: 3, interventionRate: 50, interventionTarget: 100, backInSchoolOrTraining: 3, closed: 2,
    });
    expect(json.figures.sanctions).toEqual({ proposed: 3, decisions: 2, inspectionsDecided: 2, amountDecided: 171_500_000, paid: 1, amountPaid: 170_000_000 });
    expect(json.figures.commitmentChecks).toEqual({ itemsVerified: 2, kept: 1, breached: 1, reinspections: 2 });
    expect(json.tables.find((t: { key: string }) => t.key === 'childrenFollowUp').rows).toEqual(FOLLOW_UP_ROWS);
    expect(json.tables.find((t: { key: string }) => t.key === 'enforcement').rows).toEqual(ENFORCEMENT_ROWS);
    expect(json.childDetails).toBeUndefined();
    expect(json.tables.map((t: { key: string }) => t.key)).toEqual([
      'metadata',
      'summary',
      'inspectionsByKind',
      'inspectionsByMonth',
      'establishmentsByKindAndSector',
      'violationsByPoint',
      'minorsByBandSexSector',
      'commitments',
      'childrenFollowUp',
      'enforcement',
      'establishmentsWithViolations',
    ]);
  });

  it('is reproducible: two exports of the same period give the same tables', async () => {
    const tables = async () => {
      const json = JSON.parse((await exportReport('json')).bytes.toString('utf8'));
      const meta = json.tables.find((t: { key: string }) => t.key === 'metadata');
      meta.rows = meta.rows.filter((r: unknown[]) => r[0] !== 'Thời điểm lập (giờ Việt Nam)');
      return { tables: json.tables, figures: json.figures, catalogueVersions: json.catalogueVersions };
    };
    expect(await tables()).toEqual(await tables());
    const csv = async () => (await exportReport('csv')).bytes;
    expect((await csv()).equals(await csv())).toBe(true);
  });
});

describe('Word export', () => {
  it('is a BÁO CÁO in the official layout with the period, the key numbers and the tables', async () => {
    const { bytes } = await exportReport('docx', { filters: { leadAgencyId: data.labour.id } });
    const text = (await mammoth.extractRawText({ buffer: bytes })).value.normalize('NFC').replace(/\s+/g, ' ');
    for (const expected of [
      'UBND TỈNH LẠNG SƠN',
      'SỞ NỘI VỤ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: /BC-SNV',
      'Lạng Sơn, ngày 23 tháng 11 năm 2026',
      'BÁO CÁO',
      // The trích yếu is broken into two balanced lines (mammoth drops the line break).
      'Kết quả kiểm tra việc chấp hành pháp luật về',
      'lao động chưa thành niên 6 tháng đầu năm 2026',
      'từ ngày 01/01/2026 đến ngày 30/06/2026',
      'đã tiến hành 02 cuộc kiểm tra',
      'Phát hiện 03 người chưa thành niên',
      '171.500.000 đồng',
      'Theo điểm, khoản, điều của Nghị định số 12/2022/NĐ-CP:',
      '- Điểm b khoản 3 Điều 29 – người chưa đủ 13 tuổi làm công việc ngoài danh mục (không phải nghệ thuật, thể dục, thể thao): 01 hành vi',
      'I. KẾT QUẢ THỰC HIỆN',
      'II. ĐÁNH GIÁ CHUNG',
      '1. Thuận lợi',
      '2. Khó khăn, vướng mắc',
      '3. Nguyên nhân',
      'III. GIẢI PHÁP TRONG THỜI GIAN TỚI',
      'IV. KIẾN NGHỊ, ĐỀ XUẤT',
      'Phụ lục I',
      'SỐ LIỆU KẾT QUẢ KIỂM TRA',
      'Biểu 5. Hành vi vi phạm theo điểm, khoản, điều của Nghị định số 12/2022/NĐ-CP',
      'DANH SÁCH CƠ SỞ CÓ VI PHẠM',
      'GIÁM ĐỐC',
      'Nơi nhận:',
      '- Bộ Nội vụ (để b/c);',
      '- UBND tỉnh Lạng Sơn (để b/c);',
      '- Lưu: VT.',
    ]) {
      expect(text).toContain(expected);
    }
    for (const never of NEVER_IN_WORD) expect(text).not.toMatch(never);
  });

  it('prints the assessment the user keeps with the report, in its sections', async () => {
    const scope = { period: firstHalf, area: { provinceCode: data.province, communeCodes: [] }, filters: { leadAgencyId: data.labour.id } };
    await app.run('reports.saveAssessment', {
      ...scope,
      results: 'Các cuộc kiểm tra thực hiện đúng kế hoạch.',
      advantages: 'Chính quyền cấp xã phối hợp tốt.',
      difficulties: 'Cơ sở không lập sổ theo dõi.\nLao động thời vụ khó xác định.',
      causes: 'Nhận thức của chủ cơ sở còn hạn chế.',
      solutions: 'Tăng cường tuyên truyền tại làng nghề.',
      recommendations: 'Đề nghị Bộ Nội vụ hướng dẫn nhận diện công việc bị cấm trong làng nghề.',
    });
    const { bytes } = await exportReport('docx', { filters: { leadAgencyId: data.labour.id } });
    const text = (await mammoth.extractRawText({ buffer: bytes })).value.normalize('NFC').replace(/\s+/g, ' ');
    for (const expected of [
      '5. Kết quả đạt được Các cuộc kiểm tra thực hiện đúng kế hoạch.',
      '1. Thuận lợi Chính quyền cấp xã phối hợp tốt.',
      '2. Khó khăn, vướng mắc Cơ sở không lập sổ theo dõi. Lao động thời vụ khó xác định.',
      '3. Nguyên nhân Nhận thức của chủ cơ sở còn hạn chế.',
      'III. GIẢI PHÁP TRONG THỜI GIAN TỚI Tăng cường tuyên truyền tại làng nghề.',
      'IV. KIẾN NGHỊ, ĐỀ XUẤT Đề nghị Bộ Nội vụ hướng dẫn',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('…………');
  });

  it('without a lead agency: the joint team reports to the Sở Nội vụ, with all the totals', async () => {
    const { bytes } = await exportReport('docx');
    const text = (await mammoth.extractRawText({ buffer: bytes })).value.normalize('NFC').replace(/\s+/g, ' ');
    for (const expected of [
      'ĐOÀN KIỂM TRA',
      'LIÊN NGÀNH',
      'Số: /BC-ĐKT',
      'đã tiến hành 04 cuộc kiểm tra (02 cuộc kiểm tra định kỳ, 02 cuộc kiểm tra đột xuất) tại 04 cơ sở',
      'Phát hiện 07 người chưa thành niên làm việc tại các cơ sở được kiểm tra, trong đó có 05 trẻ em dưới 16 tuổi',
      'Phát hiện 03 cơ sở có vi phạm với tổng số 04 hành vi vi phạm; tổng số tiền phạt đề nghị là 234.000.000 đồng (bằng chữ: Hai trăm ba mươi bốn triệu đồng)',
      'Các cơ sở đã ký 02 bản cam kết với 03 nội dung cam kết',
      // Issue 11, as sentences under the same headings, and as tables in the annex.
      'Trong số các cuộc kiểm tra có 03 cuộc kiểm tra liên ngành và 01 cuộc kiểm tra của một cơ quan; 01 cơ sở thuộc làng nghề được kiểm tra, trong đó có 01 hộ gia đình.',
      'Có 01 người chưa thành niên làm công việc hoặc làm việc tại nơi làm việc nặng nhọc, độc hại, nguy hiểm.',
      'Đã lập hồ sơ theo dõi 06 trẻ em lao động trái quy định của pháp luật (trong đó 02 trường hợp khẩn cấp). Tính đến ngày 30/06/2026, 03 trẻ em được hỗ trợ, can thiệp (02 trẻ em được hỗ trợ, 02 trẻ em được chuyển tuyến), đạt tỷ lệ 50% so với chỉ tiêu 100%; 03 trẻ em đã trở lại trường học hoặc học nghề; 02 hồ sơ đã kết thúc theo dõi.',
      'Đã lập 02 biên bản vi phạm hành chính; đã ban hành 02 quyết định xử phạt vi phạm hành chính đối với 02 cuộc kiểm tra trong số 03 cuộc kiểm tra có đề nghị xử phạt, tổng số tiền phạt theo quyết định là 171.500.000 đồng, đã nộp phạt 170.000.000 đồng (01 quyết định).',
      'Qua 02 cuộc kiểm tra lại, đã kiểm tra lại 02 nội dung cam kết: 01 nội dung cơ sở thực hiện đúng cam kết, 01 nội dung cơ sở vi phạm cam kết.',
      'Biểu 8. Trẻ em được phát hiện, hỗ trợ, can thiệp',
      'Tỷ lệ trẻ em được hỗ trợ, can thiệp (chỉ tiêu 100%) % 50',
      'Biểu 9. Hình thức kiểm tra, xử lý vi phạm và kiểm tra lại cam kết',
      'Tổng số tiền phạt theo quyết định đồng 171.500.000',
      'TRƯỞNG ĐOÀN',
      '- Bộ Nội vụ (để b/c);',
      '- Sở Nội vụ;',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it.skipIf(!hasSoffice)('renders through LibreOffice with the Vietnamese text intact (needs soffice and poppler: skipped without them)', async () => {
    const { bytes } = await exportReport('docx');
    const pdf = (await renderDocxToPdfText(bytes)).normalize('NFC');
    expect(pdf).not.toContain('\uFFFD');
    for (const expected of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'BÁO CÁO', 'Lạng Sơn, ngày 23 tháng 11 năm 2026', '234.000.000', 'Từ đủ 13 đến chưa đủ 15 tuổi', 'DANH SÁCH CƠ SỞ CÓ VI PHẠM', 'Quán karaoke Hoàng Đồng']) {
      expect(pdf).toContain(expected);
    }
  });
});

describe("children's personal data", () => {
  it('is left out of every format by default, and each file still says what it was made from', async () => {
    expect(data.children.length).toBeGreaterThan(IN_SCOPE.length);
    for (const format of FORMATS) {
      const { bytes } = await exportReport(format);
      const texts = await fileTexts(format, bytes);
      const all = texts.join('\n');
      for (const child of data.children) {
        if (child.homeAddress) expect(all, `${format}: ${child.homeAddress}`).not.toContain(child.homeAddress.normalize('NFC'));
        expect(all, `${format}: ${child.fullName}`).not.toContain(child.fullName.normalize('NFC'));
        expect(all, `${format}: ${child.dateOfBirth}`).not.toContain(child.dateOfBirth);
        expect(all, `${format}: ${dmy(child.dateOfBirth)}`).not.toContain(dmy(child.dateOfBirth));
      }
      // The Word report says its period; the data files also say their catalogue version and time.
      const stamps = format === 'docx' ? ['6 tháng đầu năm 2026'] : ['6 tháng đầu năm 2026', '2022.1', '23/11/2026 15:00:00', 'Đã ẩn danh thông tin trẻ em'];
      for (const stamp of stamps) {
        expect(all, `${format}: ${stamp}`).toContain(stamp);
      }
    }
    expect(app.db.$client.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'minor' AND action = 'export'").get()).toEqual({ n: 0 });
  });

  it('is included only with a legal basis, only for the children in scope, and the export is audited', async () => {
    for (const format of FORMATS) {
      const { job, bytes } = await exportReport(format, { includeChildDetails: true, legalBasis: LEGAL_BASIS });
      const all = (await fileTexts(format, bytes)).join('\n');
      for (const child of data.children) {
        const inScope = IN_SCOPE.includes(child.fullName);
        expect(all.includes(child.fullName.normalize('NFC')), `${format}: ${child.fullName}`).toBe(inScope);
        expect(all.includes(dmy(child.dateOfBirth)), `${format}: ${child.dateOfBirth}`).toBe(inScope);
      }
      expect(all).toContain('Căn cứ pháp lý: Khoản 1 Điều 17 Nghị định 13/2023/NĐ-CP');

      const audit = app.db.$client
        .prepare("SELECT actor, note FROM audit_log WHERE action = 'export' AND entity = 'minor' AND note LIKE ?")
        .all(`%${job.fileName}%`) as { actor: string; note: string }[];
      expect(audit).toHaveLength(1);
      expect(audit[0]!.actor).toBe('tester');
      expect(audit[0]!.note).toContain(LEGAL_BASIS_TEXT);
      expect(audit[0]!.note).toContain(' 7 trẻ em');
      expect(audit[0]!.note).toContain(format.toUpperCase());
      for (const child of data.children) expect(audit[0]!.note).not.toContain(child.fullName);
    }
  });

  it('is refused without a legal basis', async () => {
    for (const legalBasis of [undefined, '   ']) {
      const answer = await app.send('reports.export', { format: 'xlsx', period: firstHalf, includeChildDetails: true, legalBasis });
      expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['legalBasis'] }] } });
    }
    expect(existsSync(app.ctx.documentsDir)).toBe(false);
  });
});

describe('cancelling an export', () => {
  /** A few thousand more minors in a finalised inspection of the period, so the child list takes a while. */
  function addManyMinors(count: number): void {
    const inspection = app.db.$client
      .prepare("SELECT id FROM inspections WHERE establishment_id = ? AND inspection_date = '2026-01-15'")
      .get(data.establishments.e1.id) as { id: string };
    const insert = app.db.$client.prepare(
      `INSERT INTO minors (id, inspection_id, full_name, sex, date_of_birth, age_at_inspection, age_band, job, hours_per_day, home_address, created_at, updated_at, updated_by)
       VALUES (?, ?, ?, 'female', '2012-05-05', 13, '13to15', 'Khâu giày', 6.5, 'Thôn Nà Pàn', '2026-01-15T08:00:00Z', '2026-01-15T08:00:00Z', 'tester')`,
    );
    app.db.$client.transaction(() => {
      for (let i = 0; i < count; i++) insert.run(`bulk-${String(i).padStart(5, '0')}`, inspection.id, `Trẻ thử nghiệm ${i}`);
    })();
  }

  const tick = () => new Promise((resolve) => setImmediate(resolve));

  it('stops a running export between chunks: no file, no document, progress within 0…1', async () => {
    addManyMinors(4000);
    const pageSize = exportTuning.pageSize;
    exportTuning.pageSize = 200;
    try {
      const started = await app.run('reports.export', { format: 'xlsx', period: firstHalf, area: { provinceCode: data.province }, includeChildDetails: true, legalBasis: LEGAL_BASIS });
      const seen: ExportJob[] = [];
      let status = started;
      for (let i = 0; i < 10_000 && !(status.stage.startsWith('Đang ghi danh sách trẻ em') && status.progress > 0.3); i++) {
        await tick();
        status = await app.run('reports.exportStatus', { jobId: started.jobId });
        expect(status.state).toBe('running');
        seen.push(status);
      }
      expect(status.stage).toMatch(/^Đang ghi danh sách trẻ em \(\d+\/4007\)…$/);
      const progress = seen.map((s) => s.progress);
      expect(progress.every((p) => p >= 0 && p <= 1)).toBe(true);
      expect(progress.some((p) => p > 0 && p < 1)).toBe(true);
      expect(progress).toEqual([...progress].sort((a, b) => a - b));
      expect(new Set(seen.map((s) => s.stage))).toContain('Đang tính số liệu…');

      const asked = await app.run('reports.cancelExport', { jobId: started.jobId });
      expect(asked).toMatchObject({ state: 'running', stage: 'Đang hủy…' });
      const job = await waitForJob(started.jobId);
      expect(job).toMatchObject({ state: 'cancelled', stage: 'Đã hủy' });
      expect(job.documentId).toBeUndefined();
      expect(app.db.$client.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 0 });
      expect(app.db.$client.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'export'").get()).toEqual({ n: 0 });
      expect(readdirSync(app.ctx.documentsDir)).toEqual([]);
    } finally {
      exportTuning.pageSize = pageSize;
    }
  });

  it('stops an export cancelled right after it started', async () => {
    addManyMinors(500);
    const started = await app.run('reports.export', { format: 'csv', period: firstHalf, includeChildDetails: true, legalBasis: LEGAL_BASIS });
    await app.run('reports.cancelExport', { jobId: started.jobId });
    expect(await waitForJob(started.jobId)).toMatchObject({ state: 'cancelled' });
    expect(app.db.$client.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 0 });
    expect(existsSync(app.ctx.documentsDir) ? readdirSync(app.ctx.documentsDir) : []).toEqual([]);
  });

  it('leaves the database free for other commands between chunks', async () => {
    addManyMinors(2000);
    const { pageSize, chunkDelayMs } = exportTuning;
    exportTuning.pageSize = 100;
    // Each chunk waits a little, so the export is surely still writing the child list when the
    // write below and the look at the .part file happen, however busy the machine.
    exportTuning.chunkDelayMs = 25;
    try {
      const started = await app.run('reports.export', { format: 'json', period: firstHalf, area: { provinceCode: data.province }, includeChildDetails: true, legalBasis: LEGAL_BASIS });
      let status = started;
      while (status.state === 'running' && !status.stage.startsWith('Đang ghi danh sách trẻ em')) {
        await tick();
        status = await app.run('reports.exportStatus', { jobId: started.jobId });
      }
      // A write while the child list is being read.
      await app.run('establishments.create', { name: 'Cơ sở mới', kind: 'enterprise', provinceCode: data.province, communeCode: data.c1 } as never);
      // The file being written is encrypted from its first byte: no child's name in the .part file.
      const parts = readdirSync(app.ctx.documentsDir).filter((f) => f.endsWith('.part'));
      expect(parts).toHaveLength(1);
      // (The stream writes its header once the file is open: a few turns of the event loop.)
      let partial = readFileSync(join(app.ctx.documentsDir, parts[0]!));
      for (let i = 0; i < 1000 && partial.length < 32; i++) {
        await tick();
        partial = readFileSync(join(app.ctx.documentsDir, parts[0]!));
      }
      expect(isEncryptedFile(partial)).toBe(true);
      expect(partial.includes(Buffer.from('Trẻ thử nghiệm'))).toBe(false);
      const job = await waitForJob(started.jobId);
      expect(job.state).toBe('done');
      const json = JSON.parse(app.readStored(job.fileName!).toString('utf8'));
      expect(json.childDetails.rows).toHaveLength(2007);
      expect(json.childDetails.rows.map((r: unknown[]) => r[0])).toEqual(Array.from({ length: 2007 }, (_, i) => i + 1));
    } finally {
      Object.assign(exportTuning, { pageSize, chunkDelayMs });
    }
  });
});
