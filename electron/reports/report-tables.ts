/**
 * The one place where a periodic report's figures become tables with Vietnamese titles, headers
 * and labels. Word, Excel, CSV and JSON exports all write these tables as they are, so the four
 * files always show the same numbers. Numbers stay numbers; each writer formats them.
 * Pure: no database, no clock (the names of codes and ids are looked up by scope-names.ts).
 * The labels of codes are those of shared/labels, the same as the interface's.
 */
import { AGE_BAND_LABELS } from '../../shared/labels/age';
import { REPORT_SECTOR_LABELS } from '../../shared/labels/establishment';
import { COMMITMENT_STATUS_LABELS, SEX_LABELS } from '../../shared/labels/inspection';
import { PLAN_KIND_LABELS } from '../../shared/labels/plan';
import { labelInText } from '../../shared/labels/text';
import { AGE_BANDS } from '../../shared/minors/age';
import { ESTABLISHMENT_KINDS, SECTORS } from '../../shared/schemas/establishment';
import { PLAN_KINDS } from '../../shared/schemas/plan';
import type { ReportResult } from '../../shared/schemas/report';
import { SEXES } from '../../shared/schemas/inspection';
import { kindLabel } from '../documents/inspection-labels';
import { formatShortDate, officialAgencyName } from '../documents/plan-labels';
import type { ScopeNames } from './export-content';

/** Version of the layout of the exported tables and of the JSON file; raise it when either changes. */
export const REPORT_SCHEMA_VERSION = 1;

export const REPORT_NAME = 'Kết quả kiểm tra việc chấp hành pháp luật về lao động chưa thành niên';

export type Cell = string | number;

/** The shape of a table, without its rows (the child list streams its rows). */
export interface TableShape {
  key: string;
  title: string;
  /** Excel sheet name: at most 31 characters, none of []:*?/\ */
  sheetName: string;
  headers: string[];
  /** Columns holding amounts in đồng: "#,##0" in Excel, "1.500.000" in Word. */
  moneyColumns?: number[];
  /** Relative column widths (Word; Excel sizes columns from the content). */
  widths?: number[];
  /** Too wide for a portrait page: Word puts it in a landscape annex. */
  wide?: boolean;
}

export interface ReportTable extends TableShape {
  rows: Cell[][];
}

// ---- labels --------------------------------------------------------------------------

const lookup = <T extends string>(labels: Record<T, string>, key: string): string => (labels as Record<string, string>)[key] ?? key;

/** Inspection kinds (the kind of the plan; an inspection outside any plan counts as đột xuất). */
export const inspectionKindLabel = (kind: string): string => lookup(PLAN_KIND_LABELS, kind);
export const sectorLabel = (sector: string): string => lookup(REPORT_SECTOR_LABELS, sector);
export const sexLabel = (sex: string): string => lookup(SEX_LABELS, sex);
export const ageBandLabel = (band: string): string => lookup(AGE_BAND_LABELS, band);

const AGE_BAND_ORDER: readonly string[] = AGE_BANDS;
const orderOf = (order: readonly string[], value: string): number => {
  const i = order.indexOf(value);
  return i === -1 ? order.length : i;
};
const byOrder = <T>(order: readonly string[], key: (item: T) => string) => (a: T, b: T) => orderOf(order, key(a)) - orderOf(order, key(b));

/** "2026-03" → "03/2026". */
const monthLabel = (month: string): string => {
  const [year, mm] = month.split('-');
  return year && mm ? `${mm}/${year}` : month;
};

/** "6 tháng đầu năm 2026", or "Từ 01/01/2026 đến 30/06/2026" when the period has no label. */
export function periodLabel(period: ReportResult['input']['period']): string {
  return period.label?.trim() || `Từ ${formatShortDate(period.from)} đến ${formatShortDate(period.to)}`;
}

/** "23/11/2026 15:00:00": a timestamp in Viet Nam time (UTC+7), whatever the machine's zone. */
export function vietnamDateTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const local = new Date(ms + 7 * 3_600_000).toISOString();
  return `${formatShortDate(local.slice(0, 10))} ${local.slice(11, 19)}`;
}

// ---- key numbers ---------------------------------------------------------------------

export interface Count {
  key: string;
  label: string;
  count: number;
}

