import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { appLogPath } from '../../electron/app-log';
import { DataFolderLockedError, lockFilePath } from '../../electron/data-folder-lock';
import { startWebHost } from '../../electron/web-host';
import { ADMIN, HostClient } from '../helpers/test-host';

const ROOT = resolve(__dirname, '../..');
const WEB_HOST = join(ROOT, 'electron/web-host.ts');
// tsx's loader by absolute path: the command runs from a folder that has no node_modules.
const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

const dirs: string[] = [];
const children: ChildProcess[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};
const refusal = (dir: string) => `Thư mục dữ liệu ${dir} đang được một cửa sổ ứng dụng khác sử dụng; hãy đóng nó trước.`;

/** `node --import tsx /work/main/electron/web-host.ts --port 0 --data-dir <dir>`, started from `cwd`. */
function runHost(dataDir: string, cwd: string) {
  const child = spawn(process.execPath, ['--import', TSX, WEB_HOST, '--port', '0', '--data-dir', dataDir], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  const url = new Promise<string>((done, failed) => {
    child.stdout!.on('data', () => {
      const m = /(http:\/\/127\.0\.0\.1:\d+\/#k=[A-Za-z0-9_-]+)/.exec(stdout);
      if (m) done(m[1]!);
    });
    void exit.then((code) => failed(new Error(`web host exited (${String(code)}): ${stderr}`)));
  });
  url.catch(() => {}); // a launch expected to be refused never gives a URL
  return { child, url, exit, output: () => ({ stdout, stderr }) };
}

afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && !child.signalCode) {
      child.kill('SIGKILL');
      await new Promise((done) => child.once('exit', done));
    }
  }
});
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('one web host per data folder', () => {
  it('refuses a second host on a held folder in one Vietnamese line, and starts once the first has closed', async () => {
    const dataDir = tempDir('ldte-one-');
    const first = await startWebHost({ port: 0, dataDir });
    const second = await startWebHost({ port: 0, dataDir }).catch((e: unknown) => e);
    expect(second).toBeInstanceOf(DataFolderLockedError);
    expect((second as Error).message).toBe(refusal(dataDir));
    expect(readFileSync(appLogPath(dataDir), 'utf8')).toContain(`WARN [startup] pid=${process.pid} ${refusal(dataDir)}`);
    // The first still answers.
    expect((await HostClient.fromAddress(first.url).send('auth.status', {})).ok).toBe(true);
    await first.close();
    await first.close(); // twice is harmless
    expect(() => readFileSync(lockFilePath(dataDir))).toThrow();
    const third = await startWebHost({ port: 0, dataDir });
    expect((await HostClient.fromAddress(third.url).send('auth.status', {})).ok).toBe(true);
    await third.close();
  });

  it('started from another working directory, finds its migrations and interface; a second launch prints one line and exits; after a kill -9 the folder is taken over', async () => {
    const dataDir = tempDir('ldte-one-');
    const cwd = tempDir('ldte-cwd-');
    const host = runHost(dataDir, cwd);
    const url = await host.url;
    const client = HostClient.fromAddress(url);
    await client.run('auth.setup', ADMIN);
    expect((await client.send('establishments.create', { name: 'Cơ sở chế biến hạt điều Bình Phước', kind: 'enterprise' })).ok).toBe(true);
    const page = await (await fetch(new URL(url).origin)).text();
    expect(page).not.toContain('Chưa có giao diện'); // out/renderer found beside the module, not under the cwd

    // A second browser-mode launch on the same folder: one Vietnamese line on stderr, exit code 1.
    const again = runHost(dataDir, cwd);
    expect(await again.exit).toBe(1);
    expect(again.output().stderr.trim()).toBe(refusal(dataDir));
    expect(again.output().stdout).toBe('');
    // So is an in-process host (the lock is another live process's).
    await expect(startWebHost({ port: 0, dataDir })).rejects.toThrow(refusal(dataDir));

    host.child.kill('SIGKILL');
    await host.exit;
    const after = await startWebHost({ port: 0, dataDir });
    const signedIn = HostClient.fromAddress(after.url);
    await signedIn.run('auth.login', { login: ADMIN.login, password: ADMIN.password });
    expect((await signedIn.run('establishments.search', { query: 'hat dieu' })).total).toBe(1);
    await after.close();
  });

  it('a normal stop (Ctrl+C) releases the folder', async () => {
    const dataDir = tempDir('ldte-one-');
    const host = runHost(dataDir, tempDir('ldte-cwd-'));
    await host.url;
    host.child.kill('SIGINT');
    expect(await host.exit).toBe(0);
    expect(() => readFileSync(lockFilePath(dataDir))).toThrow();
  });
});
