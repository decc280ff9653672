import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stableId } from '../../db/ids';
import { openDatabase } from '../../db/open-database';
import { hlcToIso, isHlc } from '../../shared/sync/hlc';

/**
 * tests/fixtures/main-0005.sqlite was made by the app as it was at migration 0005 (commit
 * 186cce7), with every kind of record. Upgrading it must keep every row and every value.
 */
const FIXTURE = join(__dirname, '../fixtures/main-0005.sqlite');

type Rows = Record<string, Record<string, unknown>[]>;
let dir: string;
let before: Rows;
let after: Database.Database;

function allRows(sqlite: Database.Database): Rows {
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'").all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, sqlite.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all() as Record<string, unknown>[]]));
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ldte-upgrade-'));
  const path = join(dir, 'ldte.sqlite');
  copyFileSync(FIXTURE, path);
  const old = new Database(FIXTURE, { readonly: true });
  before = allRows(old);
  old.close();
  openDatabase(path).$client.close();
  after = new Database(path, { readonly: true });
});
afterAll(() => {
  after.close();
  rmSync(dir, { recursive: true, force: true });
});

const REKEYED = new Set(['checklist_results', 'violation_minors', 'dismissed_suggestions']);

describe('upgrading a database made by the previous release', () => {
  it('keeps every row and every value of every table, with updated_at as an HLC of the same instant', () => {
    const now = allRows(after);
    for (const [table, rows] of Object.entries(before)) {
      if (table === '__drizzle_migrations' || table === 'app_meta') continue;
      expect(now[table], table).toHaveLength(rows.length);
      rows.forEach((old, i) => {
        const row = now[table]![i]!;
        for (const [column, value] of Object.entries(old)) {
          if (column === 'updated_at') {
            expect(isHlc(String(row.updated_at)), `${table}.updated_at`).toBe(true);
            expect(hlcToIso(String(row.updated_at)), `${table}.updated_at`).toBe(new Date(String(value)).toISOString());
          } else if (!(REKEYED.has(table) && column === 'id')) {
            expect(row[column], `${table}.${column}`).toEqual(value);
          }
        }
      });
    }
  });

  it('stamps every synced row with this device and version 1', () => {
    const device = (after.prepare('SELECT id FROM devices WHERE is_local = 1').get() as { id: string }).id;
    for (const table of ['establishments', 'inspections', 'minors', 'violations', 'violation_minors', 'commitment_items', 'plan_status_log', 'documents']) {
      const rows = after.prepare(`SELECT device_id AS d, version AS v FROM ${table}`).all() as { d: string; v: number }[];
      expect(rows.length, table).toBeGreaterThan(0);
      for (const r of rows) expect(r, table).toEqual({ d: device, v: 1 });
    }
  });

  it('moves the JSON lists into child tables, in order', () => {
    for (const i of before.inspections!) {
      const team = JSON.parse(String(i.team_present)) as { officialId: string; role: string }[];
      expect(after.prepare('SELECT official_id AS officialId, role FROM inspection_team_members WHERE inspection_id = ? ORDER BY sort_order').all(i.id)).toEqual(team);
      const reps = (JSON.parse(String(i.representatives)) as Record<string, string>[]).map((p) => ({ name: p.name, position: p.position ?? null, idNumber: p.idNumber ?? null }));
      expect(after.prepare('SELECT name, position, id_number AS idNumber FROM inspection_representatives WHERE inspection_id = ? ORDER BY sort_order').all(i.id)).toEqual(reps);
      const others = (JSON.parse(String(i.other_participants)) as Record<string, string>[]).map((p) => ({ name: p.name, position: p.position ?? null, organisation: p.organisation ?? null }));
      expect(after.prepare('SELECT name, position, organisation FROM inspection_participants WHERE inspection_id = ? ORDER BY sort_order').all(i.id)).toEqual(others);
    }
    expect(before.inspections!.some((i) => JSON.parse(String(i.representatives)).length > 1)).toBe(true);
    for (const p of before.plans!) {
      const codes = JSON.parse(String(p.commune_codes)) as string[];
      expect(codes.length).toBeGreaterThan(0);
      expect((after.prepare('SELECT commune_code AS c FROM plan_communes WHERE plan_id = ? ORDER BY sort_order').all(p.id) as { c: string }[]).map((r) => r.c)).toEqual(codes);
    }
  });

  it('gives checklist results, minor links and dismissed suggestions their stable ids', () => {
    for (const r of after.prepare('SELECT id, inspection_id AS i, item_code AS c FROM checklist_results').all() as { id: string; i: string; c: string }[]) {
      expect(r.id).toBe(stableId('checklist_results', r.i, r.c));
    }
    const links = after.prepare('SELECT id, violation_id AS v, minor_id AS m FROM violation_minors').all() as { id: string; v: string; m: string }[];
    expect(links.length).toBe(before.violation_minors!.length);
    for (const l of links) expect(l.id).toBe(stableId('violation_minors', l.v, l.m));
    for (const d of after.prepare('SELECT id, inspection_id AS i, minor_id AS m, type_code AS t FROM dismissed_suggestions').all() as Record<string, string>[]) {
      expect(d.id).toBe(stableId('dismissed_suggestions', d.i!, d.m!, d.t!));
    }
  });

  it('passes SQLite integrity and foreign key checks', () => {
    expect(after.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(after.pragma('foreign_key_check')).toEqual([]);
  });
});
