import type { Db } from './client';

const caches = new WeakMap<object, Map<string, unknown>>();

/**
 * A drizzle query prepared once per connection (`.prepare()` with `sql.placeholder`s), for
 * reads on hot paths: drizzle otherwise builds and prepares the SQL on every call.
 */
export function preparedQuery<T>(db: Db, key: string, build: () => T): T {
  let cache = caches.get(db.$client);
  if (!cache) caches.set(db.$client, (cache = new Map()));
  if (!cache.has(key)) cache.set(key, build());
  return cache.get(key) as T;
}
