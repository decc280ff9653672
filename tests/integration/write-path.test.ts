import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open-database';
import { createServiceContext } from '../../electron/services/context';
import { dispatch } from '../../electron/dispatch';
import { parseHlc } from '../../shared/sync/hlc';
import { openTestApp, snapshot, type TestApp } from '../helpers/test-db';

let app: TestApp;
beforeEach(() => {
  app = openTestApp(new Date('2026-11-23T08:00:00Z'));
});
afterEach(() => app.close());

const enterprise = () =>
  app.run('establishments.create', {
    name: 'Công ty TNHH Gốm Minh Long',
    kind: 'enterprise',
    address: 'Số 3, thôn Đông',
    trade: 'Gốm sứ',
    legalRepName: 'Lê Văn Tám',
    workersTotal: 50,
  });

type ChangeRow = { hlc: string; deviceId: string; userId: string; tableName: string; rowId: string; field: string; oldValue: string | null; newValue: string; op: string };
const changesOf = (rowId: string) =>
  app.db.$client
    .prepare('SELECT hlc, device_id AS deviceId, user_id AS userId, table_name AS tableName, row_id AS rowId, field, old_value AS oldValue, new_value AS newValue, op FROM changes WHERE row_id = ? ORDER BY hlc, field')
    .all(rowId) as ChangeRow[];

