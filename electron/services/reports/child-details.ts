/**
 * The list of children and minors (under 18) of a report, with their personal details: exported
 * only by a leader or the admin, on an explicit choice with a legal basis from the list
 * (legal-reference §7), and audited by the job runner.
 *
 * Rows come in pages read with better-sqlite3 `.iterate()`. A page is read to its end before it is
 * handed over, because an open iterator keeps the connection busy and every write of the app
 * (another window saving a record) would fail until the export ended; between pages the
 * connection is free, and the next page starts after the last row read (keyset paging).
 */
import type { Db } from '../../../db/client';
import type { ReportInput } from '../../../shared/schemas/report';
import { formatShortDate } from '../../documents/plan-labels';
import { ageBandLabel, sexLabel, type Cell, type TableShape } from '../../reports/report-tables';
import { reportScope } from './scope';

export const CHILD_DETAILS_TABLE: TableShape = {
  key: 'childDetails',
  title: 'Danh sách trẻ em, người chưa thành niên làm việc tại các cơ sở được kiểm tra',
  sheetName: 'Danh sách trẻ em',
  headers: [
    'STT',
    'Họ và tên',
    'Giới tính',
    'Ngày sinh',
    'Tuổi',
    'Nhóm tuổi',
    'Cơ sở',
    'Ngày kiểm tra',
    'Công việc',
    'Giờ làm mỗi ngày',
    'Giờ làm mỗi tuần',
    'Nơi ở',
  ],
  // Millimetres of the landscape annex (252 mm): dates and headers on one line at 13 pt.
  widths: [12, 30, 13, 25, 14, 27, 31, 25, 22, 14, 14, 25],
  wide: true,
};

interface MinorRow {
  minorId: string;
  inspectionId: string;
  inspectionDate: string;
  fullName: string;
  sex: string;
  dateOfBirth: string | null;
  age: number;
  ageBand: string;
  establishmentName: string;
  job: string | null;
  hoursPerDay: number | null;
  hoursPerWeek: number | null;
  homeAddress: string | null;
}

/**
 * Only those under 18 at the inspection (Labour Code Art. 143.1): someone recorded and found to
 * be 18 or over (age band 'adult') is no minor, and the list is of minors.
 */
const FROM = 'FROM scope s JOIN minors m ON m.inspection_id = s.inspectionId AND m.deleted_at IS NULL AND m.age_at_inspection < 18';

/** How many children the list will hold (progress, and the count written in the audit log). */
export function countChildDetails(db: Db, input: ReportInput): number {
  const { cte, params } = reportScope(input);
  return (db.$client.prepare(`${cte} SELECT count(*) AS n ${FROM}`).get(...params) as { n: number }).n;
}

function toCells(row: MinorRow, index: number): Cell[] {
  return [
    index,
    row.fullName,
    sexLabel(row.sex),
    row.dateOfBirth ? formatShortDate(row.dateOfBirth) : 'Không rõ (tuổi ước tính)',
    row.age,
    ageBandLabel(row.ageBand),
    row.establishmentName,
    formatShortDate(row.inspectionDate),
    row.job ?? '',
    row.hoursPerDay ?? '',
    row.hoursPerWeek ?? '',
    row.homeAddress ?? '',
  ];
}

/**
 * Pages of at most `pageSize` rows, ordered by inspection date, inspection and record; the
 * statement behind each page is finished before the page is yielded, so the caller may await
 * between pages.
 */
export function* childDetailPages(db: Db, input: ReportInput, pageSize = 500): Generator<Cell[][]> {
  const { cte, params } = reportScope(input);
  const statement = db.$client.prepare(
    `${cte} SELECT m.id AS minorId, s.inspectionId, s.inspectionDate, m.full_name AS fullName, m.sex, m.date_of_birth AS dateOfBirth,
            m.age_at_inspection AS age, m.age_band AS ageBand, s.establishmentName, m.job, m.hours_per_day AS hoursPerDay,
            m.hours_per_week AS hoursPerWeek, m.home_address AS homeAddress
     ${FROM}
     WHERE (s.inspectionDate, s.inspectionId, m.id) > (?, ?, ?)
     ORDER BY s.inspectionDate, s.inspectionId, m.id
     LIMIT ?`,
  );
  let after: [string, string, string] = ['', '', ''];
  let written = 0;
  for (;;) {
    const page: Cell[][] = [];
    let last: MinorRow | undefined;
    for (const row of statement.iterate(...params, ...after, pageSize) as IterableIterator<MinorRow>) {
      written += 1;
      page.push(toCells(row, written));
      last = row;
    }
    if (!last) return;
    after = [last.inspectionDate, last.inspectionId, last.minorId];
    yield page;
    if (page.length < pageSize) return;
  }
}
