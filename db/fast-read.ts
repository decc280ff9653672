import { Column, is, SQL } from 'drizzle-orm';
import type { Db } from './client';

type Decode = (value: unknown) => unknown;
interface SelectQuery<R> {
  all(): R[];
  toSQL(): { sql: string; params: unknown[] };
  _: { selectedFields: unknown };
}

type Decoded = { decoder?: { mapFromDriverValue: Decode } };

const identity: Decode = (v) => v;
const sqlDecoder = ({ decoder }: Decoded): Decode => (decoder ? (v) => decoder.mapFromDriverValue(v) : identity);

function decoderOf(field: unknown): Decode | null {
  if (is(field, Column)) return (v) => field.mapFromDriverValue(v);
  if (is(field, SQL)) return sqlDecoder(field as unknown as Decoded);
  if (is(field, SQL.Aliased)) return sqlDecoder(field.sql as unknown as Decoded);
  return null;
}

const plans = new Map<string, [string, Decode][] | null>();

/**
 * `query.all()` for a flat selection, mapped by column position with each column's decoder:
 * the same rows drizzle returns, without its per-cell bookkeeping, which dominates the cost of
 * a page of 50 wide rows. Other selections (nested objects) go through drizzle as usual.
 */
export function readAll<R>(db: Db, query: SelectQuery<R>): R[] {
  const { sql, params } = query.toSQL();
  let plan = plans.get(sql);
  if (plan === undefined) {
    const fields = Object.entries(query._.selectedFields as Record<string, unknown>).map(([key, field]) => [key, decoderOf(field)] as const);
    plan = fields.every(([, d]) => d !== null) ? (fields as [string, Decode][]) : null;
    if (plans.size > 500) plans.clear();
    plans.set(sql, plan);
  }
  if (!plan) return query.all();
  const rows = db.$client.prepare(sql).raw(true).all(...params) as unknown[][];
  const decoders = plan;
  return rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < decoders.length; i++) {
      const value = row[i];
      out[decoders[i]![0]] = value === null ? null : decoders[i]![1](value);
    }
    return out as R;
  });
}
