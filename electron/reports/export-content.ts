/** What every report writer receives: the tables to write, where, and how to report its progress. */
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { ReportExportInput, ReportResult } from '../../shared/schemas/report';
import type { Cell, ReportTable, ScopeNames, TableShape } from './report-tables';

export interface ChildDetailsSource {
  table: TableShape;
  /** Number of rows the pages will give. */
  count: number;
  /** Pages of rows; the caller may await between pages (see child-details.ts). */
  pages(): Iterable<Cell[][]>;
}

export interface ExportContent {
  input: ReportExportInput;
  result: ReportResult;
  names: ScopeNames;
  /** From buildReportTables: "Thông tin báo cáo" first. */
  tables: ReportTable[];
  /** Only when the user chose to include children's details, with a legal basis. */
  childDetails?: ChildDetailsSource;
  /** Date of the document (YYYY-MM-DD, today in Viet Nam). */
  date: string;
}

/**
 * Where a writer writes: a file path (plaintext), or a stream the writer ends — the app passes
 * the encrypting stream of its file store (electron/services/file-store.ts).
 */
export type ReportOutput = string | Writable;

export const outputStream = (out: ReportOutput, encoding?: BufferEncoding): Writable => (typeof out === 'string' ? createWriteStream(out, encoding ? { encoding } : {}) : out);

/**
 * Called by writers between chunks of work. Each call may throw to stop the export (the user
 * cancelled it) and lets the event loop run, so status queries are answered meanwhile.
 */
export interface WriteProgress {
  /** Before writing a table. */
  table(title: string): Promise<void>;
  /** After writing `count` more rows of the child list. */
  rows(count: number): Promise<void>;
}
