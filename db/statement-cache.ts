import type { Statement } from 'better-sqlite3';
import type { Db } from './client';

const caches = new WeakMap<object, Map<string, Statement>>();

/** A statement prepared once per connection and SQL text (better-sqlite3 prepares are costly on hot paths). */
export function cachedStatement(db: Db, sql: string): Statement {
  let cache = caches.get(db.$client);
  if (!cache) caches.set(db.$client, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.$client.prepare(sql)));
  return statement;
}

/** Runs a drizzle write query (insert, update) through the per-connection statement cache. */
export function cachedRun(db: Db, query: { toSQL(): { sql: string; params: unknown[] } }): void {
  const { sql, params } = query.toSQL();
  cachedStatement(db, sql).run(...params);
}
