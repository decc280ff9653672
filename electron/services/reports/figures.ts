import type { Db } from '../../../db/client';
import { shortDate } from '../../../shared/labels/text';
import { MINOR_AGE_BANDS } from '../../../shared/minors/age';
import { SEXES } from '../../../shared/schemas/inspection';
import type { ReportFigures, ReportInput } from '../../../shared/schemas/report';
import { loadCatalogue } from '../catalogue';
import { followUpFigures } from './follow-up-figures';
import { withMaterializedScope } from './scope';

type CountRow = { key: string; count: number };

/**
 * Minors by age band × sex × sector in one pass over the scope in sector order (no sort). Both
 * sexes of a band are counted by one sum, the girls 2^31 apart from the boys (read back exactly
 * as 64-bit integers): a third of the work of one sum per cell. Boys would carry into the girls'
 * count only past 2^31 rows in one cell, and too many girls make SQLite refuse the sum (integer
 * overflow), never a wrong figure.
 */
const SEX_SHIFT = 31n;
const [BOY, GIRL] = SEXES;
function minorFigures(db: Db) {
  const rows = db.$client
    .prepare(
      `SELECT s.sector, ${MINOR_AGE_BANDS.map(
        (band, i) => `sum(CASE WHEN m.age_band = '${band}' THEN CASE m.sex WHEN '${BOY}' THEN 1 WHEN '${GIRL}' THEN ${1n << SEX_SHIFT} END END) AS band${i}`,
      ).join(', ')},
              sum(m.age_at_inspection < 16) AS children
       FROM report_scope s INDEXED BY report_scope_sector
       CROSS JOIN minors m ON m.inspection_id = s.inspectionId AND m.deleted_at IS NULL
       GROUP BY s.sector`,
    )
    .safeIntegers(true)
    .all() as (Record<string, bigint | null> & { sector: string; children: bigint })[];
  const groups = rows
    .flatMap((r) =>
      MINOR_AGE_BANDS.flatMap((ageBand, i) => {
        const packed = r[`band${i}`] ?? 0n;
        return [
          { ageBand: ageBand as string, sex: BOY as string, sector: r.sector, count: Number(packed & ((1n << SEX_SHIFT) - 1n)) },
          { ageBand: ageBand as string, sex: GIRL as string, sector: r.sector, count: Number(packed >> SEX_SHIFT) },
        ];
      }),
    )
    .filter((g) => g.count > 0)
    .sort((a, b) => cmp(a.ageBand, b.ageBand) || cmp(a.sex, b.sex) || cmp(a.sector, b.sector));
  return { groups, children: rows.reduce((n, r) => n + Number(r.children), 0) };
}

/**
 * The day commitment items are judged on: the report date when it falls inside the period (a
 * period still running), otherwise the period's last day; with the sentence that says so.
 */
