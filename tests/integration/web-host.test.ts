import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databasePath } from '../../electron/app-paths';
import { findSoffice } from '../../electron/documents/docx-to-pdf';
import { LAUNCH_HEADER } from '../../electron/web-host';
import { commandNames } from '../../shared/commands';
import { startTestHost, type TestHost } from '../helpers/test-host';

let t: TestHost;
let url: string;
let dataDir: string;
/** The signed-in admin's session cookie and the launch secret: what the page sends. */
let headers: Record<string, string>;

beforeAll(async () => {
  t = await startTestHost();
  url = t.host.origin;
  dataDir = t.dataDir;
  headers = { [LAUNCH_HEADER]: t.host.secret, cookie: t.admin.sessionCookie };
});
afterAll(async () => t.close());

const post = (path: string, body: string) => fetch(new URL(path, url), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('web host', () => {
  it('binds to 127.0.0.1 and creates the database on first run in the data folder', () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(t.host.url).toBe(`${url}#k=${t.host.secret}`);
    expect(existsSync(databasePath(dataDir))).toBe(true);
  });

  it('lists every command with its input JSON Schema', async () => {
    const body = await (await fetch(new URL('/api', url), { headers })).json();
    expect(body.ok).toBe(true);
    expect(body.data.map((c: { name: string }) => c.name).sort()).toEqual([...commandNames].sort());
    const create = body.data.find((c: { name: string }) => c.name === 'establishments.create');
    expect(create.input.type).toBe('object');
    expect(create.input.required).toEqual(expect.arrayContaining(['name', 'kind']));
    expect(create.input.properties.kind.enum).toContain('craft_village');
  });

  it('runs a command posted as JSON', async () => {
    const res = await post('/api/establishments.create', JSON.stringify({ name: 'Hợp tác xã mây tre Đông Phú', kind: 'cooperative' }));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ ok: true, data: { establishment: { name: 'Hợp tác xã mây tre Đông Phú' }, warnings: [] } });
    const found = await (await post('/api/establishments.search', JSON.stringify({ query: 'dong phu' }))).json();
    expect(found.data.total).toBe(1);
  });

  it('answers an unknown command with 404 in the same error shape', async () => {
    const res = await post('/api/establishments.explode', '{}');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'Không có lệnh «establishments.explode»' } });
  });

  it('answers malformed JSON with 400 VALIDATION', async () => {
    const res = await post('/api/establishments.create', '{"name": ');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('answers invalid input with a Vietnamese message naming the field', async () => {
    const body = await (await post('/api/establishments.create', JSON.stringify({ name: 'A', kind: 'enterprise', taxCode: '123' }))).json();
    expect(body.ok).toBe(false);
    expect(body.error.message).toContain('Mã số thuế');
    expect(body.error.issues[0].path).toEqual(['taxCode']);
  });

  it('downloads a generated document, and its PDF where LibreOffice is installed', async () => {
    const plan = (await (await post('/api/plans.create', JSON.stringify({ title: 'Kế hoạch kiểm tra', kind: 'adhoc', periodStart: '2026-12-01', periodEnd: '2026-12-05' }))).json()).data;
    const doc = (await (await post('/api/documents.generate', JSON.stringify({ kind: 'plan', sourceId: plan.plan.id }))).json()).data;
    const res = await fetch(new URL(`/files/documents/${doc.documentId}`, url), { headers: { cookie: headers.cookie! } });
    expect((await fetch(new URL(`/files/documents/${doc.documentId}`, url))).status).toBe(403);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent(doc.fileName));
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(doc.sha256);
    const content = (await (await post('/api/documents.content', JSON.stringify({ id: doc.documentId }))).json()).data;
    expect(Buffer.from(content.base64, 'base64').equals(bytes)).toBe(true);
    expect((await fetch(new URL('/files/documents/nope', url), { headers: { cookie: headers.cookie! } })).status).toBe(404);
    if (!findSoffice()) return; // PDF needs LibreOffice; the .docx download above is the check on machines without it.
    const pdf = await fetch(new URL(`/files/documents/${doc.documentId}/pdf`, url), { headers: { cookie: headers.cookie! } });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('does not serve files outside the renderer folder', async () => {
    const res = await fetch(new URL('/..%2f..%2fetc%2fpasswd', url));
    expect(await res.text()).not.toContain('root:');
  });
});
