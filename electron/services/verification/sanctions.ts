/**
 * Sanction decisions (quyết định xử phạt vi phạm hành chính) issued on the violations of an
 * inspection: number, date, who issued it, amount decided, paid or not and when. Recorded once
 * the minutes are finalised (the decision follows the record), on a finalised record too.
 */
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { sanctionDecisions, violations } from '../../../db/schema';
import { checkVersion, deleteRow, insertRow, patchRow, restoreRow, writeTx } from '../../../db/write-path';
import type { CommandParsedInput } from '../../../shared/commands';
import { CommandError, type FieldIssue } from '../../../shared/errors';
import { sentFields } from '../../../shared/schemas/patch';
import { sanctionRuleIssues, type SanctionDecision, type SanctionList } from '../../../shared/schemas/verification';
import { todayInVietnam, type ServiceContext } from '../context';
import { inspectionHead, type InspectionHead } from '../inspection-guard';
import { notFound, recordMeta, refuse } from '../rows';

const WHAT = 'quyết định xử phạt';
type Row = typeof sanctionDecisions.$inferSelect;

function toDecision(r: Row): SanctionDecision {
  return {
    id: r.id,
    inspectionId: r.inspectionId,
    number: r.number,
    decidedOn: r.decidedOn,
    ...(r.issuedBy ? { issuedBy: r.issuedBy } : {}),
    amount: r.amount,
    paid: r.paid,
    ...(r.paidOn ? { paidOn: r.paidOn } : {}),
    ...recordMeta(r),
  };
}

function requireDecidable(db: Db, inspectionId: string): InspectionHead {
  const head = inspectionHead(db, inspectionId);
  if (head.deletedAt) notFound('cuộc kiểm tra');
  if (head.status === 'draft') throw new CommandError('CONFLICT', 'Chỉ ghi quyết định xử phạt khi biên bản kiểm tra đã hoàn tất');
  return head;
}

/** Dates against the inspection and today, and the rules between fields, on the decision as it will be. */
function checkDates(head: InspectionHead, v: { decidedOn: string; paid: boolean; paidOn?: string | null }, today: string): void {
  const issues: FieldIssue[] = [...sanctionRuleIssues(v)];
  if (v.decidedOn < head.inspectionDate) issues.push({ path: ['decidedOn'], message: 'Ngày ra quyết định không được trước ngày kiểm tra' });
  if (v.decidedOn > today) issues.push({ path: ['decidedOn'], message: 'Ngày ra quyết định không được sau hôm nay' });
  if (v.paidOn && v.paidOn > today) issues.push({ path: ['paidOn'], message: 'Ngày nộp phạt không được sau hôm nay' });
  refuse(issues);
}

function requireRow(db: Db, id: string): Row {
  return db.select().from(sanctionDecisions).where(eq(sanctionDecisions.id, id)).get() ?? notFound(WHAT);
}

export function listSanctions(db: Db, input: CommandParsedInput<'sanctions.list'>): SanctionList {
  const head = inspectionHead(db, input.inspectionId);
  const proposed = db
    .select({ count: sql<number>`count(*)`, fine: sql<number>`coalesce(sum(${violations.proposedFine}), 0)` })
    .from(violations)
    .where(and(eq(violations.inspectionId, head.id), isNull(violations.deletedAt)))
    .get()!;
  const rows = db
    .select()
    .from(sanctionDecisions)
    .where(and(eq(sanctionDecisions.inspectionId, head.id), input.includeDeleted ? undefined : isNull(sanctionDecisions.deletedAt)))
    .orderBy(asc(sanctionDecisions.decidedOn), asc(sanctionDecisions.createdAt))
    .all();
  return { inspectionId: head.id, violations: proposed.count, proposedFine: proposed.fine, decisions: rows.map(toDecision) };
}

export function createSanction(db: Db, input: CommandParsedInput<'sanctions.create'>, ctx: ServiceContext): SanctionDecision {
  return writeTx(db, () => {
    const head = requireDecidable(db, input.inspectionId);
    checkDates(head, input, todayInVietnam(ctx));
    const row = insertRow(db, ctx, sanctionDecisions, {
      inspectionId: input.inspectionId,
      number: input.number,
      decidedOn: input.decidedOn,
      issuedBy: input.issuedBy ?? null,
      amount: input.amount,
      paid: input.paid,
      paidOn: input.paidOn ?? null,
    });
    return toDecision(row);
  });
}

/** Changes only what is sent; a decision marked not paid loses its payment date. */
export function updateSanction(db: Db, input: CommandParsedInput<'sanctions.update'>, ctx: ServiceContext): SanctionDecision {
  const { id, expectedVersion, ...patch } = input;
  return writeTx(db, () => {
    const before = requireRow(db, id);
    if (before.deletedAt) notFound(WHAT);
    const head = requireDecidable(db, before.inspectionId);
    checkVersion(db, sanctionDecisions, id, { expectedVersion, what: WHAT });
    const sent = sentFields(patch);
    if (sent.paid === false && sent.paidOn === undefined) sent.paidOn = null;
    const merged = { ...before, ...sent };
    checkDates(head, { decidedOn: merged.decidedOn, paid: merged.paid, paidOn: merged.paidOn }, todayInVietnam(ctx));
    return toDecision(patchRow(db, ctx, sanctionDecisions, id, sent, { expectedVersion, what: WHAT }));
  });
}

export function removeSanction(db: Db, input: CommandParsedInput<'sanctions.remove'>, ctx: ServiceContext): { id: string } {
  return writeTx(db, () => {
    const before = requireRow(db, input.id);
    if (before.deletedAt) notFound(WHAT);
    deleteRow(db, ctx, sanctionDecisions, input.id, { expectedVersion: input.expectedVersion, what: WHAT });
    return { id: input.id };
  });
}

export function restoreSanction(db: Db, input: CommandParsedInput<'sanctions.restore'>, ctx: ServiceContext): SanctionDecision {
  return writeTx(db, () => {
    const before = requireRow(db, input.id);
    requireDecidable(db, before.inspectionId);
    return toDecision(before.deletedAt ? restoreRow(db, ctx, sanctionDecisions, input.id, { expectedVersion: input.expectedVersion, what: WHAT }) : before);
  });
}
