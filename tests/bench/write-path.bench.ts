import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../../db/client';
import { newId } from '../../db/ids';
import { openDatabase } from '../../db/open-database';
import { dispatch } from '../../electron/dispatch';
import { createServiceContext, type ServiceContext } from '../../electron/services/context';
import { establishmentSearchText } from '../../electron/services/establishment-search-text';
import { generateEstablishments } from './establishment-search.bench';
import { median, timeEach } from './stats';

const us = (v: number) => `${(v * 1000).toFixed(1).padStart(7)} µs`;

/**
 * The data layer's cost: `establishments.get`, `.update`, a list, and `minors.create` through
 * dispatch (validation, write path, change log, mapping) against the same statements prepared
 * once on the raw driver. Target: ratio ≤ 1.5 for each.
 */
const OPS = Number(process.env.BENCH_OPS ?? 3000);

interface Case {
  label: string;
  viaDispatch: (i: number) => Promise<unknown>;
  raw: (i: number) => unknown;
}

async function run(c: Case): Promise<number> {
  const indexes = Array.from({ length: OPS }, (_, i) => i);
  // A whole pass each as warm-up (on other rows and values): the dispatch path runs through more code for the JIT to settle.
  const warmup = indexes.map((i) => i + OPS);
  await timeEach(warmup, c.viaDispatch, 0);
  await timeEach(warmup, c.raw, 0);
  const d = median(await timeEach(indexes, c.viaDispatch, 0));
  const r = median(await timeEach(indexes, c.raw, 0));
  const ratio = d / r;
  console.log(`${c.label.padEnd(38)} dispatch ${us(d)}  raw ${us(r)}  ratio ${ratio.toFixed(2)} ${ratio <= 1.5 ? '(target ≤ 1.5 met)' : '(target ≤ 1.5 NOT met)'}`);
  return ratio;
}

const ok = async (p: Promise<{ ok: boolean; error?: { message: string } }>) => {
  const r = await p;
  if (!r.ok) throw new Error(r.error?.message);
  return r;
};

