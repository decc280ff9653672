import type { Db } from '../../../db/client';
import type { ReportInput } from '../../../shared/schemas/report';

/**
 * The inspections a report counts: done (finalised, or finalised and being amended), not
 * deleted, dated inside the period, at establishments of the area, optionally of one plan or
 * of plans issued by one lead agency. Every figure is computed over this one set.
 */
export function reportScope(input: ReportInput): { cte: string; params: unknown[] } {
  const where = [
    'i.deleted_at IS NULL',
    "i.status IN ('finalised', 'amending')",
    'i.inspection_date >= ?',
    'i.inspection_date <= ?',
  ];
  const params: unknown[] = [input.period.from, input.period.to];
  if (input.area.provinceCode) {
    where.push('e.province_code = ?');
    params.push(input.area.provinceCode);
  }
  if (input.area.communeCodes.length > 0) {
    where.push('e.commune_code IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(input.area.communeCodes));
  }
  if (input.filters.planId) {
    where.push('i.plan_id = ?');
    params.push(input.filters.planId);
  }
  if (input.filters.leadAgencyId) {
    where.push('p.issuing_agency_id = ?');
    params.push(input.filters.leadAgencyId);
  }
  const cte = `WITH scope AS (
    SELECT i.id AS inspectionId, i.inspection_date AS inspectionDate, i.catalogue_version AS catalogueVersion,
           coalesce(p.kind, 'adhoc') AS inspectionKind, e.id AS establishmentId, e.name AS establishmentName, e.name_folded AS nameFolded,
           e.kind AS establishmentKind, coalesce(e.sector, 'unspecified') AS sector, c.name AS communeName
    FROM inspections i
    JOIN establishments e ON e.id = i.establishment_id
    LEFT JOIN plans p ON p.id = i.plan_id
    LEFT JOIN communes c ON c.code = e.commune_code
    WHERE ${where.join(' AND ')})`;
  return { cte, params };
}

/**
 * Runs `work` with the scope materialised once as the temp table `report_scope`, so the
 * figures, each a pass over it, do not re-evaluate the filter joins. better-sqlite3 is
 * synchronous, so no other report can interleave on the connection.
 */
export function withMaterializedScope<T>(db: Db, input: ReportInput, work: () => T): T {
  const { cte, params } = reportScope(input);
  const sqlite = db.$client;
  sqlite.exec('DROP TABLE IF EXISTS temp.report_scope');
  // Only what the figures group by: names are read for the few rows that need them.
  sqlite
    .prepare(`CREATE TEMP TABLE report_scope AS ${cte} SELECT inspectionId, inspectionDate, catalogueVersion, inspectionKind, establishmentId, establishmentKind, sector FROM scope`)
    .run(...params);
  // Walking the scope in sector or establishment order lets the grouped passes skip sorting.
  sqlite.exec(`CREATE INDEX temp.report_scope_sector ON report_scope (sector, inspectionId);
    CREATE INDEX temp.report_scope_establishment ON report_scope (establishmentId, inspectionId, establishmentKind, sector);`);
  try {
    return work();
  } finally {
    sqlite.exec('DROP TABLE IF EXISTS temp.report_scope');
  }
}
