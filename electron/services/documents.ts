import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { newId } from '../../db/ids';
import { documents } from '../../db/schema';
import { insertRow, writeTx, type NewRow } from '../../db/write-path';
import type { CommandParsedInput } from '../../shared/commands';
import type { DocumentKind, DocumentRecord } from '../../shared/schemas/document';
import { CommandError } from '../../shared/errors';
import { DOCUMENT_KIND_LABELS } from '../../shared/labels/document';
import { convertDocxToPdf, findSoffice } from '../documents/docx-to-pdf';
import { packDocument } from '../documents/official-layout';
import { DOCUMENT_BUILDERS } from './document-sources/builders';
import { writeAudit } from './audit';
import { todayInVietnam, type ServiceContext } from './context';
import { notFound, nullsToUndefined } from './rows';

/** Vietnamese without its marks, as a clerk types a file name: "Hộ Trần Văn Minh" → "Ho Tran Van Minh". */
function plainName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[/\\]+/g, '-')
    .replace(/[^\p{L}\p{N} .,()&+-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The PDF made from a generated .docx is stored beside it under the same name. */
export const pdfNameOf = (docxName: string) => docxName.replace(/\.docx$/, '.pdf');

/** Erases a generated paper's stored files (the .docx and the PDF made from it); its row is the caller's. */
export function eraseDocumentFiles(ctx: ServiceContext, fileName: string): void {
  for (const name of [fileName, pdfNameOf(fileName)]) rmSync(join(ctx.documentsDir, name), { force: true });
}

/**
 * "Bien ban kiem tra - Ho Tran Van Minh - 08-12-2026.docx": the kind of paper, what it is about
 * and its date; " (2)", " (3)" … when the folder already holds that name.
 */
export function clerkFileName(kind: DocumentKind, subject: string, isoDate: string, taken: (name: string) => boolean): string {
  const [year, month, day] = isoDate.split('-');
  const label = plainName(DOCUMENT_KIND_LABELS[kind]);
  // A plan titled "Kế hoạch kiểm tra …" is not named "Ke hoach kiem tra - Ke hoach kiem tra …".
  const head = ['Ke hoach kiem tra', 'Ke hoach', label].find((h) => plainName(subject).toLowerCase().startsWith(h.toLowerCase()));
  const about = plainName(subject).slice(head?.length ?? 0).replace(/^[\s,.:-]+/u, '').slice(0, 80).trim();
  const stem = [label, about, `${day}-${month}-${year}`].filter(Boolean).join(' - ');
  let name = `${stem}.docx`;
  for (let n = 2; taken(name) || taken(pdfNameOf(name)); n++) name = `${stem} (${n}).docx`;
  return name;
}

/** Registers a file saved in the documents folder (inside the caller's `writeTx`); its maker is the actor. */
export function registerDocument(db: Db, ctx: ServiceContext, file: Omit<NewRow<typeof documents>, 'createdBy'> & { id: string }) {
  return insertRow(db, ctx, documents, { ...file, createdBy: ctx.actor });
}

/** Builds the Word file, saves it encrypted in the documents folder and registers it with its (plaintext) hash. */
export async function generateDocument(db: Db, input: CommandParsedInput<'documents.generate'>, ctx: ServiceContext) {
  const date = todayInVietnam(ctx);
  const built = DOCUMENT_BUILDERS[input.kind](db, input.sourceId, { date, childNames: input.childNames, ctx });
  const bytes = await packDocument(built.document);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const id = newId();
  mkdirSync(ctx.documentsDir, { recursive: true });
  const fileName = clerkFileName(input.kind, built.fileSubject, built.fileDate, (name) => existsSync(join(ctx.documentsDir, name)));
  ctx.files.writeFile(join(ctx.documentsDir, fileName), bytes);
  writeTx(db, () => {
    registerDocument(db, ctx, { id, kind: input.kind, number: built.number ?? null, sourceKind: built.sourceKind, sourceId: input.sourceId, fileName, sha256, sizeBytes: bytes.length });
    // The file may carry children's names: who made it and with which choice stays in the audit trail (never the names).
    writeAudit(db, ctx, { action: 'export', entity: 'document', entityId: id, note: `${input.kind} ← ${input.sourceId}; tên trẻ em: ${input.childNames === 'full' ? 'đầy đủ' : 'viết tắt'}` });
  });
  return { documentId: id, fileName, sha256 };
}

type DocumentRow = typeof documents.$inferSelect;

function toDocumentRecord(row: DocumentRow): DocumentRecord {
  const { id, kind, number, sourceKind, sourceId, fileName, sha256, sizeBytes, createdAt, createdBy } = row;
  return { id, kind: kind as DocumentRecord['kind'], ...nullsToUndefined({ number }), sourceKind, sourceId, fileName, sha256, sizeBytes, createdAt, createdBy };
}

export function listDocuments(db: Db, input: CommandParsedInput<'documents.list'>): DocumentRecord[] {
  return db
    .select()
    .from(documents)
    .where(and(isNull(documents.deletedAt), input.sourceId ? eq(documents.sourceId, input.sourceId) : undefined, input.kind ? eq(documents.kind, input.kind) : undefined))
    .orderBy(desc(documents.createdAt), desc(documents.id))
    .all()
    .map(toDocumentRecord);
}

/** The stored (encrypted) file of a document. */
function storedFile(db: Db, input: { id: string }, ctx: ServiceContext): { path: string; fileName: string } {
  const row = db.select({ fileName: documents.fileName }).from(documents).where(and(eq(documents.id, input.id), isNull(documents.deletedAt))).get();
  if (!row) notFound('văn bản');
  const path = join(ctx.documentsDir, row.fileName);
  if (!existsSync(path)) throw new CommandError('NOT_FOUND', 'Không tìm thấy tệp văn bản trong thư mục dữ liệu');
  return { path, fileName: row.fileName };
}

/**
 * "Open": a temporary decrypted copy for the system viewer (desktop) or the browser download;
 * file-store.ts says when copies are removed.
 */
export function documentFile(db: Db, input: { id: string }, ctx: ServiceContext): { path: string; fileName: string } {
  const file = storedFile(db, input, ctx);
  return { path: ctx.files.openCopy(file.path, file.fileName), fileName: file.fileName };
}

/**
 * The PDF of a generated .docx, made once with LibreOffice from a decrypted copy in a private
 * work folder and stored encrypted beside the .docx; answered as a temporary decrypted copy.
 */
export async function documentPdf(db: Db, input: { id: string }, ctx: ServiceContext): Promise<{ path: string; fileName: string }> {
  const docx = storedFile(db, input, ctx);
  if (!docx.fileName.endsWith('.docx')) throw new CommandError('CONFLICT', 'Chỉ chuyển được văn bản Word sang PDF');
  const fileName = pdfNameOf(docx.fileName);
  const path = join(ctx.documentsDir, fileName);
  if (!existsSync(path)) {
    const soffice = findSoffice();
    if (!soffice) throw new CommandError('CONFLICT', 'Máy này chưa cài LibreOffice nên chưa tạo được PDF; hãy dùng nút In trong phần xem trước');
    mkdirSync(ctx.files.tempDir, { recursive: true, mode: 0o700 });
    const work = mkdtempSync(join(ctx.files.tempDir, 'pdf-'));
    try {
      // mkdtemp makes the work folder 0700; the plaintext lives there only during the conversion.
      const source = join(work, docx.fileName);
      writeFileSync(source, ctx.files.readFile(docx.path), { mode: 0o600 });
      const pdf = await convertDocxToPdf(soffice, source, work);
      ctx.files.writeFile(path, readFileSync(pdf));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
    writeAudit(db, ctx, { action: 'export', entity: 'document', entityId: input.id, note: 'PDF' });
  }
  return { path: ctx.files.openCopy(path, fileName), fileName };
}

/** The decrypted bytes of a generated document, for the in-app preview (the desktop window has no file route). */
export function documentContent(db: Db, input: { id: string }, ctx: ServiceContext): { fileName: string; base64: string } {
  const file = storedFile(db, input, ctx);
  return { fileName: file.fileName, base64: ctx.files.readFile(file.path).toString('base64') };
}
