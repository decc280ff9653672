import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAUNCH_HEADER } from '../../electron/web-host';
import { httpText, rawRequest, sleep, writeSome, type RawAnswer } from '../helpers/raw-http';
import { ADMIN, HostClient } from '../helpers/test-host';

/**
 * The host in its own process (as `npm run web` runs it), so that its memory is its own:
 * read from /proc/<pid>/status (Linux).
 */
const ROOT = resolve(__dirname, '../..');
const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
const SECRET = 'load-test-secret-0123456789abcdef';
const MB = 1024 * 1024;

let child: ChildProcess;
let dataDir: string;
let port: number;
let client: HostClient;

const status = (field: 'VmRSS' | 'VmHWM') => {
  const kb = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
  return Number(kb) * 1024;
};
/** Sockets the host process holds open (its listening socket included). */
const openSockets = () => readdirSync(`/proc/${child.pid}/fd`).filter((fd) => {
  try {
    return readlinkSync(`/proc/${child.pid}/fd/${fd}`).startsWith('socket:');
  } catch {
    return false;
  }
}).length;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ldte-load-'));
  child = spawn(process.execPath, ['--import', TSX, join(ROOT, 'electron/web-host.ts'), '--port', '0', '--data-dir', dataDir], {
    env: { ...process.env, LDTE_LAUNCH_SECRET: SECRET },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((done, failed) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/#k=[A-Za-z0-9_-]+)/.exec(out);
      if (m) done(m[1]!);
    });
    child.once('exit', (code) => failed(new Error(`host exited (${String(code)})`)));
  });
  port = Number(new URL(url).port);
  client = HostClient.fromAddress(url);
  await client.run('auth.setup', ADMIN);
}, 60_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await new Promise((done) => child.once('exit', done));
  }
  rmSync(dataDir, { recursive: true, force: true });
});

describe.runIf(process.platform === 'linux')('browser mode under load', () => {
  it('60 connections each sending a large body slowly keep the host under 300 MB, and are released', async () => {
    // Warm up the paths the load takes, then measure from there.
    expect((await client.run('establishments.search', {})).total).toBe(0);
    const baseline = status('VmRSS');
    const socketsBefore = openSockets();
    const host = `127.0.0.1:${port}`;
    const command = { Host: host, [LAUNCH_HEADER]: SECRET, Cookie: `ldte_session=${client.sessionCookie.split('=')[1]}`, 'Content-Type': 'application/json' };
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    let closing = false;
    /** Sends `total` bytes in 64 KB pieces, `gapMs` apart, while the server keeps reading; then holds the connection until the end. */
    const slowBody = (head: string, total: number, gapMs: number, chunked = false) =>
      rawRequest(
        port,
        async (socket) => {
          await writeSome(socket, head);
          if (!chunked) await writeSome(socket, '{"name":"');
          for (let sent = 0; sent < total && !closing; sent += chunk.length) {
            const piece = chunked ? Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]) : chunk;
            if (!(await writeSome(socket, piece))) return;
            await sleep(gapMs);
          }
          while (!closing && !socket.destroyed) await sleep(100);
          socket.destroy();
        },
        { timeoutMs: 60_000 },
      );
    const kinds: { name: string; start: () => Promise<RawAnswer> }[] = [
      // What the issue did: 20 MB bodies, held (here: no launch secret, as a web page would send).
      { name: 'no secret, 20 MB', start: () => slowBody(httpText('POST', '/api/establishments.create', { Host: host, 'Content-Type': 'application/json', 'Content-Length': String(20 * MB) }), 20 * MB, 20) },
      // With the secret: a declared 20 MB body is refused from its headers.
      { name: 'declared 20 MB', start: () => slowBody(httpText('POST', '/api/establishments.create', { ...command, 'Content-Length': String(20 * MB) }), 20 * MB, 20) },
      // With the secret, no length: cut at the 2 MB cap.
      { name: 'chunked 20 MB', start: () => slowBody(httpText('POST', '/api/establishments.create', { ...command, 'Transfer-Encoding': 'chunked' }), 20 * MB, 5, true) },
      // With the secret, just under the cap, sent slowly and never finished.
      { name: 'held 1.9 MB', start: () => slowBody(httpText('POST', '/api/establishments.create', { ...command, 'Content-Length': String(Math.floor(1.9 * MB)) }), Math.floor(1.8 * MB), 60) },
    ];
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, status('VmRSS'))), 50);
    const answers = kinds.flatMap((kind) => Array.from({ length: 15 }, () => kind.start().then((answer) => ({ kind: kind.name, answer }))));
    // Let the slow ones reach their full size and stay there a while.
    await sleep(4_500);
    const during = status('VmRSS');
    closing = true;
    const results = await Promise.all(answers);
    clearInterval(sampler);
    peak = Math.max(peak, during);
    const highWater = status('VmHWM');

    expect(highWater, `baseline ${baseline >> 20} MB, high water ${highWater >> 20} MB`).toBeLessThan(300 * MB);
    expect(peak, `baseline ${baseline >> 20} MB, peak ${peak >> 20} MB`).toBeLessThan(300 * MB);
    // Refused from the headers or cut while streaming, by the server itself.
    for (const { kind, answer } of results.filter((r) => r.kind !== 'held 1.9 MB')) {
      expect(answer.closedByServer, kind).toBe(true);
      // 503: the host already held as many body bytes as it takes at once.
      expect(kind === 'chunked 20 MB' ? [413, 503] : [403, 413], kind).toContain(answer.status);
    }
    // The held bodies: read up to what the host holds at once, the others refused with 503.
    const held = results.filter((r) => r.kind === 'held 1.9 MB').map((r) => r.answer.status);
    expect(held.every((s) => s === null || s === 503 || s === 400)).toBe(true);

    // Released: the host answers, its sockets are back to what they were, its memory settles.
    await sleep(500);
    expect((await client.run('establishments.search', {})).total).toBe(0);
    expect(openSockets()).toBeLessThanOrEqual(socketsBefore + 1);
    expect(status('VmRSS')).toBeLessThan(300 * MB);
    expect(child.exitCode).toBeNull();
  }, 90_000);
});
