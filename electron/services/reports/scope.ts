import type { Db } from '../../../db/client';
import type { ReportInput } from '../../../shared/schemas/report';

/** A frozen fact if the record was frozen (the kind is always set then), else the establishment's. */
const frozen = (column: string, current: string) => `CASE WHEN i.frozen_kind IS NOT NULL THEN i.frozen_${column} ELSE ${current} END`;
const PROVINCE = frozen('province_code', 'e.province_code');
const COMMUNE = frozen('commune_code', 'e.commune_code');
/**
 * Inside a craft village: the village itself, or a member of one (the village frozen on the record
 * at finalisation; a record finalised before it was frozen reads the establishment as it is).
 */
const IN_CRAFT_VILLAGE = `(coalesce(i.frozen_kind, e.kind) = 'craft_village' OR CASE WHEN i.frozen_kind IS NOT NULL THEN i.frozen_craft_village_id IS NOT NULL
  ELSE e.parent_id IS NOT NULL AND (SELECT p.kind FROM establishments p WHERE p.id = e.parent_id) = 'craft_village' END)`;


/**
 * The inspections a report counts: done (finalised, or finalised and being amended), not
 * deleted, dated inside the period, at establishments of the area, optionally of one plan or
 * of plans issued by one lead agency. Every figure is computed over this one set.
 *
 * The establishment's kind, sector, province and commune are those frozen on the inspection when
 * it was finalised (an amendment may change them, with its reason), so editing an establishment
 * later does not rewrite a closed period; records finalised before they were frozen read the
 * establishment as it is.
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
    where.push(`${PROVINCE} = ?`);
    params.push(input.area.provinceCode);
  }
  if (input.area.communeCodes.length > 0) {
    where.push(`${COMMUNE} IN (SELECT value FROM json_each(?))`);
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
           coalesce(i.frozen_kind, e.kind) AS establishmentKind, coalesce(${frozen('sector', 'e.sector')}, 'unspecified') AS sector,
           ${COMMUNE} AS communeCode, c.name AS communeName,
           ${IN_CRAFT_VILLAGE} AS inCraftVillage
    FROM inspections i
    JOIN establishments e ON e.id = i.establishment_id
    LEFT JOIN plans p ON p.id = i.plan_id
    LEFT JOIN communes c ON c.code = ${COMMUNE}
    WHERE ${where.join(' AND ')})`;
  return { cte, params };
}

/** The statements that make the scope table (the benchmark's raw mirror runs the same ones). */
export const REPORT_SCOPE_SQL = {
  create: `DROP TABLE IF EXISTS temp.report_scope;
    CREATE TEMP TABLE report_scope (
      establishmentId TEXT NOT NULL, establishmentKind TEXT NOT NULL, sector TEXT NOT NULL, inspectionId TEXT NOT NULL,
      inspectionDate TEXT NOT NULL, catalogueVersion TEXT NOT NULL, inspectionKind TEXT NOT NULL, communeCode TEXT, inCraftVillage INTEGER,
      PRIMARY KEY (establishmentId, establishmentKind, sector, inspectionId)) WITHOUT ROWID`,
  fill: (cte: string) => `INSERT INTO report_scope ${cte}
    SELECT establishmentId, establishmentKind, sector, inspectionId, inspectionDate, catalogueVersion, inspectionKind, communeCode, inCraftVillage FROM scope
    ORDER BY establishmentId, establishmentKind, sector, inspectionId`,
  // The minors are counted by sector: walking the scope in sector order needs no sort either.
  index: 'CREATE INDEX temp.report_scope_sector ON report_scope (sector, inspectionId)',
};

/**
 * Runs `work` with the scope materialised once as the temp table `report_scope`, so the
 * figures, each a pass over it, do not re-evaluate the filter joins. better-sqlite3 is
 * synchronous, so no other report can interleave on the connection.
 *
 * The table is kept in establishment order (its key: establishment, kind, sector, inspection,
 * unique and never null): the passes that count establishments, or group violations by
 * establishment, read it in that order and SQLite needs no sort of their rows. Only what the
 * figures group by is kept: names are read for the few rows that need them.
 */
export function withMaterializedScope<T>(db: Db, input: ReportInput, work: () => T): T {
  const { cte, params } = reportScope(input);
  const sqlite = db.$client;
  sqlite.exec(REPORT_SCOPE_SQL.create);
  try {
    sqlite.prepare(REPORT_SCOPE_SQL.fill(cte)).run(...params);
    sqlite.exec(REPORT_SCOPE_SQL.index);
    return work();
  } finally {
    sqlite.exec('DROP TABLE IF EXISTS temp.report_scope');
  }
}
