import { performance } from 'node:perf_hooks';
import sharp from 'sharp';
import { changes, minors } from '../../db/schema';
import { exchange, exchangeUntilStill, joinTeam, openLaptop, type Laptop } from '../helpers/exchange-laptops';

/**
 * Team exchange of 50,000 changes (issue 12): a package made on one laptop and imported on a
 * laptop that has none of them. Target: ≤ 3 s each. Printed beside the time to insert the
 * same rows (minors and change log) on the raw driver in one transaction. Then the
 * convergence property with many more random runs than `npm test` (EXCHANGE_RUNS).
 *
 * Then packages with photos (issue 13 item 1): BENCH_PHOTOS camera-sized photos attached on one
 * laptop, the packages it takes to carry them (about 36 MB of files each), their sizes and times,
 * and the next package once the other laptop has said it holds them.
 */
const TARGET_CHANGES = Number(process.env.BENCH_CHANGES ?? 50_000);

/** On `a`: a household and its inspection, and a team `b` has joined; both laptops hold the same rows. */
async function teamWithInspection(a: Laptop, b: Laptop, teamName: string) {
  const { establishment } = await a.run('establishments.create', { name: 'Hộ sản xuất mây tre', kind: 'household' });
  const inspectionId = (await a.run('inspections.create', { establishmentId: establishment.id, inspectionDate: '2026-11-20' })).inspection.id;
  const team = await a.run('exchange.createTeam', { name: teamName });
  await joinTeam(a, b, team.id);
  await exchangeUntilStill([a, b], team.id);
  return { inspectionId, team };
}

