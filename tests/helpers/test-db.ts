import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../../db/client';
import { openDatabase } from '../../db/open-database';
import { dispatch } from '../../electron/dispatch';
import { createServiceContext, type ServiceContext } from '../../electron/services/context';
import { createFileStore, tempCopiesDir } from '../../electron/services/file-store';
import type { CommandInput, CommandName, CommandOutput } from '../../shared/commands';

export interface TestApp {
  db: Db;
  dir: string;
  path: string;
  ctx: ServiceContext;
  /** Runs a command through dispatch and returns its data, failing the test on an error answer. */
  run<K extends CommandName>(name: K, input: CommandInput<K>): Promise<CommandOutput<K>>;
  /** Runs a command through dispatch and returns the raw answer. */
  send(name: string, input: unknown): ReturnType<typeof dispatch>;
  /** The plaintext of a file stored (encrypted) in the documents folder. */
  readStored(fileName: string): Buffer;
  close(): void;
}

/**
 * A real SQLite file in a fresh temporary folder, migrated and seeded like a first run; stored
 * files are encrypted with a random key (read them through `ctx.files`).
 */
export function openTestApp(clock = new Date('2026-11-23T08:00:00Z')): TestApp {
  const dir = mkdtempSync(join(tmpdir(), 'ldte-test-'));
  const path = join(dir, 'app.sqlite');
  const db = openDatabase(path);
  const files = createFileStore({ fileKey: randomBytes(32), tempDir: tempCopiesDir(dir) });
  const ctx: ServiceContext = createServiceContext(db, { actor: 'tester', role: 'admin', dataDir: dir, files, now: () => clock });
  return {
    db,
    dir,
    path,
    ctx,
    async run(name, input) {
      const result = await dispatch(name, input, db, ctx);
      if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
      return result.data as never;
    },
    send: (name, input) => dispatch(name, input, db, ctx),
    readStored: (fileName) => ctx.files.readFile(join(ctx.documentsDir, fileName)),
    close() {
      db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every user table's rows, to prove a rejected command changed nothing. */
export function snapshot(db: Db): Record<string, unknown[]> {
  const tables = db.$client
    .prepare("SELECT name FROM sqlite_master WHERE type IN ('table') AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts_%' ORDER BY name")
    .all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, db.$client.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
}