describe('the one write path', () => {
  it('changes only the fields sent; null clears a field', async () => {
    const { establishment: e } = await enterprise();
    const { establishment: renamed } = await app.run('establishments.update', { id: e.id, name: 'Công ty TNHH Gốm Minh Long II' });
    expect(renamed).toMatchObject({ name: 'Công ty TNHH Gốm Minh Long II', address: 'Số 3, thôn Đông', trade: 'Gốm sứ', legalRepName: 'Lê Văn Tám', workersTotal: 50, kind: 'enterprise' });
    const { establishment: cleared } = await app.run('establishments.update', { id: e.id, address: null, trade: '' });
    expect(cleared.address).toBeUndefined();
    expect(cleared.trade).toBeUndefined();
    expect(cleared).toMatchObject({ name: 'Công ty TNHH Gốm Minh Long II', legalRepName: 'Lê Văn Tám', workersTotal: 50 });
  });

  it('refuses to clear a required field, naming it', async () => {
    const { establishment: e } = await enterprise();
    const result = await app.send('establishments.update', { id: e.id, name: null });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['name'] }] } });
  });

  it('checks rules between fields on the record as the update leaves it', async () => {
    const { establishment: e } = await enterprise();
    const before = snapshot(app.db);
    const result = await app.send('establishments.update', { id: e.id, workersUnder18: 60 });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['workersUnder18'] }] } });
    expect(snapshot(app.db)).toEqual(before);
  });

  it('lets exactly one of two edits of the same version win; the other gets CONFLICT naming who and when', async () => {
    const { establishment: e } = await enterprise();
    expect(e.version).toBe(1);
    const other = { ...app.ctx, actor: 'Nguyễn Thị Hoa', now: () => new Date('2026-11-23T09:15:00Z') };
    const first = await dispatch('establishments.update', { id: e.id, expectedVersion: 1, trade: 'Gốm mỹ nghệ' }, app.db, other);
    expect(first).toMatchObject({ ok: true, data: { establishment: { version: 2, trade: 'Gốm mỹ nghệ' } } });
    const before = snapshot(app.db);
    const second = await app.send('establishments.update', { id: e.id, expectedVersion: 1, trade: 'Sứ' });
    expect(second).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: expect.stringContaining('Nguyễn Thị Hoa'),
        conflict: { updatedBy: 'Nguyễn Thị Hoa', updatedAt: '2026-11-23T09:15:00.000Z', version: 2, current: { trade: 'Gốm mỹ nghệ' } },
      },
    });
    expect((second as { error: { message: string } }).error.message).toContain('16:15 ngày 23/11/2026');
    expect(snapshot(app.db)).toEqual(before);
    const kept = await app.run('establishments.update', { id: e.id, expectedVersion: 2, trade: 'Sứ' });
    expect(kept.establishment).toMatchObject({ trade: 'Sứ', version: 3 });
  });

  it('logs one change per field, in the same transaction, with user, device and rising HLC', async () => {
    const { establishment: e } = await enterprise();
    await app.run('establishments.update', { id: e.id, trade: 'Sứ', workersTotal: 55 });
    await app.run('establishments.remove', { id: e.id });
    const log = changesOf(e.id);
    const device = app.ctx.deviceId;
    expect(new Set(log.map((c) => c.deviceId))).toEqual(new Set([device]));
    expect(new Set(log.map((c) => c.userId))).toEqual(new Set(['tester']));
    expect(log.filter((c) => c.op === 'insert').map((c) => c.field).sort()).toEqual(['address', 'kind', 'legalRepName', 'name', 'nameFolded', 'trade', 'workersTotal'].sort());
    expect(log.filter((c) => c.op === 'update')).toEqual([
      expect.objectContaining({ field: 'trade', oldValue: '"Gốm sứ"', newValue: '"Sứ"' }),
      expect.objectContaining({ field: 'workersTotal', oldValue: '50', newValue: '55' }),
    ]);
    expect(log.filter((c) => c.op === 'delete')).toEqual([expect.objectContaining({ field: 'deletedAt', oldValue: 'null' })]);
    const stamps = [...new Set(log.map((c) => c.hlc))];
    expect(stamps).toHaveLength(3);
    expect([...stamps].sort()).toEqual(stamps);
    for (const s of stamps) expect(parseHlc(s).deviceId).toBe(device);
    const row = app.db.$client.prepare('SELECT updated_at AS updatedAt, version, device_id AS deviceId FROM establishments WHERE id = ?').get(e.id);
    expect(row).toEqual({ updatedAt: stamps[2], version: 3, deviceId: device });
  });

  it('writes nothing for an update that changes nothing', async () => {
    const { establishment: e } = await enterprise();
    const before = snapshot(app.db);
    const same = await app.run('establishments.update', { id: e.id, name: e.name, trade: 'Gốm sứ' });
    expect(same.establishment.version).toBe(1);
    expect(snapshot(app.db)).toEqual(before);
  });

  it('keeps the clock rising when the wall clock goes back', async () => {
    const { establishment: e } = await enterprise();
    const earlier = { ...app.ctx, now: () => new Date('2026-11-20T08:00:00Z') };
    await dispatch('establishments.update', { id: e.id, trade: 'Sứ' }, app.db, earlier);
    const [insert, update] = [...new Set(changesOf(e.id).map((c) => c.hlc))];
    expect(update! > insert!).toBe(true);
  });

  it('makes a writer on a second connection wait for the lock instead of failing (BEGIN IMMEDIATE + busy timeout)', async () => {
    const { establishment: e } = await enterprise();
    const second = openDatabase(app.path);
    const ctx2 = createServiceContext(second, { actor: 'other', role: 'admin', dataDir: app.dir });
    // The driver is synchronous: another thread holds the write lock for 400 ms.
    const worker = new Worker(
      `const D = require(${JSON.stringify(require.resolve('better-sqlite3'))}); const d = new D(${JSON.stringify(app.path)});
       d.exec('BEGIN IMMEDIATE'); require('node:worker_threads').parentPort.postMessage('locked');
       setTimeout(() => { d.exec('COMMIT'); d.close(); }, 400);`,
      { eval: true },
    );
    await new Promise((done) => worker.once('message', done));
    const started = Date.now();
    const result = await dispatch('establishments.update', { id: e.id, trade: 'Sứ' }, second, ctx2);
    expect(result).toMatchObject({ ok: true, data: { establishment: { trade: 'Sứ' } } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    await worker.terminate();
    second.$client.close();
  });
});

describe('history of a record', () => {
  it('lists who changed which field from what to what, newest first, with Vietnamese names', async () => {
    const { establishment: e } = await enterprise();
    const later = { ...app.ctx, actor: 'Trần Thị Mai', now: () => new Date('2026-11-24T02:00:00Z') };
    await dispatch('establishments.update', { id: e.id, workersTotal: 60 }, app.db, later);
    const history = await app.run('history.list', { entity: 'establishment', id: e.id });
    expect(history[0]).toMatchObject({
      at: '2026-11-24T02:00:00.000Z',
      user: 'Trần Thị Mai',
      op: 'update',
      tableLabel: 'Cơ sở',
      field: 'workersTotal',
      fieldLabel: 'Tổng số lao động',
      oldValue: 50,
      newValue: 60,
    });
    expect(history.filter((h) => h.op === 'insert').map((h) => h.field)).toContain('name');
    expect(history.some((h) => h.field === 'nameFolded')).toBe(false);
  });
});