export async function benchExchange(): Promise<void> {
  let t = Date.parse('2026-11-23T01:00:00Z');
  const clock = () => (t += 10);
  const a = openLaptop('Nguyễn Thị Hoa', clock, 0);
  const b = openLaptop('Trần Văn Minh', clock, 0);
  try {
    const { inspectionId, team } = await teamWithInspection(a, b, 'Đoàn thử tải');
    const count = () => (a.db.$client.prepare('SELECT count(*) AS n FROM changes').get() as { n: number }).n;
    const start = count();
    for (let i = 0; count() - start < TARGET_CHANGES; i++) {
      await a.run('minors.create', {
        inspectionId,
        fullName: `Trẻ em số ${i}`,
        sex: i % 2 ? 'female' : 'male',
        dateOfBirth: `201${i % 10}-0${(i % 9) + 1}-1${i % 10}`,
        ethnicity: 'Tày',
        homeAddress: `Thôn ${i % 40}`,
        job: 'Đan giỏ',
        hoursPerDay: 4 + (i % 5),
        hoursPerWeek: 24 + (i % 20),
        nightWork: i % 3 === 0,
        schooling: 'dropped_out',
        notes: `Ghi chú ${i}`,
      });
    }
    const total = count();
    let started = performance.now();
    const pkg = await a.run('exchange.export', { teamId: team.id, mode: 'team' });
    const exportMs = performance.now() - started;
    started = performance.now();
    const result = await b.run('exchange.import', { file: pkg.base64 });
    const importMs = performance.now() - started;

    // The same rows written by hand on the raw driver: the minors and their change rows.
    const raw = openLaptop('raw', clock, 0);
    const sqlite = raw.db.$client;
    const minorRows = a.db.select().from(minors).all();
    const changeRows = a.db.select().from(changes).all();
    const minorInsert = sqlite.prepare(`INSERT INTO minors (${Object.keys(a.db.$client.prepare('SELECT * FROM minors LIMIT 1').get() as object).join(', ')}) SELECT ${'?, '.repeat(Object.keys(a.db.$client.prepare('SELECT * FROM minors LIMIT 1').get() as object).length - 1)}?`);
    const changeInsert = sqlite.prepare('INSERT INTO changes (id, hlc, device_id, user_id, table_name, row_id, field, old_value, new_value, op) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const plain = a.db.$client.prepare('SELECT * FROM minors').raw(true).all() as unknown[][];
    sqlite.pragma('foreign_keys = OFF');
    started = performance.now();
    sqlite.transaction(() => {
      for (const row of plain) minorInsert.run(...row);
      for (const c of changeRows) changeInsert.run(`r${c.id}`, c.hlc, c.deviceId, c.userId, c.tableName, c.rowId, c.field, c.oldValue, c.newValue, c.op);
    })();
    const rawMs = performance.now() - started;
    raw.close();

    console.log(`\nexchange: ${result.newChanges.toLocaleString('en')} new changes (${minorRows.length.toLocaleString('en')} minors; ${total.toLocaleString('en')} changes in the package, ${(Buffer.from(pkg.base64, 'base64').length / 1e6).toFixed(1)} MB)`);
    console.log(`  export: ${(exportMs / 1000).toFixed(2)} s   (target ≤ 3 s: ${exportMs <= 3000 ? 'met' : 'NOT met'})`);
    console.log(`  import: ${(importMs / 1000).toFixed(2)} s   (target ≤ 3 s: ${importMs <= 3000 ? 'met' : 'NOT met'})`);
    console.log(`  raw insert of the same rows: ${(rawMs / 1000).toFixed(2)} s   (ratio export ${(exportMs / rawMs).toFixed(1)}, import ${(importMs / rawMs).toFixed(1)})`);
    await exchange(b, a, team.id);
  } finally {
    a.close();
    b.close();
  }
}

/** A camera-like photo: 4000×3000 with texture, so it compresses like a real one. */
async function cameraPhoto(seed: number): Promise<Buffer> {
  const width = 4000;
  const height = 3000;
  const raw = Buffer.alloc(width * height * 3);
  let x = seed * 7919 + 1;
  for (let i = 0; i < raw.length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    raw[i] = (((i / 3) % width) / width) * 160 + (x & 0x3f);
  }
  return sharp(raw, { raw: { width, height, channels: 3 } }).jpeg({ quality: 88 }).toBuffer();
}

export async function benchExchangeFiles(): Promise<void> {
  const photos = Number(process.env.BENCH_PHOTOS ?? 30);
  let t = Date.parse('2026-11-23T01:00:00Z');
  const clock = () => (t += 10);
  const a = openLaptop('Nguyễn Thị Hoa', clock, 0);
  const b = openLaptop('Trần Văn Minh', clock, 0);
  try {
    const { inspectionId, team } = await teamWithInspection(a, b, 'Đoàn thử tải ảnh');
    let stored = 0;
    for (let i = 0; i < photos; i++) {
      const camera = await cameraPhoto(i);
      stored += (await a.run('attachments.add', { ownerTable: 'inspections', ownerId: inspectionId, fileName: `IMG_${1000 + i}.jpg`, base64: camera.toString('base64') })).attachment.sizeBytes;
    }
    console.log(`\nexchange with photos: ${photos} photos of 4000×3000 attached on A, ${(stored / 1e6).toFixed(1)} MB as stored`);
    for (let n = 1; ; n++) {
      let started = performance.now();
      const pkg = await a.run('exchange.export', { teamId: team.id, mode: 'team' });
      const exportMs = performance.now() - started;
      const size = Buffer.from(pkg.base64, 'base64').length;
      started = performance.now();
      const result = await b.run('exchange.import', { file: pkg.base64 });
      const importMs = performance.now() - started;
      console.log(
        `  package ${n}: ${pkg.files} files, ${pkg.filesLeft} left, ${(size / 1e6).toFixed(1)} MB (${((size * 4) / 3 / 1e6).toFixed(1)} MB as base64, host limit 64 MB); export ${(exportMs / 1000).toFixed(2)} s, import ${(importMs / 1000).toFixed(2)} s, ${result.files} stored`,
      );
      if (pkg.filesLeft === 0 || n > 20) break;
    }
    await exchange(b, a, team.id);
    const after = await a.run('exchange.export', { teamId: team.id, mode: 'team' });
    console.log(`  once B has said it holds them: ${after.files} files, ${(Buffer.from(after.base64, 'base64').length / 1e6).toFixed(2)} MB`);
  } finally {
    a.close();
    b.close();
  }
}
