import dayjs from 'dayjs';
import { vietnamDayOf } from '../../../shared/dates/vietnam-day';
import { foldVietnamese } from '../../../shared/text/fold';
import { downloadBlob } from './download';

/** One column of an exported list: its heading and the cell of a row (text, number, or empty). */
export interface ExportColumn<T> {
  title: string;
  value: (row: T) => string | number | undefined | null;
  /** Characters; guessed from the values when absent. */
  width?: number;
}

export interface ListExport<T> {
  /** The list's name: the sheet's title and the file's ("Danh sách cuộc kiểm tra"). */
  title: string;
  /** What the list was narrowed to, printed under the title ("Trạng thái: Đã hoàn tất"). */
  filters?: string[];
  /** "Trích xuất ngày 03/12/2026". */
  extractedLine: string;
  columns: ExportColumn<T>[];
  rows: T[];
}

/** "Danh sach cuoc kiem tra - 03-12-2026.xlsx": the name a clerk gives a file, without marks. */
export function exportFileName(title: string, date = dayjs(vietnamDayOf())): string {
  const plain = foldVietnamese(title).replace(/\s+/g, ' ');
  return `${plain.charAt(0).toUpperCase()}${plain.slice(1)} - ${date.format('DD-MM-YYYY')}.xlsx`;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Writes the list as the user sees it (same rows, same order, same words) to an Excel file:
 * a title, the filters and the extraction date above a header row that stays in view, with
 * an autofilter. exceljs is loaded only when a list is exported.
 */
export async function exportList<T>(list: ListExport<T>): Promise<string> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(list.title.slice(0, 31));
  const notes = [list.title, ...(list.filters ?? []), list.extractedLine];
  notes.forEach((line, i) => {
    const cell = sheet.getCell(i + 1, 1);
    cell.value = line;
    cell.font = i === 0 ? { bold: true, size: 14, name: 'Times New Roman' } : { italic: true, name: 'Times New Roman' };
  });
  const headerRow = notes.length + 2;
  const header = sheet.getRow(headerRow);
  list.columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = column.title;
    cell.font = { bold: true, name: 'Times New Roman' };
    cell.alignment = { vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6EEF6' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  list.rows.forEach((row, r) => {
    const line = sheet.getRow(headerRow + 1 + r);
    list.columns.forEach((column, c) => {
      const value = column.value(row);
      const cell = line.getCell(c + 1);
      cell.value = value === undefined || value === null ? null : value;
      cell.font = { name: 'Times New Roman' };
      cell.alignment = { vertical: 'top', wrapText: true };
      if (typeof value === 'number') cell.numFmt = '#,##0';
    });
  });
  list.columns.forEach((column, c) => {
    const longest = Math.max(column.title.length, ...list.rows.map((row) => String(column.value(row) ?? '').length));
    sheet.getColumn(c + 1).width = column.width ?? Math.min(60, Math.max(10, longest + 2));
  });
  sheet.views = [{ state: 'frozen', ySplit: headerRow }];
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: list.columns.length } };
  const fileName = exportFileName(list.title);
  const bytes = await book.xlsx.writeBuffer();
  downloadBlob(fileName, new Blob([bytes], { type: XLSX }));
  return fileName;
}
