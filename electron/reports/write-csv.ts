/**
 * CSV report: ONE file, UTF-8 with a byte-order mark (so Excel reads the Vietnamese letters),
 * comma-separated, CRLF line ends, fields quoted per RFC 4180 only when they hold a comma, a
 * quote or a line break.
 *
 * Layout: one section per table, in the order of the other formats ("Thông tin báo cáo" first):
 *
 *     <table title>                  ← one field
 *     <header 1>,<header 2>,…
 *     <row>…
 *                                    ← empty line between sections
 *
 * Opened in Excel it reads like the Word tables one under another; a program splits the file on
 * empty lines and takes the first line of each section as its title and the second as headers.
 * Numbers are written plainly (234000000, 6.5): no thousands separators, a dot for decimals.
 *
 * On a computer whose Windows list separator is ";" (the Vietnamese regional setting), Excel
 * opening the file by double-click puts each line in one column; use Data ▸ From Text/CSV (or
 * the Excel export) there.
 *
 * A text starting with = + - @ (or a tab / carriage return) gets a leading apostrophe, so Excel
 * never runs a name typed as a formula (CSV injection); the other formats keep the text as is.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { outputStream, type ExportContent, type ReportOutput, type WriteProgress } from './export-content';
import type { Cell } from './report-tables';

export const CSV_BOM = '\uFEFF';
const EOL = '\r\n';

export function csvField(cell: Cell): string {
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (row: readonly Cell[]): string => row.map(csvField).join(',') + EOL;

async function* csvText(content: ExportContent, progress: WriteProgress): AsyncGenerator<string> {
  yield CSV_BOM;
  let first = true;
  const section = (title: string, headers: readonly string[]): string => {
    const text = (first ? '' : EOL) + csvLine([title]) + csvLine(headers);
    first = false;
    return text;
  };
  for (const table of content.tables) {
    await progress.table(table.title);
    yield section(table.title, table.headers) + table.rows.map(csvLine).join('');
  }
  const children = content.childDetails;
  if (children) {
    await progress.table(children.table.title);
    yield section(children.table.title, children.table.headers);
    for (const page of children.pages()) {
      yield page.map(csvLine).join('');
      await progress.rows(page.length);
    }
  }
}

/** Streams the sections to the file; the file stream's back-pressure paces the child pages. */
export async function writeCsv(out: ReportOutput, content: ExportContent, progress: WriteProgress): Promise<void> {
  await pipeline(Readable.from(csvText(content, progress)), outputStream(out, 'utf8'));
}
