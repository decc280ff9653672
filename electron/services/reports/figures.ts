import type { Db } from '../../../db/client';
import { MINOR_AGE_BANDS } from '../../../shared/minors/age';
import { SEXES } from '../../../shared/schemas/inspection';
import type { ReportFigures, ReportInput } from '../../../shared/schemas/report';
import { loadCatalogue } from '../catalogue';
import { withMaterializedScope } from './scope';

type CountRow = { key: string; count: number };
const CELLS = MINOR_AGE_BANDS.flatMap((ageBand) => SEXES.map((sex) => ({ ageBand, sex, column: `${ageBand}_${sex}`.replace(/^(\d)/, 'b$1') })));

/** Minors by age band × sex × sector in one pass over the scope in sector order (no sort). */
function minorFigures(db: Db) {
  const rows = db.$client
    .prepare(
      `SELECT s.sector, ${CELLS.map((c) => `sum(m.age_band = '${c.ageBand}' AND m.sex = '${c.sex}') AS ${c.column}`).join(', ')},
              sum(m.age_at_inspection < 16) AS children
       FROM report_scope s INDEXED BY report_scope_sector
       CROSS JOIN minors m ON m.inspection_id = s.inspectionId AND m.deleted_at IS NULL
       GROUP BY s.sector`,
    )
    .all() as (Record<string, number> & { sector: string; children: number })[];
  const groups = rows
    .flatMap((r) => CELLS.map((c) => ({ ageBand: c.ageBand as string, sex: c.sex as string, sector: r.sector, count: r[c.column] ?? 0 })))
    .filter((g) => g.count > 0)
    .sort((a, b) => cmp(a.ageBand, b.ageBand) || cmp(a.sex, b.sex) || cmp(a.sector, b.sector));
  return { groups, children: rows.reduce((n, r) => n + r.children, 0) };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Violations grouped by establishment × code in one pass in establishment order, kept in a temp
 * table; totals by code and the list of establishments are small queries over it.
 */
function violationFigures(db: Db) {
  const sqlite = db.$client;
  // Keyed by establishment: rows arrive in key order, and the list groups by it without sorting.
  sqlite.exec(`CREATE TEMP TABLE report_violations (
      establishmentId TEXT, code TEXT, count INTEGER, fine INTEGER, PRIMARY KEY (establishmentId, code)) WITHOUT ROWID;
    INSERT INTO report_violations
    SELECT s.establishmentId, v.type_code, count(*), sum(v.proposed_fine)
    FROM report_scope s INDEXED BY report_scope_establishment
    CROSS JOIN violations v ON v.inspection_id = s.inspectionId AND v.deleted_at IS NULL
    GROUP BY s.establishmentId, v.type_code`);
  try {
    const codes = sqlite
      .prepare('SELECT code, sum(count) AS count, sum(fine) AS totalProposedFine FROM report_violations GROUP BY code ORDER BY code')
      .all() as { code: string; count: number; totalProposedFine: number }[];
    const rows = sqlite
      .prepare(
        `SELECT e.id AS establishmentId, e.name, e.kind, c.name AS communeName, group_concat(rv.code) AS codes, sum(rv.fine) AS totalProposedFine
         FROM report_violations rv JOIN establishments e ON e.id = rv.establishmentId LEFT JOIN communes c ON c.code = e.commune_code
         GROUP BY rv.establishmentId ORDER BY e.name_folded, e.id`,
      )
      .all() as { establishmentId: string; name: string; kind: string; communeName: string | null; codes: string; totalProposedFine: number }[];
    const list = rows.map((r) => ({ ...r, communeName: r.communeName ?? undefined, codes: r.codes.split(',').sort() }));
    return { codes, list };
  } finally {
    sqlite.exec('DROP TABLE temp.report_violations');
  }
}

/**
 * Every figure of a periodic report over one materialised scope of inspections: small passes
 * over the scope, one over its minors and one over its violations (covering indexes).
 */
export function computeFigures(db: Db, input: ReportInput): { figures: ReportFigures; catalogueVersions: string[] } {
  return withMaterializedScope(db, input, () => {
    const all = <T>(sql: string, ...params: unknown[]) => db.$client.prepare(sql).all(...params) as T[];

    const inspectionsByKind = all<CountRow>('SELECT inspectionKind AS key, count(*) AS count FROM report_scope GROUP BY inspectionKind ORDER BY inspectionKind');
    const establishmentsByKindAndSector = all<{ kind: string; sector: string; count: number }>(
      `SELECT establishmentKind AS kind, sector, count(*) AS count
       FROM (SELECT DISTINCT establishmentId, establishmentKind, sector FROM report_scope INDEXED BY report_scope_establishment)
       GROUP BY establishmentKind, sector ORDER BY kind, sector`,
    );
    const establishmentsInspected = establishmentsByKindAndSector.reduce((n, r) => n + r.count, 0);
    const inspectionsByMonth = all<{ month: string; count: number }>(
      'SELECT substr(inspectionDate, 1, 7) AS month, count(*) AS count FROM report_scope GROUP BY month ORDER BY month',
    );
    const catalogueVersions = all<{ v: string }>('SELECT DISTINCT catalogueVersion AS v FROM report_scope ORDER BY v').map((r) => r.v);
    // Overdue is judged at the end of the period, so exporting the same period again gives the same figure.
    const commitments = all<ReportFigures['commitments']>(
      `SELECT (SELECT count(*) FROM report_scope s JOIN commitments c ON c.inspection_id = s.inspectionId AND c.deleted_at IS NULL) AS signed,
              count(ci.id) AS items,
              coalesce(sum(ci.status = 'fulfilled'), 0) AS fulfilled,
              coalesce(sum(ci.status = 'open' AND ci.deadline >= ?), 0) AS open,
              coalesce(sum(ci.status = 'open' AND ci.deadline < ?), 0) AS overdue,
              coalesce(sum(ci.status = 'breached'), 0) AS breached
       FROM report_scope s JOIN commitments c ON c.inspection_id = s.inspectionId AND c.deleted_at IS NULL
       JOIN commitment_items ci ON ci.commitment_id = c.id AND ci.deleted_at IS NULL`,
      input.period.to,
      input.period.to,
    )[0]!;
    const minors = minorFigures(db);
    const violations = violationFigures(db);

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
        // Support and referral of each child belong to the follow-up module, not built yet.
        minorsReferredOrSupported: 0,
        inspectionsByMonth,
        establishmentsWithViolationsList: violations.list,
      },
    };
  });
}
