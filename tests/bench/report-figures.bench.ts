import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../../db/client';
import { openDatabase } from '../../db/open-database';
import { dispatch } from '../../electron/dispatch';
import { reportScope } from '../../electron/reports/scope';
import { median, ms, timeEach } from './stats';

/**
 * A year's figures over 1M violation rows and 1M minor rows, through dispatch, against the
 * same SQL hand-written on raw better-sqlite3. Target: ≤ 500 ms and ≤ 1.2×.
 */
const ROWS = Number(process.env.BENCH_REPORT_ROWS ?? 1_000_000);
const INSPECTIONS = Math.round(ROWS / 4);
const ESTABLISHMENTS = Math.round(ROWS / 20);
const CODES = ['LDCTN-01', 'LDCTN-02', 'LDCTN-04', 'LDCTN-05', 'LDCTN-07', 'LDCTN-08a', 'LDCTN-09a', 'LDCTN-09b'];
const KINDS = ['household', 'household_business', 'enterprise', 'cooperative'];
const SECTORS = ['handicraft', 'agriculture', 'industry', 'services'];
const BANDS = [['under13', 12], ['13to15', 14], ['15to18', 16]] as const;

export function generateReportData(db: Db): void {
  const sqlite = db.$client;
  const communes = sqlite.prepare("SELECT code, province_code AS p FROM communes WHERE province_code = '20'").all() as { code: string; p: string }[];
  const meta = "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'bench'";
  sqlite.transaction(() => {
    const est = sqlite.prepare(`INSERT INTO establishments (id, name, name_folded, kind, sector, province_code, commune_code, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ${meta})`);
    for (let i = 0; i < ESTABLISHMENTS; i++) {
      const c = communes[i % communes.length]!;
      est.run(`e${i}`, `Cơ sở ${i}`, `co so ${i}`, KINDS[i % 4], SECTORS[(i >> 2) % 4], c.p, c.code);
    }
    const insp = sqlite.prepare(
      `INSERT INTO inspections (id, establishment_id, catalogue_version, inspection_date, team_present, representatives, other_participants, documents_reviewed, status, created_at, updated_at, updated_by)
       VALUES (?, ?, '2022.1', ?, '[]', '[]', '[]', '[]', ?, ${meta})`,
    );
    for (let i = 0; i < INSPECTIONS; i++) {
      const day = new Date(Date.UTC(2025, 0, 1) + (i % 730) * 86_400_000).toISOString().slice(0, 10);
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
}

export async function benchReportFigures(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ldte-bench-report-'));
  try {
    const db = openDatabase(join(dir, 'bench.sqlite'));
    const started = Date.now();
    generateReportData(db);
    console.log(`generated ${ROWS.toLocaleString('en')} minors + ${ROWS.toLocaleString('en')} violations over ${INSPECTIONS.toLocaleString('en')} inspections in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const input = { period: { from: '2026-01-01', to: '2026-12-31' }, area: { provinceCode: '20', communeCodes: [] }, filters: {} };
    const ctx = { actor: 'bench', now: () => new Date(), documentsDir: join(dir, 'documents') };
    const runs = Array.from({ length: 7 }, () => input);
    const viaDispatch = await timeEach(runs, async (i) => {
      const r = await dispatch('reports.periodic', i, db, ctx);
      if (!r.ok) throw new Error(r.error.message);
    });

    const { cte, params } = reportScope({ ...input, filters: {} });
    const sqlite = db.$client;
    const statements = [
      'SELECT inspectionKind, count(*) FROM scope GROUP BY inspectionKind',
      'SELECT establishmentKind, sector, count(DISTINCT establishmentId) FROM scope GROUP BY establishmentKind, sector',
      'SELECT count(DISTINCT establishmentId) FROM scope',
      'SELECT v.type_code, count(*), sum(v.proposed_fine) FROM scope s JOIN violations v ON v.inspection_id = s.inspectionId AND v.deleted_at IS NULL GROUP BY v.type_code',
      'SELECT count(DISTINCT s.establishmentId) FROM scope s WHERE EXISTS (SELECT 1 FROM violations v WHERE v.inspection_id = s.inspectionId AND v.deleted_at IS NULL)',
      'SELECT m.age_band, m.sex, s.sector, count(*) FROM scope s JOIN minors m ON m.inspection_id = s.inspectionId AND m.deleted_at IS NULL GROUP BY 1, 2, 3',
      'SELECT count(*) FROM scope s JOIN minors m ON m.inspection_id = s.inspectionId AND m.deleted_at IS NULL WHERE m.age_at_inspection < 16',
      'SELECT substr(inspectionDate, 1, 7), count(*) FROM scope GROUP BY 1',
      'SELECT s.establishmentId, json_group_array(DISTINCT v.type_code), sum(v.proposed_fine) FROM scope s JOIN violations v ON v.inspection_id = s.inspectionId AND v.deleted_at IS NULL GROUP BY s.establishmentId',
    ].map((sql) => sqlite.prepare(`${cte} ${sql}`));
    const raw = await timeEach(runs, () => {
      for (const s of statements) s.all(...params);
    });

    const d = median(viaDispatch);
    const r = median(raw);
    console.log(`reports.periodic, one year, one province (${ROWS.toLocaleString('en')} minor and violation rows in the database)`);
    console.log(`  median via dispatch: ${ms(d)}   (target ≤ 500 ms: ${d <= 500 ? 'met' : 'MISSED'})`);
    console.log(`  median raw SQL:      ${ms(r)}`);
    console.log(`  ratio:               ${(d / r).toFixed(2)}   (target ≤ 1.2: ${d / r <= 1.2 ? 'met' : 'MISSED'})`);
    db.$client.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