export function commitmentsAsOf(period: ReportInput['period'], today: string): { date: string; note: string } {
  if (today >= period.from && today <= period.to) {
    return { date: today, note: `Tình trạng thực hiện cam kết tính đến ngày ${shortDate(today)}, ngày lập báo cáo (kỳ báo cáo chưa kết thúc)` };
  }
  return { date: period.to, note: `Tình trạng thực hiện cam kết tính đến ngày ${shortDate(period.to)}, ngày cuối kỳ báo cáo` };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A commitment item `ci` as it stood on `@asOf`: 'fulfilled' or 'breached', or NULL while not
 * settled. An item verified at re-inspections takes the latest verdict dated on or before that
 * day (none yet: not settled then, whatever a later verdict says); any other item its status,
 * when it was set on or before that day.
 */
export const SETTLED_AS_OF = `CASE WHEN EXISTS (
    SELECT 1 FROM commitment_checks ck JOIN inspections ri ON ri.id = ck.reinspection_id AND ri.deleted_at IS NULL
    WHERE ck.commitment_item_id = ci.id AND ck.deleted_at IS NULL)
  THEN (SELECT CASE WHEN ck.kept THEN 'fulfilled' ELSE 'breached' END
        FROM commitment_checks ck JOIN inspections ri ON ri.id = ck.reinspection_id AND ri.deleted_at IS NULL
        WHERE ck.commitment_item_id = ci.id AND ck.deleted_at IS NULL AND ri.inspection_date <= @asOf
        ORDER BY ri.inspection_date DESC, ck.updated_at DESC LIMIT 1)
  WHEN ci.status IN ('fulfilled', 'breached') AND coalesce(ci.status_date, '') <= @asOf THEN ci.status
  END`;

/**
 * Violations grouped by establishment, inspection and code in one pass over the scope in its
 * own order (no sort), kept in a temp table; totals by code, the inspections with a violation
 * and the list of establishments are small queries over it.
 */
function violationFigures(db: Db) {
  const sqlite = db.$client;
  // The kind and commune are those frozen on each inspection; the list shows one of them where they differ.
  sqlite.exec(`CREATE TEMP TABLE report_violations (
      establishmentId TEXT NOT NULL, inspectionId TEXT NOT NULL, code TEXT NOT NULL, count INTEGER, fine INTEGER, kind TEXT, communeCode TEXT,
      PRIMARY KEY (establishmentId, inspectionId, code)) WITHOUT ROWID;
    INSERT INTO report_violations
    SELECT s.establishmentId, s.inspectionId, v.type_code, count(*), sum(v.proposed_fine), s.establishmentKind, s.communeCode
    FROM report_scope s
    CROSS JOIN violations v INDEXED BY violations_report_idx ON v.inspection_id = s.inspectionId AND v.deleted_at IS NULL
    GROUP BY s.establishmentId, s.establishmentKind, s.sector, s.inspectionId, v.type_code`);
  try {
    const codes = sqlite
      .prepare('SELECT code, sum(count) AS count, sum(fine) AS totalProposedFine FROM report_violations GROUP BY code ORDER BY code')
      .all() as { code: string; count: number; totalProposedFine: number }[];
    const inspections = (sqlite.prepare('SELECT count(*) AS n FROM (SELECT DISTINCT establishmentId, inspectionId FROM report_violations)').get() as { n: number }).n;
    const rows = sqlite
      .prepare(
        `SELECT e.id AS establishmentId, e.name, max(rv.kind) AS kind, max(rv.communeCode) AS communeCode, group_concat(rv.code) AS codes, sum(rv.fine) AS totalProposedFine
         FROM report_violations rv JOIN establishments e ON e.id = rv.establishmentId
         GROUP BY rv.establishmentId ORDER BY e.name_folded, e.id`,
      )
      .all() as { establishmentId: string; name: string; kind: string; communeCode: string | null; codes: string; totalProposedFine: number }[];
    // A few thousand communes read once cost less than a lookup for each of tens of thousands of rows.
    const communeNames = new Map(sqlite.prepare('SELECT code, name FROM communes').raw().all() as [string, string][]);
    const list = rows.map((r) => ({
      establishmentId: r.establishmentId,
      name: r.name,
      kind: r.kind,
      communeName: (r.communeCode && communeNames.get(r.communeCode)) || undefined,
      codes: [...new Set(r.codes.split(','))].sort(),
      totalProposedFine: r.totalProposedFine,
    }));
    return { codes, inspections, list };
  } finally {
    sqlite.exec('DROP TABLE temp.report_violations');
  }
}

/**
 * Every figure of a periodic report over one materialised scope of inspections: small passes
 * over the scope, one over its minors and one over its violations (covering indexes).
 */
export function computeFigures(db: Db, input: ReportInput, today: string): { figures: ReportFigures; catalogueVersions: string[] } {
  const asOf = commitmentsAsOf(input.period, today);
  return withMaterializedScope(db, input, () => {
    const all = <T>(sql: string, ...params: unknown[]) => db.$client.prepare(sql).all(...params) as T[];

    const inspectionsByKind = all<CountRow>('SELECT inspectionKind AS key, count(*) AS count FROM report_scope GROUP BY inspectionKind ORDER BY inspectionKind');
    const establishmentsByKindAndSector = all<{ kind: string; sector: string; count: number }>(
      `SELECT establishmentKind AS kind, sector, count(*) AS count
       FROM (SELECT DISTINCT establishmentId, establishmentKind, sector FROM report_scope)
       GROUP BY establishmentKind, sector ORDER BY kind, sector`,
    );
    const establishmentsInspected = establishmentsByKindAndSector.reduce((n, r) => n + r.count, 0);
    const inspectionsByMonth = all<{ month: string; count: number }>(
      'SELECT substr(inspectionDate, 1, 7) AS month, count(*) AS count FROM report_scope GROUP BY month ORDER BY month',
    );
    const catalogueVersions = all<{ v: string }>('SELECT DISTINCT catalogueVersion AS v FROM report_scope ORDER BY v').map((r) => r.v);
    // Each item as it stood on `asOf` (SETTLED_AS_OF), so a closed period gives the same figures
    // whenever it is exported.
    const counts = db.$client
      .prepare(
        `SELECT (SELECT count(*) FROM report_scope s JOIN commitments c ON c.inspection_id = s.inspectionId AND c.deleted_at IS NULL) AS signed,
                count(*) AS items,
                coalesce(sum(settled = 'fulfilled'), 0) AS fulfilled,
                coalesce(sum(settled IS NULL AND deadline >= @asOf), 0) AS open,
                coalesce(sum(settled IS NULL AND deadline < @asOf), 0) AS overdue,
                coalesce(sum(settled = 'breached'), 0) AS breached
         FROM (SELECT ci.deadline, ${SETTLED_AS_OF} AS settled
               FROM report_scope s JOIN commitments c ON c.inspection_id = s.inspectionId AND c.deleted_at IS NULL
               JOIN commitment_items ci ON ci.commitment_id = c.id AND ci.deleted_at IS NULL)`,
      )
      .get({ asOf: asOf.date }) as Omit<ReportFigures['commitments'], 'asOf' | 'asOfNote'>;
    const commitments = { ...counts, asOf: asOf.date, asOfNote: asOf.note };
    const minors = minorFigures(db);
    const violations = violationFigures(db);
    const followUp = followUpFigures(db, asOf.date, violations.inspections);

    const summaries = new Map<string, string>();
    for (const version of catalogueVersions) {
      for (const t of loadCatalogue(db, version).violationTypes) summaries.set(t.code, t.summary);
    }
    const violationsByCode = violations.codes.map((r) => ({ ...r, summary: summaries.get(r.code) ?? r.code }));
    const sum = (rows: { count: number }[]) => rows.reduce((n, r) => n + r.count, 0);

    return {
      catalogueVersions,
      figures: {
        inspectionsByKind,
        inspectionsTotal: sum(inspectionsByKind),
        establishmentsByKindAndSector,
        establishmentsInspected,
        establishmentsWithViolations: violations.list.length,
        violationsByCode,
        violationsTotal: sum(violationsByCode),
        totalProposedFines: violationsByCode.reduce((n, r) => n + r.totalProposedFine, 0),
        minorsByBandSexSector: minors.groups,
        minorsTotal: sum(minors.groups),
        childrenUnder16: minors.children,
        commitments,
        minorsReferredOrSupported: followUp.followUp.intervened,
        ...followUp,
        inspectionsByMonth,
        establishmentsWithViolationsList: violations.list,
      },
    };
  });
}