function establishmentCases(db: Db, ctx: ServiceContext): Case[] {
  const sqlite = db.$client;
  const ids = Array.from({ length: 2 * OPS }, (_, i) => `bench-${(i * 37) % 20_000 + 1}`);
  const getRow = sqlite.prepare(
    `SELECT e.*, p.name AS provinceName, c.name AS communeName, parent.name AS parentName FROM establishments e
     LEFT JOIN provinces p ON p.code = e.province_code LEFT JOIN communes c ON c.code = e.commune_code
     LEFT JOIN establishments parent ON parent.id = e.parent_id WHERE e.id = ?`,
  );
  const base = sqlite.prepare('SELECT * FROM establishments WHERE id = ?');
  const province = sqlite.prepare('SELECT code FROM provinces WHERE code = ?');
  const commune = sqlite.prepare('SELECT province_code FROM communes WHERE code = ?');
  const update = sqlite.prepare('UPDATE establishments SET trade = ?, version = ?, updated_at = ?, updated_by = ?, device_id = ? WHERE id = ?');
  const change = sqlite.prepare(
    'INSERT INTO changes (id, hlc, device_id, user_id, table_name, row_id, field, old_value, new_value, op) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const fts = sqlite.prepare('UPDATE establishments_fts SET name = ?, details = ?, facets = ? WHERE rowid = ?');
  const list = sqlite.prepare(
    `SELECT e.*, p.name AS provinceName, c.name AS communeName, parent.name AS parentName FROM establishments e
     LEFT JOIN provinces p ON p.code = e.province_code LEFT JOIN communes c ON c.code = e.commune_code
     LEFT JOIN establishments parent ON parent.id = e.parent_id WHERE e.deleted_at IS NULL AND e.province_code = ? ORDER BY e.name_folded LIMIT 50 OFFSET 0`,
  );
  const listCount = sqlite.prepare('SELECT count(*) AS n FROM establishments e WHERE e.deleted_at IS NULL AND e.province_code = ?');
  const provinces = (sqlite.prepare('SELECT code FROM provinces ORDER BY code').all() as { code: string }[]).map((p) => p.code);
  const trade = (i: number, side: string) => `Nghề ${side} ${i}`;
  return [
    {
      label: 'establishments.get',
      viaDispatch: (i) => ok(dispatch('establishments.get', { id: ids[i]! }, db, ctx)),
      // Only craft villages have members: the service reads them for villages only (none here).
      raw: (i) => getRow.get(ids[i]),
    },
    {
      label: 'establishments.update (one field)',
      viaDispatch: (i) => ok(dispatch('establishments.update', { id: ids[i]!, trade: trade(i, 'd') }, db, ctx)),
      raw: (i) =>
        sqlite
          .transaction(() => {
            const before = getRow.get(ids[i]) as { version: number; trade: string; search_rowid: number; name: string; name_folded: string; kind: string; province_code: string; commune_code: string };
            province.get(before.province_code);
            commune.get(before.commune_code);
            base.get(ids[i]);
            const hlc = ctx.clock.tick(Date.now());
            update.run(trade(i, 'r'), before.version + 1, hlc, ctx.actor, ctx.deviceId, ids[i]);
            change.run(newId(), hlc, ctx.deviceId, ctx.actor, 'establishments', ids[i], 'trade', JSON.stringify(before.trade), JSON.stringify(trade(i, 'r')), 'update');
            const after = getRow.get(ids[i]);
            const text = establishmentSearchText({ name: before.name, trade: trade(i, 'r'), kind: before.kind, deleted: false });
            fts.run(text.name, text.details, text.facets, before.search_rowid);
            return after;
          })
          .immediate(),
    },
    {
      label: 'establishments.search (list, page 50)',
      viaDispatch: (i) => ok(dispatch('establishments.search', { provinceCode: provinces[i % provinces.length]!, limit: 50 }, db, ctx)),
      raw: (i) => [listCount.get(provinces[i % provinces.length]), list.all(provinces[i % provinces.length])],
    },
  ];
}

const MINOR = { fullName: 'Nguyễn Văn An', sex: 'male', dateOfBirth: '2013-05-02', job: 'Đan giỏ', hoursPerDay: 6, hoursPerWeek: 36, nightWork: false, schooling: 'dropped_out' } as const;

async function minorCases(db: Db, ctx: ServiceContext): Promise<Case[]> {
  const sqlite = db.$client;
  const created = await ok(dispatch('inspections.create', { establishmentId: 'bench-1', inspectionDate: '2026-11-20' }, db, ctx));
  const inspectionId = (created as unknown as { data: { inspection: { id: string } } }).data.inspection.id;
  const head = sqlite.prepare(
    `SELECT i.id, i.establishment_id, e.kind, i.inspection_date, i.catalogue_version, i.status, i.deleted_at, i.version
     FROM inspections i JOIN establishments e ON e.id = i.establishment_id WHERE i.id = ?`,
  );
  const insert = sqlite.prepare(
    `INSERT INTO minors (id, inspection_id, full_name, sex, date_of_birth, job, hours_per_day, hours_per_week, night_work, schooling, age_at_inspection, age_band,
       created_at, updated_at, updated_by, version, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)`,
  );
  const change = sqlite.prepare(
    'INSERT INTO changes (id, hlc, device_id, user_id, table_name, row_id, field, old_value, new_value, op) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)',
  );
  const facts = { inspectionId, ...MINOR, ageAtInspection: 13, ageBand: '13to15' };
  return [
    {
      label: 'minors.create',
      viaDispatch: () => ok(dispatch('minors.create', { inspectionId, ...MINOR }, db, ctx)),
      raw: () =>
        sqlite
          .transaction(() => {
            head.get(inspectionId);
            const id = newId();
            const hlc = ctx.clock.tick(Date.now());
            insert.run(id, inspectionId, MINOR.fullName, MINOR.sex, MINOR.dateOfBirth, MINOR.job, MINOR.hoursPerDay, MINOR.hoursPerWeek, 0, MINOR.schooling, 13, '13to15', new Date().toISOString(), hlc, ctx.actor, ctx.deviceId);
            for (const [field, value] of Object.entries(facts)) change.run(newId(), hlc, ctx.deviceId, ctx.actor, 'minors', id, field, JSON.stringify(value), 'insert');
          })
          .immediate(),
    },
  ];
}

export async function benchWritePath(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ldte-bench-write-'));
  try {
    const db = openDatabase(join(dir, 'bench.sqlite'));
    generateEstablishments(db, 20_000);
    const ctx = createServiceContext(db, { actor: 'bench', role: 'admin', dataDir: dir });
    console.log(`\nwrite path: ${OPS} operations each, through dispatch vs the same statements prepared once on raw better-sqlite3`);
    for (const c of [...establishmentCases(db, ctx), ...(await minorCases(db, ctx))]) await run(c);
    db.$client.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
