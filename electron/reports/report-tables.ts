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
import { AGE_BANDS, MINOR_AGE_BANDS } from '../../shared/minors/age';
import { ESTABLISHMENT_KINDS, SECTORS } from '../../shared/schemas/establishment';
import { PLAN_KINDS } from '../../shared/schemas/plan';
import type { ReportResult } from '../../shared/schemas/report';
import { SEXES } from '../../shared/schemas/inspection';
import { kindLabel, referenceInText } from '../documents/inspection-labels';
import { catalogueText, citeLaws } from '../documents/paper-text';
import { formatShortDate, officialAgencyName } from '../documents/plan-labels';

/** What a report's codes and ids stand for, as a reader needs them written out. */
export interface ScopeNames {
  provinceName?: string;
  /** In the order the codes were given; an unknown code is kept as the code. */
  communeNames: string[];
  plan?: { title: string; number?: string };
  leadAgency?: { name: string; shortName?: string };
  catalogues: { version: string; title?: string; effectiveDate?: string }[];
  /**
   * The violation types of those catalogue versions: a report cites violations by their legal
   * point and describes them in words, never by the catalogue's codes.
   */
  violationTypes?: { code: string; summary: string; legalReference: string }[];
  /** The place name the unit gave at setup: the report is dated there when no province is chosen. */
  defaultPlace?: string;
}

/** Version of the layout of the exported tables and of the JSON file; raise it when either changes. */
export const REPORT_SCHEMA_VERSION = 3;

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
      'Các cuộc kiểm tra đã hoàn thành biên bản (kể cả biên bản đang đính chính) có ngày kiểm tra trong kỳ báo cáo, tại các cơ sở thuộc địa bàn đã chọn',
    ],
    ['Cam kết quá hạn', result.figures.commitments.asOfNote],
    ['Danh mục hành vi vi phạm', catalogues],
    ['Thời điểm lập (giờ Việt Nam)', vietnamDateTime(result.generatedAt)],
    ['Phiên bản cấu trúc dữ liệu', REPORT_SCHEMA_VERSION],
    ['Thông tin trẻ em', children],
    ['Trẻ em được hỗ trợ, can thiệp', FOLLOW_UP_NOTE],
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

/** Establishments inspected by kind × sector: one row per kind, the total then one column per sector. */
function establishmentsTable(result: ReportResult): ReportTable {
  const cells = result.figures.establishmentsByKindAndSector;
  const count = (kind: string | undefined, sector: string | undefined): number =>
    cells.filter((c) => (kind === undefined || c.kind === kind) && (sector === undefined || c.sector === sector)).reduce((n, c) => n + c.count, 0);
  const kinds = [...new Set([...ESTABLISHMENT_KINDS, ...cells.map((c) => c.kind)])].sort((a, b) => orderOf(ESTABLISHMENT_KINDS, a) - orderOf(ESTABLISHMENT_KINDS, b));
  const rows: Cell[][] = kinds.map((kind) => [kindLabel(kind), count(kind, undefined), ...SECTOR_COLUMNS.map((sector) => count(kind, sector))]);
  rows.push([TOTAL, result.figures.establishmentsInspected, ...SECTOR_COLUMNS.map((sector) => count(undefined, sector))]);
  return {
    key: 'establishmentsByKindAndSector',
    title: 'Cơ sở được kiểm tra theo loại hình và lĩnh vực',
    sheetName: 'Cơ sở theo loại hình, lĩnh vực',
    headers: ['Loại hình cơ sở', 'Tổng số', ...SECTOR_COLUMNS.map(sectorLabel)],
    rows,
    widths: [40, 16, ...SECTOR_COLUMNS.map(() => 18)],
    wide: true,
  };
}

// ---- violations by legal point ---------------------------------------------------------

const VIETNAMESE_LETTERS = 'a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y'.split(' ');

/** "Điểm b Khoản 3 Điều 29 Nghị định 12/2022/NĐ-CP" → [29, 3, index of "b"] for sorting; unknown parts sort last. */
function pointOrder(reference: string): number[] {
  const article = /Điều\s+(\d+)/iu.exec(reference)?.[1];
  const clause = /Khoản\s+(\d+)/iu.exec(reference)?.[1];
  const point = /Điểm\s+(\p{L})/iu.exec(reference)?.[1]?.toLocaleLowerCase('vi');
  return [article ? Number(article) : 999, clause ? Number(clause) : 0, point ? VIETNAMESE_LETTERS.indexOf(point) + 1 : 0];
}

