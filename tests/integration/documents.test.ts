import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../helpers/test-db';

let app: TestApp;
beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.close());

describe('generated documents', () => {
  it('registers the file as a synced documents row, with its change log, and lists it', async () => {
    const { plan } = await app.run('plans.create', { title: 'Kế hoạch kiểm tra', kind: 'adhoc', periodStart: '2026-12-01', periodEnd: '2026-12-05' });
    const doc = await app.run('documents.generate', { kind: 'plan', sourceId: plan.id });
    expect(existsSync(join(app.ctx.documentsDir, doc.fileName))).toBe(true);

    const row = app.db.$client
      .prepare('SELECT kind, source_kind AS sourceKind, source_id AS sourceId, file_name AS fileName, sha256, created_by AS createdBy, updated_by AS updatedBy, version, device_id AS deviceId, deleted_at AS deletedAt FROM documents WHERE id = ?')
      .get(doc.documentId);
    expect(row).toEqual({
      kind: 'plan',
      sourceKind: 'plan',
      sourceId: plan.id,
      fileName: doc.fileName,
      sha256: doc.sha256,
      createdBy: 'tester',
      updatedBy: 'tester',
      version: 1,
      deviceId: app.ctx.deviceId,
      deletedAt: null,
    });

    const log = app.db.$client
      .prepare('SELECT table_name AS tableName, field, op, user_id AS userId, device_id AS deviceId FROM changes WHERE row_id = ? ORDER BY field')
      .all(doc.documentId) as { tableName: string; field: string; op: string; userId: string; deviceId: string }[];
    expect(log.map((c) => c.field)).toEqual(expect.arrayContaining(['createdBy', 'fileName', 'kind', 'sha256', 'sizeBytes', 'sourceId', 'sourceKind']));
    expect(log.every((c) => c.tableName === 'documents' && c.op === 'insert' && c.userId === 'tester' && c.deviceId === app.ctx.deviceId)).toBe(true);

    const listed = await app.run('documents.list', { sourceId: plan.id });
    expect(listed).toEqual([
      expect.objectContaining({ id: doc.documentId, kind: 'plan', sourceKind: 'plan', fileName: doc.fileName, sha256: doc.sha256, createdAt: '2026-11-23T08:00:00.000Z', createdBy: 'tester' }),
    ]);
    expect(await app.run('documents.list', { kind: 'inspection_minutes' })).toEqual([]);
    expect((await app.run('documents.open', { id: doc.documentId })).path).toBe(join(app.ctx.documentsDir, doc.fileName));

    // The choice about children's names stays in the audit trail.
    const audit = app.db.$client.prepare("SELECT action, note FROM audit_log WHERE entity = 'document' AND entity_id = ?").all(doc.documentId);
    expect(audit).toEqual([{ action: 'export', note: `plan ← ${plan.id}; tên trẻ em: viết tắt` }]);
  });

  it('answers NOT_FOUND for an unknown document', async () => {
    expect(await app.send('documents.open', { id: 'missing' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'Không tìm thấy văn bản' } });
  });
});
