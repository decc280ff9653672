import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findSoffice } from '../../electron/documents/docx-to-pdf';
import { isEncryptedFile } from '../../electron/services/file-store';
import { officialsFromAgencies } from '../helpers/fixtures';
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
    // Stored encrypted: the bytes on disk are not the Word file; the store gives it back.
    const stored = readFileSync(join(app.ctx.documentsDir, doc.fileName));
    expect(stored.subarray(0, 2).toString('latin1')).not.toBe('PK');
    const bytes = app.readStored(doc.fileName);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(doc.sha256);

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
    // Open gives a temporary decrypted copy; content gives the decrypted bytes.
    const opened = await app.run('documents.open', { id: doc.documentId });
    expect(opened.fileName).toBe(doc.fileName);
    expect(opened.path.startsWith(app.ctx.files.tempDir)).toBe(true);
    expect(readFileSync(opened.path).equals(bytes)).toBe(true);
    expect(Buffer.from((await app.run('documents.content', { id: doc.documentId })).base64, 'base64').equals(bytes)).toBe(true);

    // The choice about children's names stays in the audit trail.
    const audit = app.db.$client.prepare("SELECT action, note FROM audit_log WHERE entity = 'document' AND entity_id = ?").all(doc.documentId);
    expect(audit).toEqual([{ action: 'export', note: `plan ← ${plan.id}; tên trẻ em: viết tắt` }]);
  });

  it.skipIf(!findSoffice())('makes the PDF from a decrypted copy in a private folder, keeps it encrypted and answers a temporary copy', async () => {
    const { plan } = await app.run('plans.create', { title: 'Kế hoạch kiểm tra', kind: 'adhoc', periodStart: '2026-12-01', periodEnd: '2026-12-05' });
    const doc = await app.run('documents.generate', { kind: 'plan', sourceId: plan.id });
    const pdf = await app.run('documents.pdf', { id: doc.documentId });
    expect(pdf.fileName).toBe(doc.fileName.replace(/\.docx$/, '.pdf'));
    expect(pdf.path.startsWith(app.ctx.files.tempDir)).toBe(true);
    const bytes = readFileSync(pdf.path);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Stored encrypted beside the .docx; the conversion's work folder is gone.
    expect(readdirSync(app.ctx.documentsDir).sort()).toEqual([doc.fileName, pdf.fileName].sort());
    expect(isEncryptedFile(readFileSync(join(app.ctx.documentsDir, pdf.fileName)))).toBe(true);
    expect(app.readStored(pdf.fileName).equals(bytes)).toBe(true);
    expect(readdirSync(app.ctx.files.tempDir).every((f) => !f.startsWith('pdf-'))).toBe(true);
    // Made once: the second call answers a copy of the stored PDF.
    expect(readFileSync((await app.run('documents.pdf', { id: doc.documentId })).path).equals(bytes)).toBe(true);
    expect(app.db.$client.prepare("SELECT count(*) AS n FROM audit_log WHERE note = 'PDF'").get()).toEqual({ n: 1 });
  });

  it('answers NOT_FOUND for an unknown document', async () => {
    expect(await app.send('documents.open', { id: 'missing' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'Không tìm thấy văn bản' } });
  });
});

describe('the place a paper is dated at', () => {
  const text = async (fileName: string) => (await mammoth.extractRawText({ buffer: app.readStored(fileName) })).value;

  it('is the place name the unit gave at setup when neither the plan nor the establishment names a province', async () => {
    const { plan } = await app.run('plans.create', { title: 'Kế hoạch kiểm tra đột xuất', kind: 'adhoc', periodStart: '2026-12-01', periodEnd: '2026-12-05' });
    expect(await text((await app.run('documents.generate', { kind: 'plan', sourceId: plan.id })).fileName)).toMatch(/………, ngày/);

    await app.run('settings.update', { placeName: 'Lạng Sơn' });
    expect(await text((await app.run('documents.generate', { kind: 'plan', sourceId: plan.id })).fileName)).toMatch(/Lạng Sơn, ngày/);
    const [official] = await officialsFromAgencies(app, 1);
    const { establishment } = await app.run('establishments.create', { name: 'Hộ ông Lý Văn Tám', kind: 'household' });
    const { inspection } = await app.run('inspections.create', {
      establishmentId: establishment.id,
      inspectionDate: '2026-11-20',
      teamPresent: [{ officialId: official!.id, role: 'leader' }],
      representatives: [{ name: 'Lý Văn Tám', position: 'Chủ hộ' }],
    });
    const minutes = await text((await app.run('documents.generate', { kind: 'inspection_minutes', sourceId: inspection.id })).fileName);
    expect(minutes).toMatch(/Lạng Sơn, ngày 20 tháng 11 năm 2026/);
    expect(minutes).not.toContain('………, ngày');
  });
});
