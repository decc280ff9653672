import { createServiceContext } from '../../electron/services/context';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../db/open-database';
import { dispatch } from '../../electron/dispatch';
import { establishmentSearchText } from '../../electron/services/establishment-search-text';
import { formatHlc } from '../../shared/sync/hlc';
import { median, ms, percentile, timeEach } from './stats';

/**
 * 200k establishments; median time of `establishments.search` through dispatch against the
 * same FTS5 statements on raw better-sqlite3. Target: median ≤ 10 ms, ratio ≤ 1.3.
 */
const COUNT = Number(process.env.BENCH_ESTABLISHMENTS ?? 200_000);
const QUERIES = 300;
/** Rows made by the generator carry one HLC stamp, as if written by a device called "bench". */
const BENCH_STAMP = formatHlc({ wallMs: Date.parse('2026-01-01T00:00:00Z'), counter: 0, deviceId: 'bench' });

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const GIVEN = ['Văn An', 'Thị Bình', 'Văn Cường', 'Thị Dung', 'Đức Em', 'Thị Giang', 'Văn Hải', 'Thị Hương', 'Minh Khoa', 'Thị Lan', 'Văn Long', 'Thị Mai', 'Quốc Nam', 'Thị Oanh', 'Văn Phúc', 'Thị Quyên', 'Đình Sơn', 'Thị Thảo'];
const TRADES = ['đan mây tre', 'gốm sứ', 'dệt may', 'chế biến gỗ', 'mộc mỹ nghệ', 'rèn', 'làm bún', 'chế biến nông sản', 'thêu ren', 'sơn mài', 'đúc đồng', 'làm hương'];
const KINDS = ['household', 'household_business', 'enterprise', 'cooperative'] as const;

export function generateEstablishments(db: ReturnType<typeof openDatabase>, count = COUNT): void {
  const sqlite = db.$client;
  const communes = sqlite.prepare('SELECT code, province_code AS provinceCode, name FROM communes').all() as { code: string; provinceCode: string; name: string }[];
  const insert = sqlite.prepare(
    `INSERT INTO establishments (id, name, name_folded, kind, province_code, commune_code, trade, search_rowid, created_at, updated_at, updated_by, device_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00Z', '${BENCH_STAMP}', 'bench', 'bench')`,
  );
  const fts = sqlite.prepare('INSERT INTO establishments_fts (rowid, name, details, facets) VALUES (?, ?, ?, ?)');
  sqlite.transaction(() => {
    for (let i = 1; i <= count; i++) {
      const kind = KINDS[i % KINDS.length]!;
      const person = `${FAMILY[i % FAMILY.length]} ${GIVEN[(i * 7) % GIVEN.length]}`;
      const trade = TRADES[(i * 13) % TRADES.length]!;
      const name = kind === 'enterprise' ? `Công ty TNHH ${trade} ${person} ${i}` : kind === 'cooperative' ? `Hợp tác xã ${trade} số ${i}` : `Hộ ${person} ${i}`;
      const c = communes[(i * 31) % communes.length]!;
      const text = establishmentSearchText({ name, trade, communeName: c.name, kind, provinceCode: c.provinceCode, communeCode: c.code, deleted: false });
      insert.run(`bench-${i}`, name, text.name, kind, c.provinceCode, c.code, trade, i);
      fts.run(i, text.name, text.details, text.facets);
    }
  })();
}

export async function benchEstablishmentSearch(): Promise<{ medianDispatch: number; medianRaw: number; ratio: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'ldte-bench-'));
  try {
    const db = openDatabase(join(dir, 'bench.sqlite'));
    const started = Date.now();
    generateEstablishments(db);
    console.log(`generated ${COUNT.toLocaleString('en')} establishments in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    // A mix like an inspector's typing: mostly a person's or business's name (often half typed),
    // sometimes a whole trade, which matches tens of thousands of rows.
    const words = [
      'pham thi huong', 'vo van long', 'do dinh son', 'ngo thi mai', 'hoang quoc nam', 'ly thi thao', 'duong van ph',
      'cong ty tnhh go', 'hop tac xa det may', 'dang duc em', 'bui thi th', 'tran van hai', 'ho thi lan', 'may tre', 'gom su', 'lang huong ho',
    ];
    const inputs = Array.from({ length: QUERIES }, (_, i) => ({ query: words[i % words.length]!, limit: 50, offset: 0 }));
    const ctx = createServiceContext(db, { actor: 'bench', role: 'admin', dataDir: dir });

    const viaDispatch = await timeEach(inputs, async (input) => {
      const r = await dispatch('establishments.search', input, db, ctx);
      if (!r.ok) throw new Error(r.error.message);
    });

    // The same statements the service runs, hand-written on the raw driver.
    const sqlite = db.$client;
    const hitsSql = sqlite.prepare(
      `SELECT rowid, count(*) OVER () AS total FROM (
         SELECT rowid, bm25(establishments_fts, 10.0, 1.0, 0.0) AS score FROM establishments_fts WHERE establishments_fts MATCH ?
       ) ORDER BY score, rowid LIMIT 50 OFFSET 0`,
    );
    const rowsSql = sqlite.prepare(
      `SELECT e.*, p.name AS provinceName, c.name AS communeName, parent.name AS parentName FROM establishments e
       LEFT JOIN provinces p ON p.code = e.province_code LEFT JOIN communes c ON c.code = e.commune_code
       LEFT JOIN establishments parent ON parent.id = e.parent_id
       WHERE e.search_rowid IN (SELECT value FROM json_each(?))`,
    );
    const raw = await timeEach(inputs, (input) => {
      const terms = input.query.split(' ').map((w, i, all) => (i === all.length - 1 ? `"${w}"*` : `"${w}"`));
      const match = `({name details} : (${terms.join(' ')})) NOT facets : "statedeleted"`;
      const hits = hitsSql.all(match) as { rowid: number }[];
      rowsSql.all(JSON.stringify(hits.map((h) => h.rowid)));
    });

    const broad = viaDispatch.filter((_, i) => ['may tre', 'gom su'].includes(inputs[i]!.query));
    const medianDispatch = median(viaDispatch);
    const medianRaw = median(raw);
    const ratio = medianDispatch / medianRaw;
    console.log(`establishments.search over ${COUNT.toLocaleString('en')} rows, ${QUERIES} queries`);
    console.log(`  median via dispatch: ${ms(medianDispatch)}   (target ≤ 10 ms: ${medianDispatch <= 10 ? 'met' : 'MISSED'})`);
    console.log(`  p90 via dispatch:    ${ms(percentile(viaDispatch, 0.9))}; whole-trade queries (~17k matches): median ${ms(median(broad))}`);
    console.log(`  median raw FTS5:     ${ms(medianRaw)}`);
    console.log(`  ratio:               ${ratio.toFixed(2)}   (target ≤ 1.3: ${ratio <= 1.3 ? 'met' : 'MISSED'})`);
    db.$client.close();
    return { medianDispatch, medianRaw, ratio };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
