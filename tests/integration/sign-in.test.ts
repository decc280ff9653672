import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KEY_FILE } from '../../db/key-file';
import { ADMIN, startTestHost, type TestHost } from '../helpers/test-host';

let t: TestHost;
afterEach(async () => t?.close());

const signedOut = { ok: false, error: { code: 'FORBIDDEN' } };

describe('first start and sign-in', () => {
  it('starts in setup; setup makes the admin, the unit and the place name, and signs the admin in', async () => {
    t = await startTestHost({ setup: false });
    const fresh = t.client();
    expect(await fresh.run('auth.status', {})).toMatchObject({ state: 'setup', upgradeFromPlaintext: false });
    expect(await fresh.send('establishments.search', {})).toMatchObject(signedOut);
    const { status, recoveryKey } = await fresh.run('auth.setup', ADMIN);
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    expect(status).toMatchObject({ state: 'signed_in', unitName: ADMIN.unitName, idleLockMinutes: 10, user: { login: 'quantri', fullName: ADMIN.fullName, role: 'admin' } });
    expect(existsSync(join(t.dataDir, KEY_FILE))).toBe(true);
    expect(await fresh.run('settings.get', {})).toMatchObject({ placeName: 'Lạng Sơn', unitName: ADMIN.unitName });
    expect(await fresh.send('auth.setup', ADMIN)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    // The admin is an official of the directory, in the unit's agency.
    const officials = await fresh.run('officials.list', {});
    expect(officials).toEqual([expect.objectContaining({ fullName: ADMIN.fullName, agencyName: ADMIN.unitName })]);
  });

  it('signs in with the password, refuses a wrong one with one message, and slows down after five tries', async () => {
    t = await startTestHost();
    const c = t.client();
    expect(await c.run('auth.status', {})).toMatchObject({ state: 'signed_out' });
    for (let i = 1; i <= 4; i++) {
      expect(await c.send('auth.login', { login: 'quantri', password: `sai-mat-khau-${i}` })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: 'Tên đăng nhập hoặc mật khẩu không đúng' } });
    }
    expect(await c.send('auth.login', { login: 'nobody', password: 'x' })).toMatchObject({ ok: false, error: { message: 'Tên đăng nhập hoặc mật khẩu không đúng' } });
    expect(await c.send('auth.login', { login: 'quantri', password: 'sai-mat-khau-5' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('Đã nhập sai 5 lần') } });
    // Even the right password waits now.
    expect(await c.send('auth.login', { login: 'quantri', password: ADMIN.password })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Hãy thử lại sau \d+ giây/) } });
    expect(await c.send('establishments.search', {})).toMatchObject(signedOut);
  });

  it('locks and unlocks a session; a locked session reads nothing', async () => {
    t = await startTestHost();
    const a = t.admin;
    await a.run('establishments.create', { name: 'Hộ kinh doanh A', kind: 'household_business' });
    expect(await a.run('auth.lock', {})).toMatchObject({ state: 'locked', user: { login: 'quantri' } });
    expect(await a.send('establishments.search', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('khóa') } });
    expect(await a.send('auth.unlock', { password: 'sai' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: 'Mật khẩu không đúng' } });
    expect(await a.run('auth.unlock', { password: ADMIN.password })).toMatchObject({ state: 'signed_in' });
    expect((await a.run('establishments.search', {})).total).toBe(1);
  });

  it('changes the password; the old one stops working, the new one opens the data', async () => {
    t = await startTestHost();
    expect(await t.admin.send('auth.changePassword', { currentPassword: 'sai', newPassword: 'mat-khau-moi-123' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['currentPassword'] }] },
    });
    await t.admin.run('auth.changePassword', { currentPassword: ADMIN.password, newPassword: 'mat-khau-moi-123' });
    await t.admin.run('auth.logout', {});
    const c = t.client();
    expect(await c.send('auth.login', { login: 'quantri', password: ADMIN.password })).toMatchObject({ ok: false });
    expect(await c.run('auth.login', { login: 'quantri', password: 'mat-khau-moi-123' })).toMatchObject({ state: 'signed_in' });
  });

  it('sets a new password with the recovery key', async () => {
    t = await startTestHost();
    const c = t.client();
    expect(await c.send('auth.recover', { recoveryKey: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH', login: 'quantri', newPassword: 'mat-khau-phuc-hoi' })).toMatchObject({
      ok: false,
      error: { message: 'Mã khôi phục không đúng' },
    });
    expect(await c.run('auth.recover', { recoveryKey: t.recoveryKey.toLowerCase(), login: 'quantri', newPassword: 'mat-khau-phuc-hoi' })).toMatchObject({ state: 'signed_in' });
    await c.run('auth.logout', {});
    expect(await t.client().run('auth.login', { login: 'quantri', password: 'mat-khau-phuc-hoi' })).toMatchObject({ state: 'signed_in' });
  });

  it('locks a session idle longer than the unit lock time', async () => {
    t = await startTestHost();
    await t.admin.run('settings.update', { idleLockMinutes: 1 });
    const session = t.host.service.session as unknown as { sessions: Map<string, { lastSeen: number }> };
    for (const s of session.sessions.values()) s.lastSeen -= 61_000;
    expect(await t.admin.run('auth.status', {})).toMatchObject({ state: 'locked' });
  });
});

describe('a first start that fails', () => {
  it('names the field and leaves the data folder as it was, even for the previous release\'s database', async () => {
    const { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { startWebHost } = await import('../../electron/web-host');
    const { HostClient } = await import('../helpers/test-host');
    const dataDir = mkdtempSync(join(tmpdir(), 'ldte-setup-fail-'));
    copyFileSync(join(__dirname, '../fixtures/main-0005.sqlite'), join(dataDir, 'ldte.sqlite'));
    const host = await startWebHost({ port: 0, dataDir, rendererDir: join(dataDir, 'none') });
    try {
      const client = HostClient.fromAddress(host.url);
      expect(await client.run('auth.status', {})).toMatchObject({ state: 'setup', upgradeFromPlaintext: true });
      const before = readdirSync(dataDir).sort();
      const answer = await client.send('auth.setup', { ...ADMIN, unitName: undefined, unitAgencyId: 'no-such-agency' });
      expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['unitAgencyId'] }] } });
      expect(readdirSync(dataDir).sort()).toEqual(before);
      expect(existsSync(join(dataDir, KEY_FILE))).toBe(false);
      // Still the previous release's readable file, and setup can be done again.
      expect(await client.run('auth.status', {})).toMatchObject({ state: 'setup', upgradeFromPlaintext: true });
      expect(await client.run('auth.setup', ADMIN)).toMatchObject({ status: { state: 'signed_in' } });
      expect((await client.run('establishments.search', { query: 'dong tam' })).total).toBe(1);
    } finally {
      await host.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
