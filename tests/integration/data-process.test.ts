import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { copyMigrations } from '../../db/copy-migrations';
import { DEFAULT_MIGRATIONS_FOLDER, openDatabase } from '../../db/open-database';
import { appLogPath, setProcessLog } from '../../electron/app-log';
import { databasePath } from '../../electron/app-paths';
import { acquireDataFolderLock, lockFilePath } from '../../electron/data-folder-lock';
import { DATA_PROCESS_GONE, DataProcessClient, DataProcessStartupError, type DataProcessPort } from '../../electron/data-process/client';
import { openDataService } from '../../electron/data-process/service';
import { ADMIN } from '../helpers/test-host';

/** The window's session: what main passes with every command. */
const WINDOW = 'window:1';

/**
 * The desktop app's data process, driven the way the main process drives it (DataProcessClient
 * over a message port), but started with Node's child_process.fork instead of Electron's
 * utilityProcess.fork: the same entry, the same protocol.
 */
const ROOT = resolve(__dirname, '../..');
const WORKER = join(ROOT, 'electron/data-process/worker.ts');
const BUNDLE = join(ROOT, 'out/main/data-process.js');

const dirs: string[] = [];
const children: ChildProcess[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};

function startChild(entry = WORKER, cwd = ROOT): { child: ChildProcess; client: DataProcessClient } {
  const child = fork(entry, [], {
    cwd,
    execArgv: entry.endsWith('.ts') ? ['--import', 'tsx'] : [],
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  children.push(child);
  const port: DataProcessPort = {
    postMessage: (message) => void child.send(message),
    on: (event: 'message' | 'exit', listener: (arg: never) => void) => child.on(event, listener as (...args: unknown[]) => void),
  };
  return { child, client: new DataProcessClient(port) };
}

const exited = (child: ChildProcess) => new Promise<void>((done) => (child.exitCode !== null || child.signalCode ? done() : child.once('exit', () => done())));

afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && !child.signalCode) child.kill('SIGKILL');
    await exited(child);
  }
});
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('data process', () => {
  it('opens the data folder and answers commands sent by the main process, several at once', async () => {
    const dataDir = tempDir('ldte-dp-');
    const { client } = startChild();
    const logPath = await client.start({ dataDir });
    expect(logPath).toBe(appLogPath(dataDir));
    expect(JSON.parse(readFileSync(lockFilePath(dataDir), 'utf8')).owner).toBe('desktop');
    expect(await client.invoke('auth.status', {}, WINDOW)).toMatchObject({ ok: true, data: { state: 'setup' } });
    expect(await client.invoke('establishments.search', {}, WINDOW)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await client.invoke('auth.setup', ADMIN, WINDOW)).toMatchObject({ ok: true, data: { status: { state: 'signed_in' } } });
    expect(existsSync(databasePath(dataDir))).toBe(true);
    // Another window has its own session: not signed in.
    expect(await client.invoke('establishments.search', {}, 'window:2')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const names = ['Cơ sở may Hòa Bình', 'Xưởng mộc Tân Phú', 'Lò gạch Đông Hưng'];
    const created = await Promise.all(names.map((name) => client.invoke('establishments.create', { name, kind: 'household_business' }, WINDOW)));
    expect(created.map((r) => r.ok)).toEqual([true, true, true]);
    const found = await client.invoke('establishments.search', { query: 'tan phu' }, WINDOW);
    expect(found).toMatchObject({ ok: true, data: { total: 1 } });
    expect(await client.invoke('establishments.create', { name: '', kind: 'enterprise' }, WINDOW)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await client.invoke('establishments.explode', {}, WINDOW)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    // A second instance (desktop or web) is refused while this one holds the folder.
    expect(() => acquireDataFolderLock(dataDir, 'web')).toThrow(/đang được một cửa sổ ứng dụng khác sử dụng/);

    await client.shutdown();
    expect(existsSync(lockFilePath(dataDir))).toBe(false);
  });

  it('reports a folder held by another instance as a startup failure with the log path', async () => {
    const dataDir = tempDir('ldte-dp-');
    const held = acquireDataFolderLock(dataDir, 'web');
    const { client } = startChild();
    const failure = await client.start({ dataDir }).catch((e: unknown) => e);
    held.release();
    expect(failure).toBeInstanceOf(DataProcessStartupError);
    expect((failure as Error).message).toBe(`Thư mục dữ liệu ${dataDir} đang được một cửa sổ ứng dụng khác sử dụng; hãy đóng nó trước.`);
    expect((failure as DataProcessStartupError).logPath).toBe(appLogPath(dataDir));
    expect(readFileSync(appLogPath(dataDir), 'utf8')).toMatch(/WARN \[startup\].*đang được một cửa sổ/);
  });

  it('reports a failed upgrade of a database of the release before encryption in Vietnamese, logs its stack, leaves the database as it was and the folder free', async () => {
    const dataDir = tempDir('ldte-dp-');
    openDatabase(databasePath(dataDir)).$client.close();
    const migrations = tempDir('ldte-mig-');
    copyMigrations(DEFAULT_MIGRATIONS_FOLDER, migrations);
    const journalPath = join(migrations, 'meta/_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { idx: number; when: number; tag: string }[] };
    const last = journal.entries.at(-1)!;
    journal.entries.push({ ...last, idx: journal.entries.length, when: last.when + 1000, tag: '9999_broken' });
    writeFileSync(journalPath, JSON.stringify(journal));
    writeFileSync(join(migrations, '9999_broken.sql'), 'CREATE TABLE half_done (id text);\n--> statement-breakpoint\nALTER TABLE no_such_table ADD COLUMN x text;');

    const { client } = startChild();
    const failure = await client.start({ dataDir, migrationsFolder: migrations }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DataProcessStartupError);
    expect((failure as Error).message).toContain('Không mở hoặc không nâng cấp được cơ sở dữ liệu');
    const log = readFileSync(appLogPath(dataDir), 'utf8');
    expect(log).toMatch(/ERROR \[startup\].*no such table: no_such_table/);
    expect(log).toContain('    at ');
    expect(existsSync(lockFilePath(dataDir))).toBe(false);
    const db = openDatabase(databasePath(dataDir));
    expect(db.$client.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half_done'").get()).toEqual({ n: 0 });
    db.$client.close();
    expect(readdirSync(join(dataDir, 'backups')).length).toBeGreaterThan(0);
  });

  it('answers pending and later commands with INTERNAL when the data process dies, and says it was not expected', async () => {
    const dataDir = tempDir('ldte-dp-');
    const { child, client } = startChild();
    await client.start({ dataDir });
    const ended = new Promise<boolean>((done) => client.onExit((_code, expected) => done(expected)));
    const pending = client.invoke('auth.status', {}, WINDOW);
    child.kill('SIGKILL');
    const [first] = await Promise.all([pending, exited(child)]);
    // The answer may have come before the kill; either way nothing is left waiting.
    expect(first.ok === true || first === DATA_PROCESS_GONE).toBe(true);
    expect(await ended).toBe(false);
    expect(await client.invoke('auth.status', {}, WINDOW)).toBe(DATA_PROCESS_GONE);
    // Its lock is stale now: the next start takes the folder over.
    acquireDataFolderLock(dataDir, 'web').release();
  });

  it.skipIf(!existsSync(BUNDLE))('the built bundle (out/main/data-process.js) finds its migrations beside itself, from any working directory', async () => {
    expect(existsSync(join(ROOT, 'out/main/migrations/meta/_journal.json'))).toBe(true);
    const dataDir = tempDir('ldte-dp-');
    const { client } = startChild(BUNDLE, tempDir('ldte-cwd-'));
    await client.start({ dataDir });
    expect(await client.invoke('auth.setup', ADMIN, WINDOW)).toMatchObject({ ok: true });
    expect(await client.invoke('establishments.create', { name: 'Cơ sở A', kind: 'enterprise' }, WINDOW)).toMatchObject({ ok: true });
    await client.shutdown();
  });
});

describe('data service log', () => {
  it('writes the stack of an INTERNAL failure to <data folder>/logs/app.log, never the command input', async () => {
    const dataDir = tempDir('ldte-dp-');
    const service = openDataService({ dataDir, owner: 'web' });
    setProcessLog(service.log);
    await service.call('auth.setup', ADMIN, undefined, () => 'session');
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    service.session.database!.$client.close(); // any unexpected failure will do
    const { result } = await service.call('establishments.search', { query: 'Nguyễn Thị Mai' }, 'session', () => 'session');
    quiet.mockRestore();
    setProcessLog(null);
    service.close();
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    const log = readFileSync(appLogPath(dataDir), 'utf8');
    expect(log).toMatch(/ERROR \[(dispatch|session) establishments\.search\].*\n\s+at /);
    expect(log).not.toContain('Nguyễn');
    expect(existsSync(lockFilePath(dataDir))).toBe(false);
  });
});

describe('copyMigrations', () => {
  it('copies what migrate reads (SQL and journal), enough to build the same database', () => {
    const to = tempDir('ldte-mig-');
    const files = copyMigrations(DEFAULT_MIGRATIONS_FOLDER, to);
    expect(files).toContain('meta/_journal.json');
    expect(files.filter((f) => f.endsWith('.sql'))).toEqual(readdirSync(DEFAULT_MIGRATIONS_FOLDER).filter((f) => f.endsWith('.sql')).sort());
    const dataDir = tempDir('ldte-dp-');
    const db = openDatabase(databasePath(dataDir), { migrationsFolder: to });
    expect(db.$client.prepare("SELECT 1 AS ok FROM sqlite_master WHERE name = 'establishments'").get()).toEqual({ ok: 1 });
    db.$client.close();
  });
});
