import type Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema';
import { installStatementCache } from './statement-cache';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export function wrap(sqlite: Database.Database): Db {
  installStatementCache(sqlite);
  return drizzle(sqlite, { schema }) as Db;
}
