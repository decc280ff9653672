import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { readMigrationFiles, type MigrationMeta } from 'drizzle-orm/migrator';
import { rowMetadataStep } from './data-steps/0006-row-metadata';

/** Data carried over by a migration, in TypeScript, run right after its SQL in the same transaction. */
export const DATA_STEPS: Record<string, (sqlite: Database.Database) => void> = {
  '0006_row_metadata': rowMetadataStep,
};

type Pending = MigrationMeta & { tag: string };

/** Migrations not yet applied, in order (drizzle's bookkeeping table `__drizzle_migrations`). */
export function pendingMigrations(sqlite: Database.Database, migrationsFolder: string): Pending[] {
  const { entries } = JSON.parse(readFileSync(join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  const all = readMigrationFiles({ migrationsFolder }).map((m, i) => ({ ...m, tag: entries[i]!.tag }));
  const hasTable = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name='__drizzle_migrations'").get();
  if (!hasTable) return all;
  const last = sqlite.prepare('SELECT max(created_at) AS at FROM __drizzle_migrations').get() as { at: number | null };
  return all.filter((m) => last.at === null || m.folderMillis > Number(last.at));
}

/**
 * Applies the pending migrations, their SQL and their data steps, in one transaction (all or
 * nothing), recording them in drizzle's table so drizzle-kit sees the same history.
 */
export function migrate(sqlite: Database.Database, migrationsFolder: string, dataSteps = DATA_STEPS): number {
  const pending = pendingMigrations(sqlite, migrationsFolder);
  if (pending.length === 0) return 0;
  sqlite
    .transaction(() => {
      sqlite.exec('CREATE TABLE IF NOT EXISTS __drizzle_migrations (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)');
      const record = sqlite.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)');
      for (const migration of pending) {
        for (const statement of migration.sql) if (statement.trim()) sqlite.exec(statement);
        dataSteps[migration.tag]?.(sqlite);
        record.run(migration.hash, migration.folderMillis);
      }
    })
    .immediate();
  return pending.length;
}
