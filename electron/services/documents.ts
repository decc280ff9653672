import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../../db/client';
import { newId } from '../../db/ids';
import type { CommandParsedInput } from '../../shared/commands';
import type { DocumentRecord } from '../../shared/schemas/document';
import { CommandError } from '../../shared/errors';
import { foldVietnamese } from '../../shared/text/fold';
import { convertDocxToPdf, findSoffice } from '../documents/docx-to-pdf';
import { packDocument } from '../documents/official-layout';
import { DOCUMENT_BUILDERS } from '../documents/builders';
import { writeAudit } from './audit';
import { todayInVietnam, type ServiceContext } from './context';
import { notFound, nullsToUndefined } from './rows';

const slug = (text: string) => foldVietnamese(text).replace(/ /g, '-').slice(0, 60);

/** Builds the Word file, saves it in the documents folder and registers it with its hash. */
export async function generateDocument(db: Db, input: CommandParsedInput<'documents.generate'>, ctx: ServiceContext) {
  const date = todayInVietnam(ctx);
  const built = DOCUMENT_BUILDERS[input.kind](db, input.sourceId, { date, childNames: input.childNames, ctx });
  const bytes = await packDocument(built.document);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const id = newId();
  const fileName = `${date}_${slug(built.fileStem)}_${id.slice(-6)}.docx`;
  mkdirSync(ctx.documentsDir, { recursive: true });
  writeFileSync(join(ctx.documentsDir, fileName), bytes);
  db.$client.transaction(() => {
    db.$client
      .prepare(
        'INSERT INTO documents (id, kind, number, source_kind, source_id, file_name, sha256, size_bytes, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(id, input.kind, built.number ?? null, built.sourceKind, input.sourceId, fileName, sha256, bytes.length, ctx.now().toISOString(), ctx.actor);
    writeAudit(db, ctx, { action: 'create', entity: 'document', entityId: id, note: `${input.kind} ← ${input.sourceId}; tên trẻ em: ${input.childNames === 'full' ? 'đầy đủ' : 'viết tắt'}` });
  })();
  return { documentId: id, fileName, sha256 };
}

const SELECT = `SELECT id, kind, number, source_kind AS sourceKind, source_id AS sourceId, file_name AS fileName, sha256,
  size_bytes AS sizeBytes, created_at AS createdAt, created_by AS createdBy FROM documents`;

export function listDocuments(db: Db, input: CommandParsedInput<'documents.list'>): DocumentRecord[] {
  const where: string[] = [];
  const params: string[] = [];
  if (input.sourceId) {
    where.push('source_id = ?');
    params.push(input.sourceId);
  }
  if (input.kind) {
    where.push('kind = ?');
    params.push(input.kind);
  }
  const rows = db.$client.prepare(`${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at DESC, id DESC`).all(...params);
  return (rows as Record<string, unknown>[]).map((r) => nullsToUndefined(r) as unknown as DocumentRecord);
}

export function documentFile(db: Db, input: { id: string }, ctx: ServiceContext): { path: string; fileName: string } {
  const row = db.$client.prepare('SELECT file_name AS fileName FROM documents WHERE id = ?').get(input.id) as { fileName: string } | undefined;
  if (!row) notFound('văn bản');
  return { path: join(ctx.documentsDir, row.fileName), fileName: row.fileName };
}

/** The PDF of a generated .docx, made once with LibreOffice and kept beside it. */
export async function documentPdf(db: Db, input: { id: string }, ctx: ServiceContext): Promise<{ path: string; fileName: string }> {
  const docx = documentFile(db, input, ctx);
  if (!docx.fileName.endsWith('.docx')) throw new CommandError('CONFLICT', 'Chỉ chuyển được văn bản Word sang PDF');
  const fileName = docx.fileName.replace(/\.docx$/, '.pdf');
  const path = join(ctx.documentsDir, fileName);
  if (existsSync(path)) return { path, fileName };
  const soffice = findSoffice();
  if (!soffice) throw new CommandError('CONFLICT', 'Máy này chưa cài LibreOffice nên chưa tạo được PDF; hãy dùng nút In trong phần xem trước');
  await convertDocxToPdf(soffice, docx.path, ctx.documentsDir);
  writeAudit(db, ctx, { action: 'create', entity: 'document', entityId: input.id, note: 'PDF' });
  return { path, fileName };
}

/** The bytes of a generated document, for the in-app preview (the desktop window has no file route). */
export function documentContent(db: Db, input: { id: string }, ctx: ServiceContext): { fileName: string; base64: string } {
  const file = documentFile(db, input, ctx);
  if (!existsSync(file.path)) throw new CommandError('NOT_FOUND', 'Không tìm thấy tệp văn bản trong thư mục dữ liệu');
  return { fileName: file.fileName, base64: readFileSync(file.path).toString('base64') };
}
