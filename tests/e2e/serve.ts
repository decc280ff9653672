import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { randomSessionKey } from '../../electron/session/app-session';
import { startWebHost } from '../../electron/web-host';
import { E2E_ADMIN, storageStateFile } from './accounts';

/**
 * The web host of one browser spec, on a fresh data folder. Unless the spec tests first-start
 * setup itself (E2E_SETUP=fresh), it is set up with E2E_ADMIN and a signed-in browser state is
 * written for Playwright (the session cookie, and the launch key the page would take from
 * the printed address).
 */
async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'ldte-e2e-'));
  const port = Number(process.env.E2E_PORT ?? 4199);
  // Playwright's request client keeps idle sockets open and, unlike a browser, does not send a
  // request again when the host closed its reused socket at that very moment (ECONNRESET): the
  // specs' hosts keep idle connections for the length of a spec instead of 5 s.
  const host = await startWebHost({ port, dataDir, limits: { keepAliveTimeoutMs: 10 * 60_000 } });
  if (process.env.E2E_SETUP !== 'fresh') {
    const session = randomSessionKey();
    const answer = await host.service.call('auth.setup', E2E_ADMIN, undefined, () => session);
    if (!answer.result.ok) throw new Error(`e2e setup failed: ${answer.result.error.message}`);
    const origin = `http://127.0.0.1:${port}`;
    const state = {
      cookies: [{ name: 'ldte_session', value: session, domain: '127.0.0.1', path: '/', expires: -1, httpOnly: true, secure: false, sameSite: 'Strict' }],
      origins: [{ origin, localStorage: [{ name: 'ldte.launchKey', value: host.secret }] }],
    };
    mkdirSync(dirname(storageStateFile(port)), { recursive: true });
    writeFileSync(storageStateFile(port), JSON.stringify(state));
  }
  console.log(`e2e web host ${host.url} data ${dataDir}`);
}

void main();
