import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHost, type TestHost } from '../helpers/test-host';

/**
 * The attack of issue 9 in a real browser: a page of another site, opened by a signed-in
 * user while browser mode runs, posts to the host. Chromium is Debian's (`apt-get install
 * chromium`), as for the end-to-end tests.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let t: TestHost;
let port: number;
let evil: Server;
let evilPort: number;
let browser: Browser;

function rowCounts(): Record<string, number> {
  const db = t.host.service.session.database!.$client;
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]));
}

/** The other site's page: a text/plain form, a url-encoded form, no-cors fetches (text/plain, multipart), and images with crashing addresses. */
const evilPage = (target: string) => `<!doctype html><html><body>
<iframe name="sink1"></iframe><iframe name="sink2"></iframe>
<form id="plain" method="POST" action="${target}/api/establishments.create" enctype="text/plain" target="sink1">
  <input name='{"name":"Xưởng giả mạo qua biểu mẫu","kind":"enterprise","x":"' value='"}'>
</form>
<form id="urlencoded" method="POST" action="${target}/api/establishments.create" target="sink2">
  <input name="name" value="Xưởng giả mạo 2"><input name="kind" value="enterprise">
</form>
<img src="${target}///"><img src="${target}/files/documents/%"><img src="${target}/%E0%A4%A">
<script>
  document.getElementById('plain').submit();
  document.getElementById('urlencoded').submit();
  const body = JSON.stringify({ name: 'Xưởng giả mạo qua fetch', kind: 'enterprise' });
  fetch('${target}/api/establishments.create', { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'content-type': 'text/plain' }, body }).catch(() => {});
  const form = new FormData(); form.append('name', 'x');
  fetch('${target}/api/establishments.create', { method: 'POST', mode: 'no-cors', credentials: 'include', body: form }).catch(() => {});
  // A preflighted JSON request: the browser asks first, and the host says no.
  fetch('${target}/api/establishments.create', { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body }).catch(() => {});
</script></body></html>`;

beforeAll(async () => {
  t = await startTestHost();
  port = Number(new URL(t.host.origin).port);
  evil = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(evilPage(`http://127.0.0.1:${port}`));
  });
  await new Promise<void>((done) => evil.listen(0, '127.0.0.1', done));
  evilPort = (evil.address() as { port: number }).port;
  if (existsSync(CHROMIUM)) {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      // evil.example resolves to this machine: the DNS-rebinding case.
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--host-resolver-rules=MAP evil.example 127.0.0.1'],
    });
  }
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => evil?.close(done));
  await t?.close();
});

describe.runIf(existsSync(CHROMIUM))('browser mode in Chromium', () => {
  it('a page of another site, opened by the signed-in user, creates nothing and crashes nothing', async () => {
    // The user is signed in (session cookie) and has opened the app's printed address (launch key).
    const context = await browser.newContext();
    await context.addCookies([{ name: 'ldte_session', value: t.admin.sessionCookie.split('=')[1]!, domain: '127.0.0.1', path: '/', httpOnly: true, secure: false, sameSite: 'Strict' }]);
    const page = await context.newPage();
    const seen: { url: string; method: string; status: number }[] = [];
    const attempts: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).port === String(port)) attempts.push(`${request.method()} ${request.url()}`);
    });
    page.on('response', (response) => {
      if (new URL(response.url()).port === String(port)) seen.push({ url: response.url(), method: response.request().method(), status: response.status() });
    });
    const before = rowCounts();
    // localhost and 127.0.0.1 are different sites.
    await page.goto(`http://localhost:${evilPort}/`);
    await expect.poll(() => seen.filter((r) => r.method === 'POST').length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    await page.waitForTimeout(1_000);
    // Each request was refused (Origin/Sec-Fetch-Site: 403; a preflight: 403; an image: 403 or 400), none ran.
    // The forms, the fetches and the images all went out (the images' answers are withheld by Chromium: CORP same-origin).
    expect(attempts.filter((a) => a.startsWith('POST ')).length).toBeGreaterThanOrEqual(4);
    expect(attempts).toEqual(expect.arrayContaining([`GET http://127.0.0.1:${port}///`, `GET http://127.0.0.1:${port}/files/documents/%`]));
    for (const response of seen) expect([400, 403, 415, 421], `${response.method} ${response.url}`).toContain(response.status);
    expect(rowCounts()).toEqual(before);
    expect(await t.admin.run('auth.status', {})).toMatchObject({ state: 'signed_in' });
    await context.close();
  }, 60_000);

  it('a rebound name (evil.example pointing at this machine) gets no page and no data (421)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(`http://evil.example:${port}/`);
    expect(response?.status()).toBe(421);
    const api = await page.evaluate(async () => (await fetch('/api/establishments.search', { method: 'POST', headers: { 'content-type': 'application/json', 'x-ldte-key': 'guess' }, body: '{}' })).status);
    expect(api).toBe(421);
    await context.close();
  }, 60_000);
});
