/**
 * The work done on a case: referrals (to the commune People's Committee and the services),
 * support given, follow-up visits. Each is a row of its own table, written through the write
 * path; a closed case takes no new work until it is reopened (corrections of a closed case's
 * rows stay possible: a date typed wrong is still wrong).
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { caseReferrals, caseSupports, caseVisits } from '../../../db/schema';
import { insertRow, patchRow, writeTx } from '../../../db/write-path';
import type { CommandParsedInput } from '../../../shared/commands';
import type { Referral, Support, Visit } from '../../../shared/schemas/follow-up';
import { shortDate } from '../../../shared/labels/text';
import { sentFields } from '../../../shared/schemas/patch';
import { todayInVietnam, type ServiceContext } from '../context';
import { inspectionHead } from '../inspection-guard';
import { invalid, notFound } from '../rows';
import { setDeletedState } from '../soft-delete';
import { requireOpenCase, rowMappers } from './cases';

const WHAT_REFERRAL = 'việc chuyển gửi';
const WHAT_SUPPORT = 'hỗ trợ';
const WHAT_VISIT = 'lần thăm lại';

function notAfterToday(field: string, date: string | null | undefined, ctx: ServiceContext): void {
  if (date && date > todayInVietnam(ctx)) invalid(field, 'Ngày không được sau ngày hôm nay');
}

/** Work on a case starts the day the inspection found the child, not before. */
function notBeforeDetection(db: Db, caseId: string, field: string, date: string | undefined): void {
  if (!date) return;
  const found = inspectionHead(db, requireOpenCase(db, caseId).inspectionId).inspectionDate;
  if (date < found) invalid(field, `Ngày không được trước ngày kiểm tra phát hiện trẻ (${shortDate(found)})`);
}

// ---- referrals ------------------------------------------------------------------------------

export function addReferral(db: Db, input: CommandParsedInput<'followUp.addReferral'>, ctx: ServiceContext): Referral {
  return writeTx(db, () => {
    requireOpenCase(db, input.caseId);
    notAfterToday('referredOn', input.referredOn, ctx);
    notAfterToday('outcomeOn', input.outcomeOn, ctx);
    notBeforeDetection(db, input.caseId, 'referredOn', input.referredOn);
    if (input.outcomeOn && input.outcomeOn < input.referredOn) invalid('outcomeOn', 'Ngày có kết quả không được trước ngày chuyển gửi');
    return rowMappers.toReferral(insertRow(db, ctx, caseReferrals, input));
  });
}

function requireRow<T extends typeof caseReferrals | typeof caseSupports | typeof caseVisits>(db: Db, table: T, id: string, what: string) {
  const row = db.select().from(table as typeof caseReferrals).where(eq((table as typeof caseReferrals).id, id)).get();
  if (!row) notFound(what);
  return row as unknown as T['$inferSelect'];
}

export function updateReferral(db: Db, input: CommandParsedInput<'followUp.updateReferral'>, ctx: ServiceContext): Referral {
  const { id, expectedVersion, ...patch } = input;
  return writeTx(db, () => {
    const before = requireRow(db, caseReferrals, id, WHAT_REFERRAL);
    const sent = sentFields(patch);
    const merged = { ...before, ...sent };
    notAfterToday('referredOn', sent.referredOn, ctx);
    notAfterToday('outcomeOn', sent.outcomeOn, ctx);
    if (merged.outcomeOn && merged.outcomeOn < merged.referredOn) invalid('outcomeOn', 'Ngày có kết quả không được trước ngày chuyển gửi');
    return rowMappers.toReferral(patchRow(db, ctx, caseReferrals, id, sent, { expectedVersion, what: WHAT_REFERRAL }));
  });
}

const setReferralDeleted = (db: Db, input: CommandParsedInput<'followUp.removeReferral'>, ctx: ServiceContext, deleted: boolean): Referral =>
  writeTx(db, () => {
    setDeletedState(db, ctx, caseReferrals, input.id, deleted, { what: WHAT_REFERRAL, expectedVersion: input.expectedVersion });
    return rowMappers.toReferral(requireRow(db, caseReferrals, input.id, WHAT_REFERRAL));
  });
export const removeReferral = (db: Db, input: CommandParsedInput<'followUp.removeReferral'>, ctx: ServiceContext) => setReferralDeleted(db, input, ctx, true);
export const restoreReferral = (db: Db, input: CommandParsedInput<'followUp.restoreReferral'>, ctx: ServiceContext) => setReferralDeleted(db, input, ctx, false);

