/**
 * Retention of children's identities (security.md "Retention", issue 9): after the period the
 * admin sets (settings.retentionYears, 5 years by default), a purge reduces each minor of the
 * older inspections to what the reports need. The full name becomes initials, the date of
 * birth the year of birth, the home address its commune; age at the inspection, age band, sex
 * and every other fact stay, so every report figure is unchanged.
 *
 * The rows change through the write path (so other laptops of the team receive the reduced
 * values and every change is stamped); then the change log rows of those minors, which hold the
 * old and new values of every edit, and any conflict kept about those fields, are given the
 * reduced values too. Photos and files attached to those minors are removed (their rows deleted
 * through the write path, their stored content erased unless another live attachment holds the
 * same content). So are the stored papers that can name those children (minutes, violation
 * records, referral letters and follow-up records of those inspections and of the children's
 * cases, made before the children were reduced, here or on another laptop of the team; report
 * exports with the children's details of a period reaching before the cutoff): a paper is made
 * again from the reduced record when needed. The admin sees a preview count first and the
 * purge is refused if the count changed since.
 */
import { existsSync, rmSync } from 'node:fs';
import { and, count, countDistinct, eq, exists, inArray, isNull, like, lt, notInArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { attachments, auditLog, caseReferrals, changes, conflicts, documents, followUpCases, inspections, minors } from '../../db/schema';
import { deleteRow, patchRow, writeTx } from '../../db/write-path';
import type { CommandParsedInput } from '../../shared/commands';
import { CommandError } from '../../shared/errors';
import { daysInMonth } from '../../shared/minors/age';
import type { RetentionPreview, RetentionResult } from '../../shared/schemas/privacy';
import { attachmentFile } from './attachments/attachments';
import { eraseDocumentFiles } from './documents';
import { writeAudit } from './audit';
import { todayInVietnam, type ServiceContext } from './context';
import { getSettings } from './settings';

const WHAT = 'người lao động chưa thành niên';

/** The identifying fields the purge reduces, as the change log names them. */
export const IDENTITY_FIELDS = ['fullName', 'dateOfBirth', 'homeAddress'] as const;

/** "Nguyễn Văn An" → "N.V.A." (each word's first letter, as written, in capitals). */
export function initialsOf(fullName: string): string {
  return fullName
    .normalize('NFC')
    .trim()
    .split(/\s+/u)
    .filter(Boolean)
    .map((word) => `${(Array.from(word)[0] ?? '').toLocaleUpperCase('vi')}.`)
    .join('');
}

/** A commune-level unit named in an address: xã, phường, thị trấn, đặc khu (not the "xã" of "thị xã"). */
const COMMUNE_MARK = /(?:^|[\s,;])(?<!thị\s)(xã|phường|thị trấn|đặc khu)\s+\S/iu;

/**
 * The part of a home address from its commune on ("Thôn 3, xã Tân Lập, tỉnh Phú Thọ" → "xã Tân
 * Lập, tỉnh Phú Thọ"); null when no commune is named (the village or street alone would say more
 * than the commune, so nothing is kept).
 */
export function communeOf(address: string | null | undefined): string | null {
  if (!address) return null;
  const text = address.normalize('NFC');
  const match = COMMUNE_MARK.exec(text);
  if (!match) return null;
  const start = match.index + match[0].indexOf(match[1]!);
  const kept = text.slice(start).trim().replace(/[\s,;.]+$/u, '');
  return kept || null;
}

/** The day `years` before `today` (29 February → 28 February in a common year). */
export function retentionCutoff(today: string, years: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const year = y - years;
  const day = Math.min(d, daysInMonth(year, m));
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Minors of inspections dated before the cutoff whose identity is still whole (deleted ones too: they hold names as well). */
const dueWhere = (cutoff: string) => and(lt(inspections.inspectionDate, cutoff), isNull(minors.identityPurgedAt));

function dueMinorIds(db: Db, cutoff: string) {
  return db.select({ id: minors.id }).from(minors).innerJoin(inspections, eq(inspections.id, minors.inspectionId)).where(dueWhere(cutoff));
}

/**
 * The live stored papers that can name a child of an inspection dated before the cutoff: the
 * minutes and violation records of those inspections, the referral letters and follow-up records
 * of those children's cases, made before the children were reduced (now, or earlier on this
 * laptop or another of the team): a paper made from the reduced record names no one.
 */
function papersNamingChildren(db: Db, cutoff: string) {
  // When the children were reduced; far ahead while one is not yet (this purge reduces it).
  const reducedAt = () =>
    db
      .select({ at: sql<string>`max(coalesce(${minors.identityPurgedAt}, '9999'))` })
      .from(minors)
      .innerJoin(inspections, and(eq(inspections.id, minors.inspectionId), lt(inspections.inspectionDate, cutoff)));
  const ofCase = () => reducedAt().innerJoin(followUpCases, eq(followUpCases.minorId, minors.id));
  return db
    .select({ id: documents.id, fileName: documents.fileName })
    .from(documents)
    .where(
      and(
        isNull(documents.deletedAt),
        or(
          and(inArray(documents.kind, ['inspection_minutes', 'violation_record']), lt(documents.createdAt, reducedAt().where(eq(minors.inspectionId, documents.sourceId)))),
          and(eq(documents.kind, 'case_follow_up'), lt(documents.createdAt, ofCase().where(eq(followUpCases.id, documents.sourceId)))),
          and(
            eq(documents.kind, 'case_referral'),
            lt(documents.createdAt, ofCase().innerJoin(caseReferrals, eq(caseReferrals.caseId, followUpCases.id)).where(eq(caseReferrals.id, documents.sourceId))),
          ),
          and(like(documents.kind, 'report_%'), exists(childDetailsExportNaming(db, cutoff))),
        ),
      ),
    )
    .all();
}

/**
 * For the document of the outer query, a report export with the children's details (its audit
 * entry says so, with its period) whose period reaches before the cutoff and that was written
 * while one of those children was still whole.
 */
function childDetailsExportNaming(db: Db, cutoff: string) {
  const periodFrom = sql`json_extract(${auditLog.changes}, '$.period.from')`;
  const periodTo = sql`json_extract(${auditLog.changes}, '$.period.to')`;
  return db
    .select({ one: sql`1` })
    .from(auditLog)
    .innerJoin(inspections, and(sql`${inspections.inspectionDate} between ${periodFrom} and ${periodTo}`, lt(inspections.inspectionDate, cutoff)))
    .innerJoin(minors, eq(minors.inspectionId, inspections.id))
    .where(
      and(
        eq(auditLog.entityId, documents.id),
        eq(auditLog.action, 'export'),
        eq(auditLog.entity, 'minor'),
        sql`coalesce(${minors.identityPurgedAt}, '9999') > ${documents.createdAt}`,
      ),
    );
}

/** What is due now: the counts the admin sees, and the stored papers themselves (read once for both). */
function dueNow(db: Db, ctx: ServiceContext): { counts: RetentionPreview; papers: { id: string; fileName: string }[] } {
  const { retentionYears } = getSettings(db);
  const cutoffDate = retentionCutoff(todayInVietnam(ctx), retentionYears);
  const due = db
    .select({ minors: count(), inspections: countDistinct(minors.inspectionId) })
    .from(minors)
    .innerJoin(inspections, eq(inspections.id, minors.inspectionId))
    .where(dueWhere(cutoffDate))
    .get() ?? { minors: 0, inspections: 0 };
  const changeRows =
    db
      .select({ n: count() })
      .from(changes)
      .where(and(eq(changes.tableName, 'minors'), inArray(changes.field, [...IDENTITY_FIELDS]), inArray(changes.rowId, dueMinorIds(db, cutoffDate))))
      .get()?.n ?? 0;
  const photos = db.select({ n: count() }).from(attachments).where(minorsAttachments(dueMinorIds(db, cutoffDate))).get()?.n ?? 0;
  const papers = papersNamingChildren(db, cutoffDate);
  return { counts: { retentionYears, cutoffDate, inspections: due.inspections, minors: due.minors, photos, papers: papers.length, changeRows }, papers };
}

/** Live attachments of these minors. */
const minorsAttachments = (minorIds: ReturnType<typeof dueMinorIds> | string[]) =>
  and(eq(attachments.ownerTable, 'minors'), inArray(attachments.ownerId, minorIds), isNull(attachments.deletedAt));

/**
 * Deletes the minors' attachments and erases their stored content (and renditions) where no
 * other attachment row, live or restorable, holds it. Returns the stored contents to erase once
 * the transaction has committed.
 */
function removeMinorsPhotos(db: Db, ctx: ServiceContext, minorIds: string[]): string[] {
  if (minorIds.length === 0) return [];
  const rows = db.select({ id: attachments.id, contentHash: attachments.contentHash }).from(attachments).where(minorsAttachments(minorIds)).all();
  for (const row of rows) deleteRow(db, ctx, attachments, row.id, { what: 'ảnh, tệp đính kèm của người chưa thành niên' });
  const hashes = [...new Set(rows.map((r) => r.contentHash))];
  if (hashes.length === 0) return [];
  const stillHeld = new Set(
    db
      .select({ contentHash: attachments.contentHash })
      .from(attachments)
      .where(and(inArray(attachments.contentHash, hashes), notInArray(attachments.ownerId, minorIds)))
      .all()
      .map((r) => r.contentHash),
  );
  return hashes.filter((h) => !stillHeld.has(h));
}

/** Deletes the papers' rows (tombstones, through the write path); returns their files to erase once committed. */
function removePapers(db: Db, ctx: ServiceContext, papers: { id: string; fileName: string }[]): string[] {
  for (const paper of papers) deleteRow(db, ctx, documents, paper.id, { what: 'văn bản có tên trẻ em' });
  return papers.map((p) => p.fileName);
}

function eraseStored(ctx: ServiceContext, erase: { hashes: string[]; papers: string[] }): void {
  for (const hash of erase.hashes) {
    for (const rendition of ['', 'thumb', 'print'] as const) {
      const path = attachmentFile(ctx.attachmentsDir, hash, rendition);
      if (existsSync(path)) rmSync(path, { force: true });
    }
  }
  for (const fileName of erase.papers) eraseDocumentFiles(ctx, fileName);
}

export function previewRetention(db: Db, _input: unknown, ctx: ServiceContext): RetentionPreview {
  return dueNow(db, ctx).counts;
}

type Reduced = { fullName: string; dateOfBirth: null; homeAddress: string | null };

const json = (value: unknown) => JSON.stringify(value ?? null);

/**
 * Gives every old and new value of the identifying fields in the change log the reduced value
 * ("null" and absent values stay as they are: they held nothing).
 */
function scrubChangeLog(db: Db, tableName: string, rowId: string, field: string, value: string | null): void {
  db.$client
    .prepare(
      `UPDATE changes SET
         old_value = CASE WHEN old_value IS NULL OR old_value = 'null' THEN old_value ELSE ? END,
         new_value = CASE WHEN new_value IS NULL OR new_value = 'null' THEN new_value ELSE ? END
       WHERE table_name = ? AND row_id = ? AND field = ?`,
    )
    .run(json(value), json(value), tableName, rowId, field);
}

/** Conflicts kept about a reduced field hold both sides' values: they get the reduced value, and so do their own change rows. */
function scrubConflicts(db: Db, ctx: ServiceContext, minorId: string, reduced: Reduced): void {
  const kept = db
    .select({ id: conflicts.id, field: conflicts.field, aValue: conflicts.aValue, bValue: conflicts.bValue })
    .from(conflicts)
    .where(and(eq(conflicts.tableName, 'minors'), eq(conflicts.rowId, minorId), inArray(conflicts.field, [...IDENTITY_FIELDS])))
    .all();
  for (const c of kept) {
    const value = json(reduced[c.field as keyof Reduced]);
    patchRow(db, ctx, conflicts, c.id, { aValue: c.aValue === null ? null : value, bValue: c.bValue === null ? null : value });
    for (const field of ['aValue', 'bValue']) scrubChangeLog(db, 'conflicts', c.id, field, value);
  }
}

export function purgeRetention(db: Db, input: CommandParsedInput<'retention.purge'>, ctx: ServiceContext): RetentionResult {
  const { result, erase } = purgeRows(db, input, ctx);
  eraseStored(ctx, erase);
  return result;
}

function purgeRows(db: Db, input: CommandParsedInput<'retention.purge'>, ctx: ServiceContext): { result: RetentionResult; erase: { hashes: string[]; papers: string[] } } {
  return writeTx(db, () => {
    const { counts: before, papers } = dueNow(db, ctx);
    if (before.minors !== input.expectedMinors) {
      throw new CommandError(
        'CONFLICT',
        `Số người chưa thành niên đến hạn rút gọn thông tin đã thay đổi từ lúc xem trước (nay là ${before.minors}, lúc xem trước là ${input.expectedMinors}); hãy xem trước lại rồi xác nhận`,
      );
    }
    const purgedAt = ctx.now().toISOString();
    const due = db
      .select({
        id: minors.id,
        fullName: minors.fullName,
        dateOfBirth: minors.dateOfBirth,
        estimatedAge: minors.estimatedAge,
        ageAtInspection: minors.ageAtInspection,
        homeAddress: minors.homeAddress,
      })
      .from(minors)
      .innerJoin(inspections, eq(inspections.id, minors.inspectionId))
      .where(dueWhere(before.cutoffDate))
      .all();
    for (const m of due) {
      const reduced: Reduced = { fullName: initialsOf(m.fullName), dateOfBirth: null, homeAddress: communeOf(m.homeAddress) };
      // Without the date of birth the age stays known as an estimate, so the record still passes the rule
      // "a date of birth or an estimated age" if it is ever edited (estimates run 3–25).
      const keepsAge = m.dateOfBirth && m.estimatedAge === null && m.ageAtInspection >= 3 && m.ageAtInspection <= 25;
      patchRow(
        db,
        ctx,
        minors,
        m.id,
        {
          ...reduced,
          birthYear: m.dateOfBirth ? Number(m.dateOfBirth.slice(0, 4)) : null,
          ...(keepsAge ? { estimatedAge: m.ageAtInspection } : {}),
          identityPurgedAt: purgedAt,
        },
        { what: WHAT },
      );
      for (const field of IDENTITY_FIELDS) scrubChangeLog(db, 'minors', m.id, field, reduced[field]);
      scrubConflicts(db, ctx, m.id, reduced);
    }
    const erase = { hashes: removeMinorsPhotos(db, ctx, due.map((m) => m.id)), papers: removePapers(db, ctx, papers) };
    writeAudit(db, ctx, {
      action: 'purge',
      entity: 'minor',
      changes: { minors: due.length, inspections: before.inspections, photos: before.photos, papers: before.papers, cutoffDate: before.cutoffDate, retentionYears: before.retentionYears, changeRows: before.changeRows },
      note: `${ctx.actor} rút gọn thông tin cá nhân (họ tên → chữ cái đầu, ngày sinh → năm sinh, nơi ở → xã) của ${due.length} người chưa thành niên trong ${before.inspections} cuộc kiểm tra trước ngày ${before.cutoffDate.split('-').reverse().join('/')} (thời hạn lưu trữ ${before.retentionYears} năm), xóa ${before.photos} ảnh, tệp đính kèm của họ và ${before.papers} văn bản đã lưu có tên của họ`,
    });
    return { result: { ...before, purgedAt }, erase };
  });
}
