import { createServiceContext } from '../../electron/services/context';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../../db/client';
import { openDatabase } from '../../db/open-database';
import { dispatch } from '../../electron/dispatch';
import { REPORT_SCOPE_SQL, reportScope } from '../../electron/services/reports/scope';
import { median, ms, timeEach } from './stats';

/**
 * 1M minor rows and 1M violation rows recorded over five years (2022–2026) across the 34
 * provinces; the figures of one year, nationally and for the biggest province, through
 * dispatch against the same statements hand-written on raw better-sqlite3.
 * Target: ≤ 500 ms and ≤ 1.2×.
 */
const ROWS = Number(process.env.BENCH_REPORT_ROWS ?? 1_000_000);
const INSPECTIONS = Math.round(ROWS / 4);
const ESTABLISHMENTS = Math.round(ROWS / 20);
const CODES = ['LDCTN-01', 'LDCTN-02', 'LDCTN-04', 'LDCTN-05', 'LDCTN-07', 'LDCTN-08a', 'LDCTN-09a', 'LDCTN-09b'];
const KINDS = ['household', 'household_business', 'enterprise', 'cooperative'];
const SECTORS = ['handicraft', 'agriculture', 'industry', 'services'];
const BANDS = [['under13', 12], ['13to15', 14], ['15to18', 16]] as const;
const DAYS = 5 * 365;

export function generateReportData(db: Db): void {
  const sqlite = db.$client;
  const communes = sqlite.prepare('SELECT code, province_code AS p FROM communes ORDER BY province_code, code').all() as { code: string; p: string }[];
  const meta = "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'bench'";
  sqlite.transaction(() => {
    const est = sqlite.prepare(`INSERT INTO establishments (id, name, name_folded, kind, sector, province_code, commune_code, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ${meta})`);
    for (let i = 0; i < ESTABLISHMENTS; i++) {
      const c = communes[(i * 7919) % communes.length]!;
      est.run(`e${i}`, `Cơ sở ${i}`, `co so ${i}`, KINDS[i % 4], SECTORS[(i >> 2) % 4], c.p, c.code);
    }
    const insp = sqlite.prepare(
      `INSERT INTO inspections (id, establishment_id, catalogue_version, inspection_date, team_present, representatives, other_participants, documents_reviewed, status, created_at, updated_at, updated_by)
       VALUES (?, ?, '2022.1', ?, '[]', '[]', '[]', '[]', ?, ${meta})`,
    );
    for (let i = 0; i < INSPECTIONS; i++) {
      const day = new Date(Date.UTC(2022, 0, 1) + (i % DAYS) * 86_400_000).toISOString().slice(0, 10);
      insp.run(`i${i}`, `e${i % ESTABLISHMENTS}`, day, i % 10 === 0 ? 'draft' : 'finalised');
    }
    const minor = sqlite.prepare(
      `INSERT INTO minors (id, inspection_id, full_name, sex, age_at_inspection, age_band, created_at, updated_at, updated_by) VALUES (?, ?, 'x', ?, ?, ?, ${meta})`,
    );
    const violation = sqlite.prepare(
      `INSERT INTO violations (id, inspection_id, type_code, fine_min, fine_max, proposed_fine, fined_as_organisation, origin, created_at, updated_at, updated_by)
       VALUES (?, ?, ?, 1000000, 2000000, 1500000, 0, 'manual', ${meta})`,
    );
    for (let i = 0; i < ROWS; i++) {
      const [band, age] = BANDS[i % 3]!;
      minor.run(`m${i}`, `i${i % INSPECTIONS}`, i % 2 ? 'male' : 'female', age, band);
      violation.run(`v${i}`, `i${i % INSPECTIONS}`, CODES[i % CODES.length]);
    }
  })();
  sqlite.exec('ANALYZE');
  // Like a database in use for a while: the bulk load's WAL written back into the main file.
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
}

