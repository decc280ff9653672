import type Database from 'better-sqlite3';

const LIMIT = 500;

/**
 * Makes `prepare` reuse statements by SQL text (least recently used out beyond LIMIT).
 * drizzle prepares its SQL again on every call, and preparing costs more than running a
 * small query. A reused statement is handed back in row-object mode (drizzle turns raw mode on
 * itself when it wants arrays).
 */
export function installStatementCache(sqlite: Database.Database): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const cache = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    let statement = cache.get(source);
    if (statement) {
      cache.delete(source);
      if (statement.reader) statement.raw(false);
    } else {
      statement = prepare(source);
      if (cache.size >= LIMIT) cache.delete(cache.keys().next().value!);
    }
    cache.set(source, statement);
    return statement;
  }) as typeof sqlite.prepare;
}
