import { Column, fillPlaceholders, is, Placeholder, SQL } from 'drizzle-orm';
import { hlcToIso } from '../shared/sync/hlc';
import type { Db } from './client';

/*
 * drizzle maps every cell of a result through generic bookkeeping (entity checks, paths for
 * nested selections), which costs more than SQLite's own work for a one-row lookup or a page
 * of fifty wide rows. For flat selections these helpers run drizzle's SQL and decode each
 * column by position with the column's own decoder: the same rows, without the overhead.
 */

type Decode = (value: unknown) => unknown;
type Plan = [string, Decode][];

interface SelectQuery<R> {
  all(): R[];
  toSQL(): { sql: string; params: unknown[] };
  _: { selectedFields: unknown };
}

type Decoded = { decoder?: { mapFromDriverValue: Decode } };
const identity: Decode = (v) => v;
const sqlDecoder = ({ decoder }: Decoded): Decode => (decoder ? (v) => decoder.mapFromDriverValue(v) : identity);

/** Columns that keep SQLite's value as it is (text, integer, real) need no call per cell. */
const keepsDriverValue = (column: Column) => column.mapFromDriverValue === Column.prototype.mapFromDriverValue;

function decoderOf(field: unknown): Decode | null {
  if (is(field, Column)) return keepsDriverValue(field) ? identity : (v) => field.mapFromDriverValue(v);
  if (is(field, SQL)) return sqlDecoder(field as unknown as Decoded);
  if (is(field, SQL.Aliased)) return sqlDecoder(field.sql as unknown as Decoded);
  return null;
}

/** Decoders by column position, or null when the selection is nested (left to drizzle). */
function planOf(query: { _: { selectedFields: unknown } }): Plan | null {
  const fields = Object.entries(query._.selectedFields as Record<string, unknown>).map(([key, field]) => [key, decoderOf(field)] as const);
  return fields.every(([, d]) => d !== null) ? (fields as Plan) : null;
}

type RowMaker = (row: unknown[]) => unknown;

/** How the row comes out: as drizzle gives it, or as the contract shows a record. */
export interface RecordShape {
  /** Machine-only columns left out of the record. */
  omit: readonly string[];
}

/**
 * The row decoder of a plan, compiled once into one object literal (keys in selection order),
 * so every row gets its final shape in one allocation. With a record shape, the row is the
 * contract's record (`Timestamps`): NULL columns absent, the HLC stamp as an ISO instant,
 * `deletedAt` null when live, machine-only columns left out.
 */
function compile(plan: Plan, shape?: RecordShape): RowMaker {
  const fields = plan
    .map(([key, decode], i) => {
      const value = decode === identity ? `r[${i}]` : `d[${i}](r[${i}])`;
      if (!shape) return `${JSON.stringify(key)}: r[${i}] === null ? null : ${value}`;
      if (shape.omit.includes(key)) return null;
      if (key === 'updatedAt') return `${JSON.stringify(key)}: iso(r[${i}])`;
      if (key === 'deletedAt') return `${JSON.stringify(key)}: r[${i}]`;
      return `${JSON.stringify(key)}: r[${i}] === null ? undefined : ${value}`;
    })
    .filter((f) => f !== null);
  // Keys come from the schema, never from data.
  const make = new Function('d', 'iso', `return (r) => ({ ${fields.join(', ')} });`) as (d: Decode[], iso: (hlc: string) => string) => RowMaker;
  return make(
    plan.map(([, decode]) => decode),
    hlcToIso,
  );
}

const makers = new WeakMap<Plan, RowMaker>();

function decodeRow<R>(plan: Plan, row: unknown[]): R {
  let make = makers.get(plan);
  if (!make) makers.set(plan, (make = compile(plan)));
  return make(row) as R;
}

const plans = new Map<string, Plan | null>();

/** `query.all()`, decoded by position. */
export function readAll<R>(db: Db, query: SelectQuery<R>): R[] {
  const { sql, params } = query.toSQL();
  let plan = plans.get(sql);
  if (plan === undefined) {
    if (plans.size > 500) plans.clear();
    plans.set(sql, (plan = planOf(query)));
  }
  if (!plan) return query.all();
  const rows = db.$client.prepare(sql).raw(true).all(...params) as unknown[][];
  return rows.map((row) => decodeRow<R>(plan, row));
}

/**
 * A select built once with `sql.placeholder`s, run with values: `.get(values)` / `.all(values)`
 * like drizzle's `.prepare()`, decoded by position. Keep it with `preparedQuery` (one per connection).
 */
export function leanPrepared<R>(db: Db, query: SelectQuery<R>) {
  return prepareLean<R>(db, query);
}

/** `leanPrepared` whose rows are the contract's records (see `RecordShape`), typed by the caller. */
export function leanRecords<T>(db: Db, query: SelectQuery<unknown>, shape: RecordShape) {
  return prepareLean<T>(db, query, shape);
}

/** The statement's arguments from the placeholder values: a fast path for one plain placeholder. */
function argumentsOf(params: unknown[]): (values: Record<string, unknown>) => unknown[] {
  const only = params.length === 1 && is(params[0], Placeholder) ? params[0].name : null;
  return only ? (values) => [values[only]] : (values) => fillPlaceholders(params, values);
}

function prepareLean<R>(db: Db, query: SelectQuery<unknown>, shape?: RecordShape) {
  const { sql, params } = query.toSQL();
  const plan = planOf(query);
  if (!plan) throw new Error('leanPrepared needs a flat selection');
  const make = compile(plan, shape);
  const args = argumentsOf(params);
  // Rows as arrays, set once. The statement cache (statement-cache.ts) shares statements by SQL
  // text and hands them back in row-object mode: the marked text is prepared by these helpers only.
  const statement = db.$client.prepare(`${sql} /* lean */`).raw(true);
  return {
    get(values: Record<string, unknown> = {}): R | undefined {
      const row = statement.get(...args(values)) as unknown[] | undefined;
      return row ? (make(row) as R) : undefined;
    },
    all(values: Record<string, unknown> = {}): R[] {
      return (statement.all(...args(values)) as unknown[][]).map((row) => make(row) as R);
    },
  };
}