/** The statements `computeFigures` runs, written out by hand against the raw driver. */
function rawFigures(db: Db, input: Parameters<typeof reportScope>[0]): void {
  const sqlite = db.$client;
  const { cte, params } = reportScope(input);
  sqlite.exec(REPORT_SCOPE_SQL.create);
  sqlite.prepare(REPORT_SCOPE_SQL.fill(cte)).run(...params);
  sqlite.exec(REPORT_SCOPE_SQL.index);
  sqlite.prepare('SELECT inspectionKind, count(*) FROM report_scope GROUP BY inspectionKind').all();
  sqlite.prepare('SELECT establishmentKind, sector, count(*) FROM (SELECT DISTINCT establishmentId, establishmentKind, sector FROM report_scope) GROUP BY 1, 2').all();
  sqlite.prepare('SELECT substr(inspectionDate, 1, 7), count(*) FROM report_scope GROUP BY 1').all();
  sqlite.prepare('SELECT DISTINCT catalogueVersion FROM report_scope').all();
  sqlite.prepare(
    `SELECT count(*), sum(settled = 'fulfilled'), sum(settled IS NULL AND deadline < @asOf)
     FROM (SELECT ci.deadline,
                  CASE WHEN EXISTS (SELECT 1 FROM commitment_checks ck WHERE ck.commitment_item_id = ci.id)
                       THEN (SELECT ck.kept FROM commitment_checks ck JOIN inspections ri ON ri.id = ck.reinspection_id
                             WHERE ck.commitment_item_id = ci.id AND ri.inspection_date <= @asOf ORDER BY ri.inspection_date DESC LIMIT 1)
                       WHEN coalesce(ci.status_date, '') <= @asOf THEN ci.status END AS settled
           FROM report_scope s JOIN commitments c ON c.inspection_id = s.inspectionId
           JOIN commitment_items ci ON ci.commitment_id = c.id)`,
  ).all({ asOf: input.period.to });
  sqlite
    .prepare(
      `SELECT s.sector, sum(CASE WHEN m.age_band = 'under13' THEN CASE m.sex WHEN 'male' THEN 1 WHEN 'female' THEN 2147483648 END END),
              sum(CASE WHEN m.age_band = '13to15' THEN CASE m.sex WHEN 'male' THEN 1 WHEN 'female' THEN 2147483648 END END),
              sum(CASE WHEN m.age_band = '15to18' THEN CASE m.sex WHEN 'male' THEN 1 WHEN 'female' THEN 2147483648 END END), sum(m.age_at_inspection < 16)
       FROM report_scope s INDEXED BY report_scope_sector CROSS JOIN minors m ON m.inspection_id = s.inspectionId AND m.deleted_at IS NULL
       GROUP BY s.sector`,
    )
    .safeIntegers(true)
    .all();
  sqlite.exec(`CREATE TEMP TABLE report_violations (
      establishmentId TEXT NOT NULL, inspectionId TEXT NOT NULL, code TEXT NOT NULL, count INTEGER, fine INTEGER, kind TEXT, communeCode TEXT,
      PRIMARY KEY (establishmentId, inspectionId, code)) WITHOUT ROWID;
    INSERT INTO report_violations
    SELECT s.establishmentId, s.inspectionId, v.type_code, count(*), sum(v.proposed_fine), s.establishmentKind, s.communeCode
    FROM report_scope s CROSS JOIN violations v INDEXED BY violations_report_idx ON v.inspection_id = s.inspectionId AND v.deleted_at IS NULL
    GROUP BY s.establishmentId, s.establishmentKind, s.sector, s.inspectionId, v.type_code`);
  sqlite.prepare('SELECT code, sum(count), sum(fine) FROM report_violations GROUP BY code').all();
  sqlite.prepare('SELECT count(*) FROM (SELECT DISTINCT establishmentId, inspectionId FROM report_violations)').get();
  sqlite.prepare(
    `SELECT e.id, e.name, max(rv.kind), max(rv.communeCode), group_concat(rv.code), sum(rv.fine) FROM report_violations rv
     JOIN establishments e ON e.id = rv.establishmentId
     GROUP BY rv.establishmentId ORDER BY e.name_folded, e.id`,
  ).all();
  sqlite.prepare('SELECT code, name FROM communes').raw().all();
  sqlite.exec('DROP TABLE temp.report_violations');
  // Issue 11's indicators (follow-up-figures.ts).
  const asOf = { asOf: input.period.to };
  sqlite.prepare(
    `SELECT count(*), sum(fc.risk_level = 'emergency'),
            sum(EXISTS (SELECT 1 FROM case_supports cs WHERE cs.case_id = fc.id AND cs.deleted_at IS NULL AND cs.provided_on <= @asOf)),
            sum(EXISTS (SELECT 1 FROM case_referrals cr WHERE cr.case_id = fc.id AND cr.deleted_at IS NULL AND cr.referred_on <= @asOf)),
            sum((SELECT cv.situation FROM case_visits cv WHERE cv.case_id = fc.id AND cv.deleted_at IS NULL AND cv.visited_on <= @asOf ORDER BY cv.visited_on DESC LIMIT 1) IN ('in_school', 'in_training'))
     FROM report_scope s JOIN follow_up_cases fc ON fc.inspection_id = s.inspectionId AND fc.deleted_at IS NULL AND fc.minor_removed_at IS NULL
     JOIN minors m ON m.id = fc.minor_id AND m.deleted_at IS NULL`,
  ).all(asOf);
  sqlite.prepare(
    `SELECT count(*) FROM report_scope s JOIN minors m ON m.inspection_id = s.inspectionId AND m.deleted_at IS NULL AND (m.hazardous_job = 1 OR m.hazardous_workplace = 1)`,
  ).all();
  sqlite.prepare("SELECT count(*), sum(kind = 'household') FROM (SELECT DISTINCT establishmentId, establishmentKind AS kind FROM report_scope WHERE inCraftVillage)").all();
  sqlite.prepare(
    `SELECT sum((SELECT count(DISTINCT o.agency_id) FROM inspection_team_members t JOIN officials o ON o.id = t.official_id
                 WHERE t.inspection_id = s.inspectionId AND t.deleted_at IS NULL) >= 2), count(*) FROM report_scope s`,
  ).all();
  sqlite.prepare(
    `SELECT sum(EXISTS (SELECT 1 FROM violations v INDEXED BY violations_record_idx WHERE v.inspection_id = s.inspectionId AND v.deleted_at IS NULL AND v.record_made = 1))
     FROM report_scope s`,
  ).all();
  sqlite.prepare(
    `SELECT count(*), sum(d.amount) FROM report_scope s JOIN sanction_decisions d ON d.inspection_id = s.inspectionId AND d.deleted_at IS NULL AND d.decided_on <= @asOf`,
  ).all(asOf);
  sqlite.prepare(
    `SELECT count(*) FROM (SELECT ck.commitment_item_id, row_number() OVER (PARTITION BY ck.commitment_item_id ORDER BY ri.inspection_date DESC) AS k
     FROM report_scope s JOIN commitments c ON c.inspection_id = s.inspectionId JOIN commitment_items ci ON ci.commitment_id = c.id
     JOIN commitment_checks ck ON ck.commitment_item_id = ci.id JOIN inspections ri ON ri.id = ck.reinspection_id AND ri.inspection_date <= @asOf) WHERE k = 1`,
  ).all(asOf);
  sqlite.exec('DROP TABLE temp.report_scope');
}