/** The headline numbers, summed once from the figures: the summary table and Word's sentences. */
export interface KeyNumbers {
  inspections: number;
  inspectionsByKind: Count[];
  establishments: number;
  establishmentsByKind: Count[];
  establishmentsWithViolations: number;
  violations: number;
  totalProposedFines: number;
  minors: number;
  childrenUnder16: number;
  minorsByBand: Count[];
  minorsBySex: Count[];
  commitments: ReportResult['figures']['commitments'];
}

function totals(items: readonly { key: string; count: number }[], order: readonly string[], label: (key: string) => string): Count[] {
  const sums = new Map<string, number>();
  for (const { key, count } of items) sums.set(key, (sums.get(key) ?? 0) + count);
  return [...sums.entries()]
    .map(([key, count]) => ({ key, label: label(key), count }))
    .sort(byOrder(order, (c: Count) => c.key));
}

export function keyNumbers(result: ReportResult): KeyNumbers {
  const f = result.figures;
  return {
    inspections: f.inspectionsTotal,
    inspectionsByKind: totals(f.inspectionsByKind, PLAN_KINDS, inspectionKindLabel),
    establishments: f.establishmentsInspected,
    establishmentsByKind: totals(
      f.establishmentsByKindAndSector.map((r) => ({ key: r.kind, count: r.count })),
      ESTABLISHMENT_KINDS,
      kindLabel,
    ),
    establishmentsWithViolations: f.establishmentsWithViolations,
    violations: f.violationsTotal,
    totalProposedFines: f.totalProposedFines,
    minors: f.minorsTotal,
    childrenUnder16: f.childrenUnder16,
    minorsByBand: totals(f.minorsByBandSexSector.map((r) => ({ key: r.ageBand, count: r.count })), AGE_BAND_ORDER, ageBandLabel),
    minorsBySex: totals(f.minorsByBandSexSector.map((r) => ({ key: r.sex, count: r.count })), SEXES, sexLabel),
    commitments: f.commitments,
  };
}

// ---- tables --------------------------------------------------------------------------

export interface TableOptions {
  includeChildDetails: boolean;
  legalBasis?: string;
}

export const TOTAL = 'Tổng cộng';