// ---- supports -------------------------------------------------------------------------------

export function addSupport(db: Db, input: CommandParsedInput<'followUp.addSupport'>, ctx: ServiceContext): Support {
  return writeTx(db, () => {
    requireOpenCase(db, input.caseId);
    notAfterToday('providedOn', input.providedOn, ctx);
    notBeforeDetection(db, input.caseId, 'providedOn', input.providedOn);
    return rowMappers.toSupport(insertRow(db, ctx, caseSupports, input));
  });
}

export function updateSupport(db: Db, input: CommandParsedInput<'followUp.updateSupport'>, ctx: ServiceContext): Support {
  const { id, expectedVersion, ...patch } = input;
  return writeTx(db, () => {
    requireRow(db, caseSupports, id, WHAT_SUPPORT);
    const sent = sentFields(patch);
    notAfterToday('providedOn', sent.providedOn, ctx);
    return rowMappers.toSupport(patchRow(db, ctx, caseSupports, id, sent, { expectedVersion, what: WHAT_SUPPORT }));
  });
}

const setSupportDeleted = (db: Db, input: CommandParsedInput<'followUp.removeSupport'>, ctx: ServiceContext, deleted: boolean): Support =>
  writeTx(db, () => {
    setDeletedState(db, ctx, caseSupports, input.id, deleted, { what: WHAT_SUPPORT, expectedVersion: input.expectedVersion });
    return rowMappers.toSupport(requireRow(db, caseSupports, input.id, WHAT_SUPPORT));
  });
export const removeSupport = (db: Db, input: CommandParsedInput<'followUp.removeSupport'>, ctx: ServiceContext) => setSupportDeleted(db, input, ctx, true);
export const restoreSupport = (db: Db, input: CommandParsedInput<'followUp.restoreSupport'>, ctx: ServiceContext) => setSupportDeleted(db, input, ctx, false);

// ---- visits ---------------------------------------------------------------------------------

/** "Still working" says where and what: the next step depends on it. */
function visitRule(v: { situation: string; workPlace?: string | null; workDescription?: string | null }): void {
  if (v.situation === 'still_working' && !v.workPlace && !v.workDescription) invalid('workPlace', 'Trẻ vẫn đang làm việc: ghi nơi làm việc hoặc công việc, điều kiện làm việc');
}

export function addVisit(db: Db, input: CommandParsedInput<'followUp.addVisit'>, ctx: ServiceContext): Visit {
  return writeTx(db, () => {
    requireOpenCase(db, input.caseId);
    notAfterToday('visitedOn', input.visitedOn, ctx);
    notBeforeDetection(db, input.caseId, 'visitedOn', input.visitedOn);
    visitRule(input);
    return rowMappers.toVisit(insertRow(db, ctx, caseVisits, input));
  });
}

export function updateVisit(db: Db, input: CommandParsedInput<'followUp.updateVisit'>, ctx: ServiceContext): Visit {
  const { id, expectedVersion, ...patch } = input;
  return writeTx(db, () => {
    const before = requireRow(db, caseVisits, id, WHAT_VISIT);
    const sent = sentFields(patch);
    visitRule({ ...before, ...sent });
    notAfterToday('visitedOn', sent.visitedOn, ctx);
    return rowMappers.toVisit(patchRow(db, ctx, caseVisits, id, sent, { expectedVersion, what: WHAT_VISIT }));
  });
}

const setVisitDeleted = (db: Db, input: CommandParsedInput<'followUp.removeVisit'>, ctx: ServiceContext, deleted: boolean): Visit =>
  writeTx(db, () => {
    setDeletedState(db, ctx, caseVisits, input.id, deleted, { what: WHAT_VISIT, expectedVersion: input.expectedVersion });
    return rowMappers.toVisit(requireRow(db, caseVisits, input.id, WHAT_VISIT));
  });
export const removeVisit = (db: Db, input: CommandParsedInput<'followUp.removeVisit'>, ctx: ServiceContext) => setVisitDeleted(db, input, ctx, true);
export const restoreVisit = (db: Db, input: CommandParsedInput<'followUp.restoreVisit'>, ctx: ServiceContext) => setVisitDeleted(db, input, ctx, false);
