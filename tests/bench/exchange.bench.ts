import { performance } from 'node:perf_hooks';
import { changes, minors } from '../../db/schema';
import { exchange, exchangeUntilStill, openLaptop } from '../helpers/exchange-laptops';

/**
 * Team exchange of 50,000 changes (issue 12): a package made on one laptop and imported on a
 * laptop that has none of them. Target: ≤ 3 s each. Printed beside the time to insert the
 * same rows (minors and change log) on the raw driver in one transaction. Then the
 * convergence property with many more random runs than `npm test` (EXCHANGE_RUNS).
 */
const TARGET_CHANGES = Number(process.env.BENCH_CHANGES ?? 50_000);

export async function benchExchange(): Promise<void> {
  let t = Date.parse('2026-11-23T01:00:00Z');
  const clock = () => (t += 10);
  const a = openLaptop('Nguyễn Thị Hoa', clock, 0);
  const b = openLaptop('Trần Văn Minh', clock, 0);
  try {
    const { establishment } = await a.run('establishments.create', { name: 'Hộ sản xuất mây tre', kind: 'household' });
    const inspectionId = (await a.run('inspections.create', { establishmentId: establishment.id, inspectionDate: '2026-11-20' })).inspection.id;
    const team = await a.run('exchange.createTeam', { name: 'Đoàn thử tải' });
    const invitation = await a.run('exchange.invitation', { teamId: team.id });
    await a.run('exchange.import', { file: (await b.run('exchange.join', { invitation: invitation.base64, code: invitation.code })).base64 });
    await a.run('exchange.acceptJoin', { teamId: team.id, deviceId: b.ctx.deviceId });
    await exchangeUntilStill([a, b], team.id);
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
