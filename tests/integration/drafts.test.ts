/**
 * Issue 10, "never lose input": a form's unsaved values are kept as a draft of the signed-in user,
 * encrypted at rest, offered back after a reload, and dropped when saved, discarded or too old.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/dispatch';
import type { ServiceContext } from '../../electron/services/context';
import { openTestApp, type TestApp } from '../helpers/test-db';

let app: TestApp;
let clock = new Date('2026-11-23T08:00:00Z');
beforeEach(() => {
  clock = new Date('2026-11-23T08:00:00Z');
  app = openTestApp(clock);
});
afterEach(() => app.close());

const as = (userId: string | undefined, role: ServiceContext['role'] = 'member'): ServiceContext => ({ ...app.ctx, userId, role, now: () => clock });
const run = async (ctx: ServiceContext, name: 'drafts.get' | 'drafts.save' | 'drafts.discard', input: object) => {
  const answer = await dispatch(name, input, app.db, ctx);
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.data as never;
};

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));

describe('drafts of unsaved forms', () => {
  const key = 'minors.create:0190a1b2-c3d4';
  const data = { base: { fullName: '' }, values: { fullName: 'Nguyễn Thị Hoa', hoursPerDay: 6 } };

  it('are kept per user, encrypted, and read back', async () => {
    const saved = await run(as('u1'), 'drafts.save', { key, data });
    expect(saved).toEqual({ savedAt: clock.toISOString() });
    expect(await run(as('u1'), 'drafts.get', { key })).toEqual({ savedAt: clock.toISOString(), data });
    // Another user does not see it.
    expect(await run(as('u2'), 'drafts.get', { key })).toBeNull();
    const files = filesUnder(join(dirname(app.ctx.documentsDir), 'drafts'));
    expect(files).toHaveLength(1);
    const bytes = readFileSync(files[0]!);
    expect(bytes.includes(Buffer.from('Hoa'))).toBe(false);
    expect(bytes.includes(Buffer.from('Nguy'))).toBe(false);
  });

  it('are dropped when discarded, and after thirty days', async () => {
    await run(as('u1'), 'drafts.save', { key, data });
    expect(await run(as('u1'), 'drafts.discard', { key })).toEqual({ discarded: true });
    expect(await run(as('u1'), 'drafts.get', { key })).toBeNull();
    await run(as('u1'), 'drafts.save', { key, data });
    clock = new Date('2026-12-24T08:00:00Z');
    expect(await run(as('u1'), 'drafts.get', { key })).toBeNull();
    expect(await run(as('u1'), 'drafts.discard', { key })).toEqual({ discarded: false });
  });

  it('belong to a signed-in user who may record, and refuse odd keys', async () => {
    expect(await dispatch('drafts.save', { key, data }, app.db, as('u3', 'viewer'))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await dispatch('drafts.get', { key }, app.db, as(undefined))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await dispatch('drafts.get', { key: '../../etc' }, app.db, as('u1'))).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
