import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { openDatabase } from '../../db/open-database';
import { SYNCED_TABLES } from '../../db/synced-tables';
import { dispatch } from '../../electron/dispatch';
import { createServiceContext, type ServiceContext } from '../../electron/services/context';
import { createFileStore, tempCopiesDir } from '../../electron/services/file-store';
import type { CommandInput, CommandName, CommandOutput } from '../../shared/commands';
import type { ApiResult } from '../../shared/errors';

/** One laptop of a team in a test: its own database file, device, user and (skewed) clock. */
export interface Laptop {
  name: string;
  db: Db;
  ctx: ServiceContext;
  dir: string;
  path: string;
  send(name: string, input: unknown): Promise<ApiResult<unknown>>;
  run<K extends CommandName>(name: K, input: CommandInput<K>): Promise<CommandOutput<K>>;
  close(): void;
}

/**
 * A laptop on a copy of `template` (or a fresh database), whose wall clock is `clock()` + `skewMs`;
 * its stored files are encrypted with a key of its own.
 */
export function openLaptop(name: string, clock: () => number, skewMs: number, template?: string): Laptop {
  const dir = mkdtempSync(join(tmpdir(), 'ldte-laptop-'));
  const path = join(dir, 'app.sqlite');
  if (template) copyFileSync(template, path);
  const db = openDatabase(path);
  const files = createFileStore({ fileKey: randomBytes(32), tempDir: tempCopiesDir(dir) });
  const ctx = createServiceContext(db, { actor: name, role: 'admin', dataDir: dir, files, now: () => new Date(clock() + skewMs) });
  return {
    name,
    db,
    ctx,
    dir,
    path,
    send: (command, input) => dispatch(command, input, db, ctx),
    async run(command, input) {
      const result = await dispatch(command, input, db, ctx);
      if (!result.ok) throw new Error(`${name}: ${command} failed: ${JSON.stringify(result.error)}`);
      return result.data as never;
    },
    close() {
      db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A database file as it stands, for copying (the WAL folded in). */
export function checkpoint(laptop: Laptop): void {
  laptop.db.$client.pragma('wal_checkpoint(TRUNCATE)');
}

/** Anything that runs commands as one laptop: a `Laptop`, or a `TestApp` of tests/helpers/test-db. */
type Runs = Pick<Laptop, 'run'>;

/** `joiner` asks to join the leader's team (invitation, join request) and the leader accepts it. */
export async function joinTeam(leader: Runs, joiner: Runs & { ctx: ServiceContext }, teamId: string): Promise<void> {
  const invitation = await leader.run('exchange.invitation', { teamId });
  const request = await joiner.run('exchange.join', { invitation: invitation.base64, code: invitation.code });
  await leader.run('exchange.import', { file: request.base64 });
  await leader.run('exchange.acceptJoin', { teamId, deviceId: joiner.ctx.deviceId });
}

/** A package made on `from` and imported on `to`: how many changes were new there. */
export async function exchange(from: Runs, to: Runs, teamId: string, mode: 'team' | 'all' = 'team'): Promise<number> {
  const pkg = await from.run('exchange.export', { teamId, mode });
  return (await to.run('exchange.import', { file: pkg.base64 })).newChanges;
}

/** Every laptop sends to every other until a whole round brings nothing new. */
export async function exchangeUntilStill(laptops: Runs[], teamId: string, maxRounds = 8): Promise<number> {
  for (let round = 1; round <= maxRounds; round++) {
    let brought = 0;
    for (const from of laptops) for (const to of laptops) if (from !== to) brought += await exchange(from, to, teamId);
    if (brought === 0) return round;
  }
  throw new Error(`still exchanging after ${maxRounds} rounds`);
}

/** Columns a laptop keeps for itself: its edit counter and its search index row. */
const LOCAL_COLUMNS = new Set(['version', 'search_rowid']);

/** A hash of every synced table as stored, without the columns each laptop keeps for itself. */
export function syncedHash(db: Db): Record<string, string> {
  const out: Record<string, string> = {};
  for (const table of SYNCED_TABLES) {
    const name = getTableName(table);
    const columns = Object.values(getTableColumns(table))
      .map((c) => c.name)
      .filter((c) => !LOCAL_COLUMNS.has(c));
    const rows = db.$client.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${name}" ORDER BY id`).all();
    out[name] = createHash('sha256').update(JSON.stringify(rows)).digest('hex').slice(0, 16);
  }
  return out;
}
