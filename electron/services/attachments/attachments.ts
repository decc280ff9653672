/**
 * Evidence photos and files attached to an inspection, a minor, a violation, a commitment
 * item or a follow-up visit (issue 13).
 *
 * Files: `<data folder>/attachments/<sha256>` holds the content (encrypted by the file store,
 * see file-store.ts), `<sha256>.thumb` its thumbnail and `<sha256>.print` the copy printed in
 * the minutes' photo annex. The name is the hash of the stored content, so the same content is
 * stored once however often it is attached; files are written before the row that names
 * them and never deleted by a removal (a removal is a soft delete, restored at will).
 *
 * Rows: one per owner and content (`stableId`), so the same photo attached twice to the same
 * record, here or on another laptop of the team, is one attachment.
 *
 * Rules: recorders add, change and remove, everyone views. The minutes' evidence (the
 * inspection, its minors and violations) is locked with the minutes once finalised; photos of
 * commitment items and follow-up visits may still be added afterwards (the follow-up happens
 * later), but choosing photos for the minutes' annex needs the minutes open. A view of a
 * minor's (or a follow-up visit's) photos is logged as a view of the child's record.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { and, asc, eq, inArray, isNull, max } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { stableId } from '../../../db/ids';
import { attachments, caseVisits, commitmentItems, commitments, followUpCases, inspections, minors, violations } from '../../../db/schema';
import { patchRow, upsertRow, writeTx } from '../../../db/write-path';
import type { CommandParsedInput } from '../../../shared/commands';
import { CommandError } from '../../../shared/errors';
import { ATTACHMENT_OWNER_LABELS } from '../../../shared/labels/attachment';
import { ATTACHMENT_OWNER_TABLES, type Attachment, type AttachmentMimeType, type AttachmentOwnerTable } from '../../../shared/schemas/attachment';
import { sentFields } from '../../../shared/schemas/patch';
import type { Annex } from '../../documents/official-layout';
import { photoAnnex, type AnnexPhoto } from '../../documents/photo-annex';
import { logChildView } from '../child-access';
import type { ServiceContext } from '../context';
import { inspectionHead, requireEditableInspection } from '../inspection-guard';
import { notFound, nullsToUndefined, recordMeta } from '../rows';
import { setDeletedState } from '../soft-delete';
import { makeThumbnail, prepareFile, PRINT_EDGE } from './images';

const WHAT = 'ảnh, tệp đính kèm';

// ---- stored files ------------------------------------------------------------------------

/** Where the content named by `hash` is stored (`.thumb`, `.print`: its renditions). */
export const attachmentFile = (dir: string, hash: string, rendition: '' | 'thumb' | 'print' = '') => join(dir, rendition ? `${hash}.${rendition}` : hash);

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Writes each file once (the name is its content's hash): a second copy of the same content is never made. */
function storeOnce(ctx: ServiceContext, path: string, bytes: Buffer | undefined): void {
  if (!bytes || existsSync(path)) return;
  ctx.files.writeFile(path, bytes);
}

function readStored(ctx: ServiceContext, hash: string, rendition: '' | 'thumb' | 'print' = ''): Buffer | undefined {
  const path = attachmentFile(ctx.attachmentsDir, hash, rendition);
  return existsSync(path) ? ctx.files.readFile(path) : undefined;
}

function requireContent(ctx: ServiceContext, hash: string): Buffer {
  return readStored(ctx, hash) ?? notFoundFile();
}

function notFoundFile(): never {
  // A row received from a team package before its file (packages carry rows only so far).
  throw new CommandError('NOT_FOUND', 'Tệp đính kèm chưa có trên máy này (có thể mới nhận bản ghi từ máy khác trong đoàn, chưa nhận tệp)');
}

// ---- owners ------------------------------------------------------------------------------

interface OwnerInfo {
  inspectionId: string;
  /** The owner row (or its commitment) is removed. */
  deleted: boolean;
}

type Owner = { ownerTable: AttachmentOwnerTable; ownerId: string };

function ownerInfo(db: Db, { ownerTable, ownerId }: Owner): OwnerInfo | undefined {
  switch (ownerTable) {
    case 'inspections': {
      const r = db.select({ deletedAt: inspections.deletedAt }).from(inspections).where(eq(inspections.id, ownerId)).get();
      return r && { inspectionId: ownerId, deleted: Boolean(r.deletedAt) };
    }
    case 'minors': {
      const r = db.select({ inspectionId: minors.inspectionId, deletedAt: minors.deletedAt }).from(minors).where(eq(minors.id, ownerId)).get();
      return r && { inspectionId: r.inspectionId, deleted: Boolean(r.deletedAt) };
    }
    case 'violations': {
      const r = db.select({ inspectionId: violations.inspectionId, deletedAt: violations.deletedAt }).from(violations).where(eq(violations.id, ownerId)).get();
      return r && { inspectionId: r.inspectionId, deleted: Boolean(r.deletedAt) };
    }
    case 'commitment_items': {
      const r = db
        .select({ inspectionId: commitments.inspectionId, deletedAt: commitmentItems.deletedAt, commitmentDeletedAt: commitments.deletedAt })
        .from(commitmentItems)
        .innerJoin(commitments, eq(commitments.id, commitmentItems.commitmentId))
        .where(eq(commitmentItems.id, ownerId))
        .get();
      return r && { inspectionId: r.inspectionId, deleted: Boolean(r.deletedAt ?? r.commitmentDeletedAt) };
    }
    case 'case_visits': {
      const r = db
        .select({ inspectionId: followUpCases.inspectionId, deletedAt: caseVisits.deletedAt, caseDeletedAt: followUpCases.deletedAt })
        .from(caseVisits)
        .innerJoin(followUpCases, eq(followUpCases.id, caseVisits.caseId))
        .where(eq(caseVisits.id, ownerId))
        .get();
      return r && { inspectionId: r.inspectionId, deleted: Boolean(r.deletedAt ?? r.caseDeletedAt) };
    }
  }
}

const ownerName = (table: AttachmentOwnerTable) => ATTACHMENT_OWNER_LABELS[table].toLocaleLowerCase('vi');

/** Follow-up evidence, recorded after the visit: allowed once the minutes are finalised. */
const FOLLOW_UP: ReadonlySet<AttachmentOwnerTable> = new Set(['commitment_items', 'case_visits']);

/** The owner may receive or lose attachments now; `forMinutes`: the change alters the minutes. */
function requireWritableOwner(db: Db, owner: Owner, forMinutes: boolean): OwnerInfo {
  const info = ownerInfo(db, owner) ?? notFound(ownerName(owner.ownerTable));
  if (info.deleted) throw new CommandError('CONFLICT', `Bản ghi ${ownerName(owner.ownerTable)} này đã bị xóa; hãy khôi phục trước khi đính kèm`);
  if (forMinutes || !FOLLOW_UP.has(owner.ownerTable)) requireEditableInspection(db, info.inspectionId);
  else if (inspectionHead(db, info.inspectionId).deletedAt) throw new CommandError('CONFLICT', 'Cuộc kiểm tra đã bị xóa; hãy khôi phục trước khi sửa');
  return info;
}

/** Owners whose attachments show a child: a minor, a visit of a child's follow-up case. */
const SHOWS_CHILD: ReadonlySet<string> = new Set<AttachmentOwnerTable>(['minors', 'case_visits']);

/** Seeing a child's photos or files is a view of the child's record (child-access.ts). */
function logViewOfChildren(db: Db, ctx: ServiceContext, inspectionId: string, rows: readonly { ownerTable: string; ownerId: string }[]): void {
  const children = new Set(rows.filter((r) => SHOWS_CHILD.has(r.ownerTable)).map((r) => r.ownerId));
  logChildView(db, ctx, { inspectionId, count: children.size, via: 'record' });
}

// ---- rows --------------------------------------------------------------------------------

type AttachmentRow = typeof attachments.$inferSelect;

function toAttachment(row: AttachmentRow, inspectionId: string): Attachment {
  const { deviceId: _d, createdAt, updatedAt, deletedAt, version, ...facts } = row;
  return {
    ...nullsToUndefined(facts),
    ownerTable: row.ownerTable as AttachmentOwnerTable,
    mimeType: row.mimeType as AttachmentMimeType,
    inspectionId,
    ...recordMeta({ createdAt, updatedAt, deletedAt, version }),
  } as Attachment;
}

function requireRow(db: Db, id: string): AttachmentRow {
  return db.select().from(attachments).where(eq(attachments.id, id)).get() ?? notFound(WHAT);
}

const ownerOfRow = (row: AttachmentRow): Owner => ({ ownerTable: row.ownerTable as AttachmentOwnerTable, ownerId: row.ownerId });

/** The name kept for the stored copy: no folders, and the extension of what is stored. */
function storedName(fileName: string, mimeType: AttachmentMimeType): string {
  const base = fileName.split(/[\\/]/).pop()!.trim() || 'tep';
  const ext = { 'image/jpeg': ['.jpg', '.jpeg'], 'image/png': ['.png'], 'application/pdf': ['.pdf'] }[mimeType];
  return ext.includes(extname(base).toLowerCase()) ? base : `${base.slice(0, base.length - extname(base).length) || base}${ext[0]}`;
}

// ---- commands ----------------------------------------------------------------------------

export async function addAttachment(db: Db, input: CommandParsedInput<'attachments.add'>, ctx: ServiceContext) {
  const owner: Owner = { ownerTable: input.ownerTable, ownerId: input.ownerId };
  // Refused before any work when the record may not receive it.
  requireWritableOwner(db, owner, false);
  const prepared = await prepareFile(Buffer.from(input.base64, 'base64'), input.fileName);
  const hash = sha256(prepared.bytes);
  // The files first: a row never names a file that is not there (a crash leaves at most an unnamed file).
  mkdirSync(ctx.attachmentsDir, { recursive: true, mode: 0o700 });
  storeOnce(ctx, attachmentFile(ctx.attachmentsDir, hash), prepared.bytes);
  storeOnce(ctx, attachmentFile(ctx.attachmentsDir, hash, 'thumb'), prepared.thumbnail);
  storeOnce(ctx, attachmentFile(ctx.attachmentsDir, hash, 'print'), prepared.printCopy);
  return writeTx(db, () => {
    // Checked again: the record may have changed while the file was prepared.
    const info = requireWritableOwner(db, owner, false);
    const id = stableId('attachments', owner.ownerTable, owner.ownerId, hash);
    const existing = db.select().from(attachments).where(eq(attachments.id, id)).get();
    if (existing && !existing.deletedAt) return { attachment: toAttachment(existing, info.inspectionId), duplicate: true, locationRemoved: prepared.locationRemoved };
    const last = db
      .select({ n: max(attachments.sortOrder) })
      .from(attachments)
      .where(and(eq(attachments.ownerTable, owner.ownerTable), eq(attachments.ownerId, owner.ownerId)))
      .get()?.n;
    const row = upsertRow(db, ctx, attachments, {
      id,
      ...owner,
      contentHash: hash,
      mimeType: prepared.mimeType,
      sizeBytes: prepared.bytes.length,
      fileName: storedName(input.fileName, prepared.mimeType),
      caption: input.caption,
      takenAt: input.takenAt ?? prepared.takenAt,
      width: prepared.width,
      height: prepared.height,
      inMinutesAnnex: existing?.inMinutesAnnex ?? false,
      sortOrder: existing?.sortOrder ?? (last ?? -1) + 1,
    });
    return { attachment: toAttachment(row, info.inspectionId), duplicate: false, locationRemoved: prepared.locationRemoved };
  });
}

export function updateAttachment(db: Db, input: CommandParsedInput<'attachments.update'>, ctx: ServiceContext): Attachment {
  const { id, expectedVersion, ...patch } = input;
  return writeTx(db, () => {
    const before = requireRow(db, id);
    if (before.deletedAt) throw new CommandError('CONFLICT', 'Ảnh, tệp này đã bị xóa; hãy khôi phục trước khi sửa');
    const sent = sentFields(patch);
    const forMinutes = sent.inMinutesAnnex !== undefined && sent.inMinutesAnnex !== before.inMinutesAnnex;
    const info = requireWritableOwner(db, ownerOfRow(before), forMinutes);
    if (sent.inMinutesAnnex && !before.mimeType.startsWith('image/')) {
      throw new CommandError('VALIDATION', 'Chỉ ảnh mới đưa được vào phụ lục biên bản; tệp PDF được giữ trong hồ sơ', [{ path: ['inMinutesAnnex'], message: 'Tệp PDF không đưa vào phụ lục ảnh' }]);
    }
    const after = patchRow(db, ctx, attachments, id, patch, { expectedVersion, what: WHAT });
    return toAttachment(after, info.inspectionId);
  });
}

function setDeleted(db: Db, input: CommandParsedInput<'attachments.remove'>, ctx: ServiceContext, deleted: boolean): Attachment {
  return writeTx(db, () => {
    const before = requireRow(db, input.id);
    const info = requireWritableOwner(db, ownerOfRow(before), before.inMinutesAnnex);
    setDeletedState(db, ctx, attachments, input.id, deleted, { what: WHAT, expectedVersion: input.expectedVersion });
    return toAttachment(requireRow(db, input.id), info.inspectionId);
  });
}

export const removeAttachment = (db: Db, input: CommandParsedInput<'attachments.remove'>, ctx: ServiceContext) => setDeleted(db, input, ctx, true);
export const restoreAttachment = (db: Db, input: CommandParsedInput<'attachments.restore'>, ctx: ServiceContext) => setDeleted(db, input, ctx, false);

const ORDER = [asc(attachments.sortOrder), asc(attachments.createdAt), asc(attachments.id)];

export function listAttachments(db: Db, input: CommandParsedInput<'attachments.list'>, ctx: ServiceContext): Attachment[] {
  const info = ownerInfo(db, input) ?? notFound(ownerName(input.ownerTable));
  const rows = db
    .select()
    .from(attachments)
    .where(and(eq(attachments.ownerTable, input.ownerTable), eq(attachments.ownerId, input.ownerId), input.includeDeleted ? undefined : isNull(attachments.deletedAt)))
    .orderBy(...ORDER)
    .all();
  logViewOfChildren(db, ctx, info.inspectionId, rows);
  return rows.map((r) => toAttachment(r, info.inspectionId));
}

/** The live records of an inspection that may hold attachments, by table. */
function ownersOf(db: Db, inspectionId: string): Record<AttachmentOwnerTable, string[]> {
  const ids = <T extends { id: string }>(rows: T[]) => rows.map((r) => r.id);
  const commitmentIds = ids(db.select({ id: commitments.id }).from(commitments).where(and(eq(commitments.inspectionId, inspectionId), isNull(commitments.deletedAt))).all());
  const caseIds = ids(db.select({ id: followUpCases.id }).from(followUpCases).where(and(eq(followUpCases.inspectionId, inspectionId), isNull(followUpCases.deletedAt))).all());
  return {
    inspections: [inspectionId],
    minors: ids(db.select({ id: minors.id }).from(minors).where(and(eq(minors.inspectionId, inspectionId), isNull(minors.deletedAt))).all()),
    violations: ids(db.select({ id: violations.id }).from(violations).where(and(eq(violations.inspectionId, inspectionId), isNull(violations.deletedAt))).all()),
    commitment_items:
      commitmentIds.length === 0
        ? []
        : ids(db.select({ id: commitmentItems.id }).from(commitmentItems).where(and(inArray(commitmentItems.commitmentId, commitmentIds), isNull(commitmentItems.deletedAt))).all()),
    case_visits: caseIds.length === 0 ? [] : ids(db.select({ id: caseVisits.id }).from(caseVisits).where(and(inArray(caseVisits.caseId, caseIds), isNull(caseVisits.deletedAt))).all()),
  };
}

/** Every attachment of an inspection's live records: the inspection's own first, then by kind of record. */
function inspectionRows(db: Db, inspectionId: string, includeDeleted: boolean): AttachmentRow[] {
  const owners = ownersOf(db, inspectionId);
  const all = Object.values(owners).flat();
  const rows = db
    .select()
    .from(attachments)
    .where(and(inArray(attachments.ownerId, all), includeDeleted ? undefined : isNull(attachments.deletedAt)))
    .orderBy(...ORDER)
    .all()
    .filter((r) => owners[r.ownerTable as AttachmentOwnerTable]?.includes(r.ownerId));
  const rank = (table: string) => ATTACHMENT_OWNER_TABLES.indexOf(table as AttachmentOwnerTable);
  return rows.sort((a, b) => rank(a.ownerTable) - rank(b.ownerTable));
}

export function inspectionAttachments(db: Db, input: CommandParsedInput<'attachments.ofInspection'>, ctx: ServiceContext): Attachment[] {
  inspectionHead(db, input.inspectionId);
  const rows = inspectionRows(db, input.inspectionId, input.includeDeleted);
  logViewOfChildren(db, ctx, input.inspectionId, rows);
  return rows.map((r) => toAttachment(r, input.inspectionId));
}

/** A row to show, with the view of a child's record logged. */
function viewedRow(db: Db, id: string, ctx: ServiceContext): AttachmentRow {
  const row = requireRow(db, id);
  const info = ownerInfo(db, ownerOfRow(row)) ?? notFound(ownerName(row.ownerTable as AttachmentOwnerTable));
  logViewOfChildren(db, ctx, info.inspectionId, [row]);
  return row;
}

export async function attachmentThumbnail(db: Db, input: CommandParsedInput<'attachments.thumbnail'>, ctx: ServiceContext) {
  const row = viewedRow(db, input.id, ctx);
  if (!row.mimeType.startsWith('image/')) throw new CommandError('CONFLICT', 'Tệp PDF không có ảnh thu nhỏ');
  let thumb = readStored(ctx, row.contentHash, 'thumb');
  if (!thumb) {
    // Made again when missing (a file that arrived without its renditions).
    thumb = await makeThumbnail(requireContent(ctx, row.contentHash));
    storeOnce(ctx, attachmentFile(ctx.attachmentsDir, row.contentHash, 'thumb'), thumb);
  }
  return { mimeType: 'image/jpeg' as const, base64: thumb.toString('base64') };
}

export function attachmentContent(db: Db, input: CommandParsedInput<'attachments.content'>, ctx: ServiceContext) {
  const row = viewedRow(db, input.id, ctx);
  return { fileName: row.fileName, mimeType: row.mimeType as AttachmentMimeType, base64: requireContent(ctx, row.contentHash).toString('base64') };
}

/** A temporary decrypted copy for the system viewer (desktop): file-store.ts says when it goes. */
export function openAttachment(db: Db, input: CommandParsedInput<'attachments.open'>, ctx: ServiceContext) {
  const row = viewedRow(db, input.id, ctx);
  const path = attachmentFile(ctx.attachmentsDir, row.contentHash);
  if (!existsSync(path)) notFoundFile();
  return { path: ctx.files.openCopy(path, row.fileName), fileName: row.fileName };
}

// ---- the minutes' photo annex --------------------------------------------------------------

/**
 * The photos chosen for the minutes' annex, decrypted, in the order of the record (the
 * inspection's own, then violations, minors, commitment items): the reduced print copy when
 * there is one, else the stored photo.
 */
export function annexPhotos(db: Db, inspectionId: string, ctx: ServiceContext): AnnexPhoto[] {
  const rows = inspectionRows(db, inspectionId, false).filter((r) => r.inMinutesAnnex && r.mimeType.startsWith('image/'));
  const order: AttachmentOwnerTable[] = ['inspections', 'violations', 'minors', 'commitment_items', 'case_visits'];
  rows.sort((a, b) => order.indexOf(a.ownerTable as AttachmentOwnerTable) - order.indexOf(b.ownerTable as AttachmentOwnerTable));
  const codes = new Map(
    db
      .select({ id: violations.id, typeCode: violations.typeCode })
      .from(violations)
      .where(eq(violations.inspectionId, inspectionId))
      .all()
      .map((v) => [v.id, v.typeCode]),
  );
  return rows.flatMap((r) => {
    const print = readStored(ctx, r.contentHash, 'print');
    const data = print ?? readStored(ctx, r.contentHash);
    if (!data) return [];
    const label = ATTACHMENT_OWNER_LABELS[r.ownerTable as AttachmentOwnerTable];
    const source = r.ownerTable === 'violations' && codes.get(r.ownerId) ? `${label} ${codes.get(r.ownerId)}` : label;
    const type: AnnexPhoto['type'] = print || r.mimeType === 'image/jpeg' ? 'jpg' : 'png';
    const size = printSize(r.width ?? 1, r.height ?? 1, Boolean(print));
    return [{ data, type, ...size, ...nullsToUndefined({ caption: r.caption, takenAt: r.takenAt }), source } satisfies AnnexPhoto];
  });
}

/** The annexes the minutes carry: the photo annex when photos were chosen for it. */
export function minutesAnnexes(db: Db, inspectionId: string, ctx: ServiceContext): Annex[] {
  const annex = photoAnnex(annexPhotos(db, inspectionId, ctx));
  return annex ? [annex] : [];
}

/** Pixel size of the print copy (the photo reduced to PRINT_EDGE on its long side) or of the photo itself. */
function printSize(width: number, height: number, reduced: boolean): { width: number; height: number } {
  const scale = reduced ? Math.min(1, PRINT_EDGE / Math.max(width, height)) : 1;
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}