const byPoint = (a: string, b: string): number => {
  const [x, y] = [pointOrder(a), pointOrder(b)];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
  return a.localeCompare(b, 'vi');
};

/** The sanctioning decree every report table names in its header; a point of another decree says which. */
export const SANCTION_DECREE = 'Nghị định số 12/2022/NĐ-CP';

/** "Điểm b Khoản 3 Điều 29 Nghị định 12/2022/NĐ-CP" → "Điểm b khoản 3 Điều 29" (the decree named in the header). */
export function legalPoint(reference: string): string {
  const text = citeLaws(referenceInText(reference)).replace(new RegExp(`\\s*${SANCTION_DECREE}$`, 'u'), '');
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

export interface ViolationGroup {
  /** "Điểm b khoản 3 Điều 29". */
  point: string;
  /** The acts in words, as the catalogue summarises them, without shorthand. */
  description: string;
  count: number;
  totalProposedFine: number;
  codes: string[];
}

/** The violations of the report grouped by the legal point that sanctions them, in the decree's order. */
export function violationGroups(result: ReportResult, names: ScopeNames): ViolationGroup[] {
  const types = new Map((names.violationTypes ?? []).map((t) => [t.code, t]));
  const groups = new Map<string, ViolationGroup & { descriptions: string[] }>();
  for (const row of result.figures.violationsByCode) {
    const type = types.get(row.code);
    const reference = type?.legalReference ?? '';
    const key = reference || row.code;
    const group = groups.get(key) ?? { point: reference ? legalPoint(reference) : 'Chưa xác định căn cứ', description: '', count: 0, totalProposedFine: 0, codes: [], descriptions: [] };
    const described = catalogueText(type?.summary ?? row.summary).replace(/[.;,\s]+$/u, '');
    if (!group.descriptions.includes(described)) group.descriptions.push(described);
    group.count += row.count;
    group.totalProposedFine += row.totalProposedFine;
    group.codes.push(row.code);
    groups.set(key, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => byPoint(a, b))
    .map(([, g]) => ({
      point: g.point,
      description: g.descriptions.map((d, i) => (i === 0 ? d : d.charAt(0).toLocaleLowerCase('vi') + d.slice(1))).join('; '),
      count: g.count,
      totalProposedFine: g.totalProposedFine,
      codes: g.codes,
    }));
}

function violationsTable(result: ReportResult, names: ScopeNames): ReportTable {
  const f = result.figures;
  const rows: Cell[][] = violationGroups(result, names).map((g) => [g.point, g.description, g.count, g.totalProposedFine]);
  rows.push([TOTAL, '', f.violationsTotal, f.totalProposedFines]);
  return {
    key: 'violationsByPoint',
    title: `Hành vi vi phạm theo điểm, khoản, điều của ${SANCTION_DECREE}`,
    sheetName: 'Vi phạm theo điều khoản',
    headers: ['Điểm, khoản, điều', 'Hành vi vi phạm', 'Số hành vi vi phạm', 'Tổng tiền phạt đề nghị (đồng)'],
    rows,
    moneyColumns: [3],
    widths: [40, 80, 20, 30],
  };
}

/** Sectors as the cross-tables' columns, "Chưa xác định" last. */
const SECTOR_COLUMNS: readonly string[] = [...SECTORS, 'unspecified'];

/**
 * Minors by age band × sex × sector, as a province pastes it: one row per age band and sex
 * ("Cộng", "Nam", "Nữ"), the total then one column per sector; the band is repeated on each row.
 */
function minorsTable(result: ReportResult): ReportTable {
  const minor = new Set<string>(MINOR_AGE_BANDS);
  const cells = result.figures.minorsByBandSexSector.filter((c) => minor.has(c.ageBand));
  const count = (band: string | undefined, sex: string | undefined, sector: string | undefined): number =>
    cells
      .filter((c) => (band === undefined || c.ageBand === band) && (sex === undefined || c.sex === sex) && (sector === undefined || c.sector === sector))
      .reduce((n, c) => n + c.count, 0);
  const row = (label: string, band: string | undefined, sex: string | undefined): Cell[] => [
    label,
    sex ? sexLabel(sex) : 'Cộng',
    count(band, sex, undefined),
    ...SECTOR_COLUMNS.map((sector) => count(band, sex, sector)),
  ];
  const rows: Cell[][] = [];
  for (const band of MINOR_AGE_BANDS) rows.push(row(ageBandLabel(band), band, undefined), ...SEXES.map((sex) => row(ageBandLabel(band), band, sex)));
  rows.push(row(TOTAL, undefined, undefined), ...SEXES.map((sex) => row(TOTAL, undefined, sex)));
  return {
    key: 'minorsByBandSexSector',
    title: 'Người chưa thành niên làm việc tại các cơ sở theo nhóm tuổi, giới tính và lĩnh vực',
    sheetName: 'NCTN theo tuổi, giới, lĩnh vực',
    headers: ['Nhóm tuổi', 'Giới tính', 'Tổng số', ...SECTOR_COLUMNS.map(sectorLabel)],
    rows,
    widths: [44, 14, 14, ...SECTOR_COLUMNS.map(() => 16)],
    wide: true,
  };
}

function commitmentsTable(result: ReportResult): ReportTable {
  const c = result.figures.commitments;
  const asOf = formatShortDate(c.asOf);
  const rows: Cell[][] = [
    ['Số bản cam kết đã ký', c.signed],
    ['Số nội dung cam kết', c.items],
    [`Trong đó: ${labelInText(COMMITMENT_STATUS_LABELS.fulfilled)}`, c.fulfilled],
    [`${COMMITMENT_STATUS_LABELS.open}, còn thời hạn (tính đến ${asOf})`, c.open],
    [`${COMMITMENT_STATUS_LABELS.overdue} (tính đến ${asOf})`, c.overdue],
    [COMMITMENT_STATUS_LABELS.breached, c.breached],
  ];
  return { key: 'commitments', title: 'Cam kết của cơ sở', sheetName: 'Cam kết', headers: ['Chỉ tiêu', 'Số lượng'], rows, widths: [7, 2] };
}

/** What the children's figures count, said once: the metadata table and the Word report. */
export const FOLLOW_UP_NOTE =
  'Trẻ em được phát hiện là trẻ em có hồ sơ theo dõi sau kiểm tra; được hỗ trợ, can thiệp khi đã được hỗ trợ hoặc chuyển tuyến (chuyển gửi Ủy ban nhân dân cấp xã, cơ quan, tổ chức) đến ngày tính số liệu';

/** "66,7%", or "—" without any child detected. */
export const percentText = (rate: number | null): string => (rate === null ? '—' : `${String(rate).replace('.', ',')}%`);

/** Children detected, supported, referred, intervened (Decision 782/QĐ-TTg target 100%), back in school. */
function childrenFollowUpTable(result: ReportResult): ReportTable {
  const f = result.figures;
  const c = f.followUp;
  const asOf = formatShortDate(f.commitments.asOf);
  const rows: Cell[][] = [
    ['Số trẻ em lao động trái quy định được phát hiện (có hồ sơ theo dõi)', 'trẻ em', c.detected],
    ['Trong đó: trường hợp khẩn cấp', 'trẻ em', c.emergency],
    [`Số trẻ em được hỗ trợ (tính đến ${asOf})`, 'trẻ em', c.supported],
    [`Số trẻ em được chuyển tuyến (tính đến ${asOf})`, 'trẻ em', c.referred],
    [`Số trẻ em được hỗ trợ, can thiệp (tính đến ${asOf})`, 'trẻ em', c.intervened],
    [`Tỷ lệ trẻ em được hỗ trợ, can thiệp (chỉ tiêu ${c.interventionTarget}%)`, '%', c.interventionRate ?? '—'],
    ['Số trẻ em trở lại trường học hoặc học nghề', 'trẻ em', c.backInSchoolOrTraining],
    ['Số hồ sơ theo dõi đã kết thúc', 'hồ sơ', c.closed],
    ['Số người chưa thành niên làm công việc, tại nơi làm việc nặng nhọc, độc hại, nguy hiểm', 'người', f.minorsInHazardousWork],
  ];
  return {
    key: 'childrenFollowUp',
    title: 'Trẻ em được phát hiện, hỗ trợ, can thiệp',
    sheetName: 'Hỗ trợ, can thiệp trẻ em',
    headers: ['Chỉ tiêu', 'Đơn vị tính', 'Số liệu'],
    rows,
    widths: [7, 2, 3],
  };
}

/** How the inspections were made and what followed: joint teams, craft villages, records, sanctions, re-inspections. */
function enforcementTable(result: ReportResult): ReportTable {
  const f = result.figures;
  const asOf = formatShortDate(f.commitments.asOf);
  const rows: Cell[][] = [
    ['Số cuộc kiểm tra liên ngành (từ hai cơ quan trở lên)', 'cuộc', f.inspectionsByTeam.joint],
    ['Số cuộc kiểm tra của một cơ quan', 'cuộc', f.inspectionsByTeam.singleAgency],
    ['Số cơ sở thuộc làng nghề được kiểm tra', 'cơ sở', f.craftVillage.establishments],
    ['Trong đó: hộ gia đình', 'hộ', f.craftVillage.households],
    ['Số biên bản vi phạm hành chính đã lập', 'biên bản', f.violationRecordsMade],
    ['Số cuộc kiểm tra có đề nghị xử phạt', 'cuộc', f.sanctions.proposed],
    ['Tổng số tiền phạt đề nghị', 'đồng', f.totalProposedFines],
    [`Số quyết định xử phạt đã ban hành (tính đến ${asOf})`, 'quyết định', f.sanctions.decisions],
    ['Số cuộc kiểm tra đã có quyết định xử phạt', 'cuộc', f.sanctions.inspectionsDecided],
    ['Tổng số tiền phạt theo quyết định', 'đồng', f.sanctions.amountDecided],
    ['Số quyết định đã nộp phạt', 'quyết định', f.sanctions.paid],
    ['Số tiền phạt đã nộp', 'đồng', f.sanctions.amountPaid],
    [`Số nội dung cam kết đã kiểm tra lại (tính đến ${asOf})`, 'nội dung', f.commitmentChecks.itemsVerified],
    ['Trong đó: cơ sở thực hiện đúng cam kết', 'nội dung', f.commitmentChecks.kept],
    ['Cơ sở vi phạm cam kết', 'nội dung', f.commitmentChecks.breached],
    ['Số cuộc kiểm tra lại việc thực hiện cam kết', 'cuộc', f.commitmentChecks.reinspections],
  ];
  return {
    key: 'enforcement',
    title: 'Hình thức kiểm tra, xử lý vi phạm và kiểm tra lại cam kết',
    sheetName: 'Xử lý vi phạm, kiểm tra lại',
    headers: ['Chỉ tiêu', 'Đơn vị tính', 'Số liệu'],
    rows,
    moneyColumns: [2],
    widths: [7, 2, 3],
  };
}

function violatorsTable(result: ReportResult, names: ScopeNames): ReportTable {
  const list = result.figures.establishmentsWithViolationsList;
  const types = new Map((names.violationTypes ?? []).map((t) => [t.code, t.legalReference]));
  const points = (codes: readonly string[]): string => {
    const refs = [...new Set(codes.map((code) => types.get(code) ?? ''))].filter(Boolean).sort(byPoint);
    return refs.map((r, i) => (i === 0 ? legalPoint(r) : legalPoint(r).charAt(0).toLocaleLowerCase('vi') + legalPoint(r).slice(1))).join('; ');
  };
  const rows: Cell[][] = list.map((r, i) => [i + 1, r.name, kindLabel(r.kind), r.communeName ?? '', points(r.codes), r.totalProposedFine]);
  rows.push(['', TOTAL, '', '', '', list.reduce((sum, r) => sum + r.totalProposedFine, 0)]);
  return {
    key: 'establishmentsWithViolations',
    title: 'Danh sách cơ sở có vi phạm',
    sheetName: 'Cơ sở có vi phạm',
    headers: ['STT', 'Tên cơ sở', 'Loại hình', 'Xã/phường/đặc khu', `Vi phạm (điểm, khoản, điều ${SANCTION_DECREE})`, 'Tổng tiền phạt đề nghị (đồng)'],
    rows,
    moneyColumns: [5],
    widths: [10, 56, 30, 38, 76, 36],
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
    violationsTable(result, names),
    minorsTable(result),
    commitmentsTable(result),
    childrenFollowUpTable(result),
    enforcementTable(result),
    violatorsTable(result, names),
  ];
}