function metadataTable(result: ReportResult, names: ScopeNames, options: TableOptions): ReportTable {
  const { period, area } = result.input;
  const plan = names.plan ? (names.plan.number ? `Số ${names.plan.number}: ${names.plan.title}` : names.plan.title) : 'Tất cả';
  const catalogues = names.catalogues.length
    ? names.catalogues
        .map((c) => [c.version, c.title, c.effectiveDate ? `(áp dụng từ ${formatShortDate(c.effectiveDate)})` : ''].filter(Boolean).join(' – ').replace(/ – \(/, ' ('))
        .join('; ')
    : 'Không có (không có cuộc kiểm tra nào trong phạm vi)';
  const children = options.includeChildDetails
    ? `Có kèm danh sách trẻ em, người chưa thành niên (thông tin cá nhân). Căn cứ pháp lý: ${options.legalBasis ?? ''}`
    : 'Đã ẩn danh thông tin trẻ em (chỉ có số liệu tổng hợp, không có họ tên, ngày sinh, địa chỉ)';
  const rows: Cell[][] = [
    ['Tên báo cáo', REPORT_NAME],
    ['Kỳ báo cáo', periodLabel(period)],
    ['Từ ngày', formatShortDate(period.from)],
    ['Đến ngày', formatShortDate(period.to)],
    ['Tỉnh/thành phố', names.provinceName ?? 'Tất cả'],
    ['Xã/phường/đặc khu', area.communeCodes.length ? names.communeNames.join('; ') : 'Tất cả'],
    ['Kế hoạch kiểm tra', plan],
    ['Cơ quan chủ trì kế hoạch', names.leadAgency ? officialAgencyName(names.leadAgency.name) : 'Tất cả'],
    [
      'Phạm vi số liệu',
      'Các cuộc kiểm tra đã hoàn thành biên bản (kể cả biên bản đang đính chính) có ngày kiểm tra trong kỳ báo cáo, tại các cơ sở thuộc địa bàn đã chọn; không tính bản ghi đã xóa',
    ],
    ['Cam kết quá hạn', `Tính đến ngày cuối kỳ báo cáo (${formatShortDate(period.to)})`],
    ['Danh mục hành vi vi phạm', catalogues],
    ['Thời điểm lập (giờ Việt Nam)', vietnamDateTime(result.generatedAt)],
    ['Phiên bản cấu trúc dữ liệu', REPORT_SCHEMA_VERSION],
    ['Thông tin trẻ em', children],
    ['Ghi chú', 'Số trẻ em được hỗ trợ, can thiệp chưa được theo dõi trong ứng dụng nên không có trong báo cáo này'],
  ];
  return { key: 'metadata', title: 'Thông tin báo cáo', sheetName: 'Thông tin báo cáo', headers: ['Nội dung', 'Giá trị'], rows, widths: [3, 7] };
}

function summaryTable(k: KeyNumbers): ReportTable {
  const rows: Cell[][] = [
    ['Số cuộc kiểm tra', 'cuộc', k.inspections],
    ['Số cơ sở được kiểm tra', 'cơ sở', k.establishments],
    ['Số cơ sở có vi phạm', 'cơ sở', k.establishmentsWithViolations],
    ['Số hành vi vi phạm', 'hành vi', k.violations],
    ['Tổng số tiền phạt đề nghị', 'đồng', k.totalProposedFines],
    ['Số người chưa thành niên làm việc tại các cơ sở', 'người', k.minors],
    ['Trong đó: trẻ em (dưới 16 tuổi)', 'người', k.childrenUnder16],
    ...k.minorsByBand.map((b): Cell[] => [`Chia theo nhóm tuổi: ${b.label}`, 'người', b.count]),
    ...k.minorsBySex.map((s): Cell[] => [`Chia theo giới tính: ${s.label}`, 'người', s.count]),
    ['Số bản cam kết đã ký', 'bản', k.commitments.signed],
  ];
  return { key: 'summary', title: 'Tổng hợp kết quả kiểm tra', sheetName: 'Tổng hợp', headers: ['Chỉ tiêu', 'Đơn vị tính', 'Số liệu'], rows, moneyColumns: [2], widths: [7, 2, 3] };
}

function inspectionsByKindTable(result: ReportResult): ReportTable {
  const rows: Cell[][] = [...result.figures.inspectionsByKind]
    .sort(byOrder(PLAN_KINDS, (r) => r.key))
    .map((r) => [inspectionKindLabel(r.key), r.count]);
  rows.push([TOTAL, result.figures.inspectionsTotal]);
  return { key: 'inspectionsByKind', title: 'Cuộc kiểm tra theo loại', sheetName: 'Kiểm tra theo loại', headers: ['Loại kiểm tra', 'Số cuộc kiểm tra'], rows, widths: [6, 3] };
}

function inspectionsByMonthTable(result: ReportResult): ReportTable {
  const rows: Cell[][] = result.figures.inspectionsByMonth.map((r) => [monthLabel(r.month), r.count]);
  rows.push([TOTAL, result.figures.inspectionsTotal]);
  return { key: 'inspectionsByMonth', title: 'Cuộc kiểm tra theo tháng', sheetName: 'Kiểm tra theo tháng', headers: ['Tháng', 'Số cuộc kiểm tra'], rows, widths: [6, 3] };
}

function establishmentsTable(result: ReportResult): ReportTable {
  const sorted = [...result.figures.establishmentsByKindAndSector].sort(
    (a, b) => orderOf(ESTABLISHMENT_KINDS, a.kind) - orderOf(ESTABLISHMENT_KINDS, b.kind) || orderOf([...SECTORS, 'unspecified'], a.sector) - orderOf([...SECTORS, 'unspecified'], b.sector),
  );
  const rows: Cell[][] = sorted.map((r) => [kindLabel(r.kind), sectorLabel(r.sector), r.count]);
  rows.push([TOTAL, '', result.figures.establishmentsInspected]);
  return {
    key: 'establishmentsByKindAndSector',
    title: 'Cơ sở được kiểm tra theo loại hình và lĩnh vực',
    sheetName: 'Cơ sở theo loại hình',
    headers: ['Loại hình cơ sở', 'Lĩnh vực', 'Số cơ sở'],
    rows,
    widths: [4, 4, 2],
  };
}

function violationsTable(result: ReportResult): ReportTable {
  const f = result.figures;
  const rows: Cell[][] = f.violationsByCode.map((r) => [r.code, r.summary, r.count, r.totalProposedFine]);
  rows.push([TOTAL, '', f.violationsTotal, f.totalProposedFines]);
  return {
    key: 'violationsByCode',
    title: 'Vi phạm theo hành vi',
    sheetName: 'Vi phạm theo hành vi',
    headers: ['Mã hành vi', 'Hành vi vi phạm', 'Số hành vi vi phạm', 'Tổng tiền phạt đề nghị (đồng)'],
    rows,
    moneyColumns: [3],
    widths: [28, 77, 25, 35],
  };
}

function minorsTable(result: ReportResult): ReportTable {
  const sectors = [...SECTORS, 'unspecified'];
  const sorted = [...result.figures.minorsByBandSexSector].sort(
    (a, b) => orderOf(AGE_BAND_ORDER, a.ageBand) - orderOf(AGE_BAND_ORDER, b.ageBand) || orderOf(SEXES, a.sex) - orderOf(SEXES, b.sex) || orderOf(sectors, a.sector) - orderOf(sectors, b.sector),
  );
  const rows: Cell[][] = sorted.map((r) => [ageBandLabel(r.ageBand), sexLabel(r.sex), sectorLabel(r.sector), r.count]);
  rows.push([TOTAL, '', '', result.figures.minorsTotal]);
  return {
    key: 'minorsByBandSexSector',
    title: 'Trẻ em, người chưa thành niên theo nhóm tuổi, giới tính và lĩnh vực',
    sheetName: 'NCTN theo nhóm tuổi',
    headers: ['Nhóm tuổi', 'Giới tính', 'Lĩnh vực', 'Số người'],
    rows,
    widths: [5, 2, 3.5, 2],
  };
}

function commitmentsTable(result: ReportResult): ReportTable {
  const c = result.figures.commitments;
  const to = formatShortDate(result.input.period.to);
  const rows: Cell[][] = [
    ['Số bản cam kết đã ký', c.signed],
    ['Số nội dung cam kết', c.items],
    [`Trong đó: ${labelInText(COMMITMENT_STATUS_LABELS.fulfilled)}`, c.fulfilled],
    [`${COMMITMENT_STATUS_LABELS.open}, còn thời hạn (đến ${to})`, c.open],
    [`${COMMITMENT_STATUS_LABELS.overdue} (đến ${to})`, c.overdue],
    [COMMITMENT_STATUS_LABELS.breached, c.breached],
  ];
  return { key: 'commitments', title: 'Cam kết của cơ sở', sheetName: 'Cam kết', headers: ['Chỉ tiêu', 'Số lượng'], rows, widths: [7, 2] };
}

function violatorsTable(result: ReportResult): ReportTable {
  const list = result.figures.establishmentsWithViolationsList;
  const rows: Cell[][] = list.map((r, i) => [i + 1, r.name, kindLabel(r.kind), r.communeName ?? '', r.codes.join(', '), r.totalProposedFine]);
  rows.push(['', TOTAL, '', '', '', list.reduce((sum, r) => sum + r.totalProposedFine, 0)]);
  return {
    key: 'establishmentsWithViolations',
    title: 'Danh sách cơ sở có vi phạm',
    sheetName: 'Cơ sở có vi phạm',
    headers: ['STT', 'Tên cơ sở', 'Loại hình', 'Xã/phường/đặc khu', 'Mã hành vi vi phạm', 'Tổng tiền phạt đề nghị (đồng)'],
    rows,
    moneyColumns: [5],
    widths: [12, 66, 32, 42, 54, 46],
    wide: true,
  };
}

/** Every table of the report, "Thông tin báo cáo" first. */
export function buildReportTables(result: ReportResult, names: ScopeNames, options: TableOptions): ReportTable[] {
  return [
    metadataTable(result, names, options),
    summaryTable(keyNumbers(result)),
    inspectionsByKindTable(result),
    inspectionsByMonthTable(result),
    establishmentsTable(result),
    violationsTable(result),
    minorsTable(result),
    commitmentsTable(result),
    violatorsTable(result),
  ];
}
