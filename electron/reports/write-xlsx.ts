/**
 * Excel report: one sheet per table ("Thông tin báo cáo" first, the child list last when asked
 * for), Vietnamese headers in bold on a frozen first row, numbers stored as numbers, amounts in
 * đồng formatted "#,##0". Written with exceljs' streaming writer straight to the file: each row
 * is committed as soon as it is added, so the child list never sits in memory.
 */
import ExcelJS from 'exceljs';
import { outputStream, type ExportContent, type ReportOutput, type WriteProgress } from './export-content';
import { periodLabel, REPORT_NAME, TOTAL, type Cell, type TableShape } from './report-tables';

const MONEY_FORMAT = '#,##0';
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };

const textLength = (cell: Cell): number => (typeof cell === 'number' ? cell.toLocaleString('en-US').length : cell.length);

/**
 * Character widths: from the longest cell of each column when the rows are known, otherwise
 * (the streamed child list) from the table's relative widths.
 */
function columnWidths(shape: TableShape, rows: readonly Cell[][] | undefined): number[] {
  return shape.headers.map((header, i) => {
    const headerWidth = Math.min(24, header.length);
    const content = rows ? Math.max(0, ...rows.map((row) => textLength(row[i] ?? ''))) : Math.round((shape.widths?.[i] ?? 2) * 6);
    return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, Math.max(headerWidth, content) + 2));
  });
}

function addSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, shape: TableShape, rows: readonly Cell[][] | undefined): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(shape.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  const widths = columnWidths(shape, rows);
  sheet.columns = shape.headers.map((_, i) => ({
    key: `c${i}`,
    width: widths[i],
    style: {
      alignment: { vertical: 'top', wrapText: true },
      ...(shape.moneyColumns?.includes(i) ? { numFmt: MONEY_FORMAT } : {}),
    },
  }));
  const header = sheet.addRow(shape.headers);
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
  header.commit();
  return sheet;
}

function addRow(sheet: ExcelJS.Worksheet, row: readonly Cell[]): void {
  // Empty strings stay empty cells, so a blank is not a zero-length text for Excel's filters.
  const added = sheet.addRow(row.map((cell) => (cell === '' ? null : cell)));
  if (row.includes(TOTAL)) added.font = { bold: true };
  added.commit();
}

export async function writeXlsx(out: ReportOutput, content: ExportContent, progress: WriteProgress): Promise<void> {
  // Our own file stream, listened to from the start: exceljs only listens for its errors when the
  // workbook is committed, and an unheard 'error' (disk full, no permission) would end the app.
  const file = outputStream(out);
  let fileError: Error | undefined;
  file.on('error', (error) => {
    fileError = error;
  });
  const check = () => {
    if (fileError) throw fileError;
  };
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: file, useStyles: true, useSharedStrings: false });
  const generated = new Date(content.result.generatedAt);
  workbook.creator = 'Ứng dụng hỗ trợ đoàn kiểm tra liên ngành về lao động trẻ em';
  workbook.title = `Báo cáo ${REPORT_NAME} - ${periodLabel(content.result.input.period)}`;
  workbook.subject = REPORT_NAME;
  workbook.created = generated;
  workbook.modified = generated;

  let failure: unknown;
  try {
    for (const table of content.tables) {
      await progress.table(table.title);
      check();
      const sheet = addSheet(workbook, table, table.rows);
      for (const row of table.rows) addRow(sheet, row);
      sheet.commit();
    }
    const children = content.childDetails;
    if (children) {
      await progress.table(children.table.title);
      const sheet = addSheet(workbook, children.table, undefined);
      for (const page of children.pages()) {
        check();
        for (const row of page) addRow(sheet, row);
        await progress.rows(page.length);
      }
      sheet.commit();
    }
  } catch (error) {
    failure = error;
  }
  if (fileError) {
    file.destroy();
    throw failure ?? fileError;
  }
  // Closes the file also when the export stopped half-way (cancelled); the caller deletes it.
  try {
    await workbook.commit();
  } catch (error) {
    failure ??= error;
  }
  if (failure !== undefined) throw failure;
}
