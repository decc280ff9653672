import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import type { Browser, BrowserContext } from '@playwright/test';
import { storageStateFile } from './accounts';

/** A free TCP port on this machine (the config's ports belong to the specs' own hosts). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface SecondHost {
  baseURL: string;
  /** A signed-in browser on the second host (the admin of its data folder). */
  context: BrowserContext;
  stop(): Promise<void>;
}

/**
 * A second laptop for a spec: another web host on another fresh data folder (tests/e2e/serve.ts,
 * set up and signed in like the spec's own), and a browser context with its storage state,
 * address and the run's launch header.
 */
export async function startSecondHost(browser: Browser, use: { locale?: string; viewport?: { width: number; height: number } } = {}): Promise<SecondHost> {
  const port = await freePort();
  const child: ChildProcess = spawn('node_modules/.bin/tsx', ['tests/e2e/serve.ts'], {
    env: { ...process.env, E2E_PORT: String(port), LDTE_CHECK_OUTPUTS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const state = storageStateFile(port);
  const deadline = Date.now() + 60_000;
  while (!(existsSync(state) && output.includes('e2e web host'))) {
    if (child.exitCode !== null) throw new Error(`second host ended: ${output}`);
    if (Date.now() > deadline) throw new Error(`second host did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const baseURL = `http://127.0.0.1:${port}`;
  const context = await browser.newContext({
    baseURL,
    storageState: state,
    extraHTTPHeaders: { 'x-ldte-key': process.env.LDTE_LAUNCH_SECRET ?? '' },
    locale: use.locale ?? 'vi-VN',
    viewport: use.viewport ?? { width: 1366, height: 860 },
    acceptDownloads: true,
  });
  return {
    baseURL,
    context,
    async stop() {
      await context.close();
      // The host and its tsx parent were started here, in a process group of their own.
      if (child.pid && child.exitCode === null) {
        const ended = new Promise((r) => child.once('exit', r));
        process.kill(-child.pid, 'SIGTERM');
        await Promise.race([ended, new Promise((r) => setTimeout(r, 5000))]);
      }
    },
  };
}