async function measure(db: Db, label: string, input: Parameters<typeof reportScope>[0], documentsDir: string): Promise<void> {
  const ctx = { ...createServiceContext(db, { actor: 'bench', role: 'admin', dataDir: documentsDir }), documentsDir };
  const runs = Array.from({ length: 7 }, () => input);
  const viaDispatch = await timeEach(runs, async (i) => {
    const r = await dispatch('reports.periodic', i, db, ctx);
    if (!r.ok) throw new Error(r.error.message);
  });
  const raw = await timeEach(runs, (i) => rawFigures(db, i));
  const d = median(viaDispatch);
  const r = median(raw);
  const scope = db.$client
    .prepare(`${reportScope(input).cte} SELECT count(*) AS n, (SELECT count(*) FROM scope s JOIN minors m ON m.inspection_id = s.inspectionId) AS minors FROM scope`)
    .get(...reportScope(input).params) as { n: number; minors: number };
  console.log(`${label}: ${scope.n.toLocaleString('en')} inspections and ${scope.minors.toLocaleString('en')} minors in scope`);
  console.log(`  median via dispatch: ${ms(d)}   (target ≤ 500 ms: ${d <= 500 ? 'met' : 'MISSED'})`);
  console.log(`  median raw SQL:      ${ms(r)}`);
  console.log(`  ratio:               ${(d / r).toFixed(2)}   (target ≤ 1.2: ${d / r <= 1.2 ? 'met' : 'MISSED'})`);
}

export async function benchReportFigures(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ldte-bench-report-'));
  try {
    const path = join(dir, 'bench.sqlite');
    const loader = openDatabase(path);
    const started = Date.now();
    generateReportData(loader);
    loader.$client.close();
    // Measured on a fresh connection, as the app opens the file at start.
    const db = openDatabase(path);
    console.log(`generated ${ROWS.toLocaleString('en')} minors + ${ROWS.toLocaleString('en')} violations over ${INSPECTIONS.toLocaleString('en')} inspections (2022–2026, 34 provinces) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const biggest = (db.$client.prepare('SELECT province_code AS p FROM establishments GROUP BY 1 ORDER BY count(*) DESC LIMIT 1').get() as { p: string }).p;
    const year = { from: '2026-01-01', to: '2026-12-31' };
    await measure(db, 'reports.periodic, year 2026, whole country', { period: year, area: { communeCodes: [] }, filters: {} }, join(dir, 'documents'));
    await measure(db, `reports.periodic, year 2026, province ${biggest}`, { period: year, area: { provinceCode: biggest, communeCodes: [] }, filters: {} }, join(dir, 'documents'));
    db.$client.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
