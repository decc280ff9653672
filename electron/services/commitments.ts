import { and, asc, desc, eq, inArray, isNull, lte } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { commitmentChecks, commitmentItems, commitments, establishments, inspections } from '../../db/schema';
import { checkVersion, deleteRow, insertRow, patchRow, touchRow, writeTx } from '../../db/write-path';
import type { CommandOutput, CommandParsedInput } from '../../shared/commands';
import { CommandError } from '../../shared/errors';
import { shortDate } from '../../shared/labels/text';
import type { Commitment, CommitmentItem } from '../../shared/schemas/inspection';
import { sentFields } from '../../shared/schemas/patch';
import { todayInVietnam, type ServiceContext } from './context';
import { requireEditableInspection } from './inspection-guard';
import { notFound, recordMeta } from './rows';

const WHAT = 'bản cam kết';

type ItemFacts = Pick<typeof commitmentItems.$inferSelect, 'id' | 'content' | 'deadline' | 'status' | 'statusDate' | 'note'>;
type CommitmentRow = typeof commitments.$inferSelect;

/** Overdue is not stored: an open item whose deadline has passed. */
export function displayStatus(item: { status: string; deadline: string }, today: string): CommitmentItem['displayStatus'] {
  const status = item.status as CommitmentItem['status'];
  return status === 'open' && item.deadline < today ? 'overdue' : status;
}

/** For a select: the columns of a commitment item that `toCommitmentItem` shows, and its commitment's id. */
export const commitmentItemColumns = {
  id: commitmentItems.id,
  commitmentId: commitmentItems.commitmentId,
  content: commitmentItems.content,
  deadline: commitmentItems.deadline,
  status: commitmentItems.status,
  statusDate: commitmentItems.statusDate,
  note: commitmentItems.note,
};

/** A stored commitment item as the app shows it, its display status as of `today`. */
export function toCommitmentItem(r: ItemFacts, today: string): CommitmentItem {
  return {
    id: r.id,
    content: r.content,
    deadline: r.deadline,
    status: r.status as CommitmentItem['status'],
    displayStatus: displayStatus(r, today),
    statusDate: r.statusDate ?? undefined,
    note: r.note ?? undefined,
  };
}

function toCommitment(row: CommitmentRow, items: CommitmentItem[]): Commitment {
  const { id, inspectionId, signerName, signerPosition, signedDate, createdAt, updatedAt, deletedAt, version } = row;
  return { id, inspectionId, signerName, signerPosition: signerPosition ?? undefined, signedDate, items, ...recordMeta({ createdAt, updatedAt, deletedAt, version }) };
}

const liveItemsOf = (commitmentIds: string[]) => and(inArray(commitmentItems.commitmentId, commitmentIds), isNull(commitmentItems.deletedAt));

export function loadCommitments(db: Db, inspectionId: string, today: string): Commitment[] {
  const heads = db
    .select()
    .from(commitments)
    .where(and(eq(commitments.inspectionId, inspectionId), isNull(commitments.deletedAt)))
    .orderBy(asc(commitments.createdAt), asc(commitments.id))
    .all();
  if (heads.length === 0) return [];
  const items = db
    .select()
    .from(commitmentItems)
    .where(liveItemsOf(heads.map((h) => h.id)))
    .orderBy(asc(commitmentItems.sortOrder))
    .all();
  return heads.map((h) =>
    toCommitment(
      h,
      items.filter((i) => i.commitmentId === h.id).map((i) => toCommitmentItem(i, today)),
    ),
  );
}

function requireCommitment(db: Db, id: string): CommitmentRow {
  return (
    db
      .select()
      .from(commitments)
      .where(and(eq(commitments.id, id), isNull(commitments.deletedAt)))
      .get() ?? notFound(WHAT)
  );
}

function checkDeadlines(items: { deadline: string }[], signedDate: string, itemsSent: boolean): void {
  items.forEach((item, i) => {
    if (item.deadline < signedDate) {
      if (!itemsSent) {
        const message = 'Ngày ký cam kết không được sau thời hạn thực hiện các nội dung đã cam kết';
        throw new CommandError('VALIDATION', message, [{ path: ['signedDate'], message }]);
      }
      const message = 'Thời hạn thực hiện không được trước ngày ký cam kết';
      throw new CommandError('VALIDATION', message, [{ path: ['items', i, 'deadline'], message }]);
    }
  });
}

/**
 * Items sent with their id are updated in place (their follow-up status stays); new items start
 * open; items no longer listed are soft-deleted. Answers whether any item changed.
 */
function writeItems(db: Db, ctx: ServiceContext, commitmentId: string, items: { id?: string; content: string; deadline: string }[]): boolean {
  const live = new Map(
    db
      .select({ id: commitmentItems.id, version: commitmentItems.version })
      .from(commitmentItems)
      .where(liveItemsOf([commitmentId]))
      .all()
      .map((r) => [r.id, r.version]),
  );
  let changed = false;
  items.forEach((item, i) => {
    if (item.id && !live.has(item.id)) {
      throw new CommandError('VALIDATION', 'Nội dung cam kết không thuộc bản cam kết này', [{ path: ['items', i, 'id'], message: 'Không thuộc bản cam kết này' }]);
    }
  });
  const kept = new Set(items.map((i) => i.id));
  for (const id of live.keys()) {
    if (kept.has(id)) continue;
    deleteRow(db, ctx, commitmentItems, id);
    changed = true;
  }
  items.forEach((item, i) => {
    if (item.id) {
      const after = patchRow(db, ctx, commitmentItems, item.id, { content: item.content, deadline: item.deadline, sortOrder: i });
      if (after.version !== live.get(item.id)) changed = true;
    } else {
      insertRow(db, ctx, commitmentItems, { commitmentId, content: item.content, deadline: item.deadline, status: 'open', sortOrder: i });
      changed = true;
    }
  });
  return changed;
}

function commitmentOf(db: Db, inspectionId: string, id: string, ctx: ServiceContext): Commitment {
  return loadCommitments(db, inspectionId, todayInVietnam(ctx)).find((c) => c.id === id)!;
}

export function createCommitment(db: Db, input: CommandParsedInput<'commitments.create'>, ctx: ServiceContext): Commitment {
  return writeTx(db, () => {
    requireEditableInspection(db, input.inspectionId);
    checkDeadlines(input.items, input.signedDate, true);
    const row = insertRow(db, ctx, commitments, {
      inspectionId: input.inspectionId,
      signerName: input.signerName,
      signerPosition: input.signerPosition,
      signedDate: input.signedDate,
    });
    writeItems(db, ctx, row.id, input.items);
    return commitmentOf(db, input.inspectionId, row.id, ctx);
  });
}

/** Changes only what is sent; the items are replaced only when sent, and deadlines checked against the signing date as it will be. */
export function updateCommitment(db: Db, input: CommandParsedInput<'commitments.update'>, ctx: ServiceContext): Commitment {
  const { id, expectedVersion, items, ...patch } = input;
  return writeTx(db, () => {
    const before = requireCommitment(db, id);
    requireEditableInspection(db, before.inspectionId);
    checkVersion(db, commitments, id, { expectedVersion, what: WHAT });
    const sent = sentFields(patch);
    const signedDate = sent.signedDate ?? before.signedDate;
    if (items) checkDeadlines(items, signedDate, true);
    else if (sent.signedDate) {
      checkDeadlines(db.select({ deadline: commitmentItems.deadline }).from(commitmentItems).where(liveItemsOf([id])).all(), signedDate, false);
    }
    const itemsChanged = items ? writeItems(db, ctx, id, items) : false;
    const after = patchRow(db, ctx, commitments, id, sent, { expectedVersion, what: WHAT });
    if (itemsChanged && after.version === before.version) touchRow(db, commitments, id);
    return commitmentOf(db, before.inspectionId, id, ctx);
  });
}

export function removeCommitment(db: Db, input: CommandParsedInput<'commitments.remove'>, ctx: ServiceContext): { id: string } {
  return writeTx(db, () => {
    const { inspectionId } = requireCommitment(db, input.id);
    requireEditableInspection(db, inspectionId);
    deleteRow(db, ctx, commitments, input.id, { expectedVersion: input.expectedVersion, what: WHAT });
    return { id: input.id };
  });
}

/**
 * Follow-up of a commitment item (fulfilled or breached) is recorded after the visit, so it is
 * allowed on finalised inspections too; it does not change the minutes.
 */
export function setItemStatus(db: Db, input: CommandParsedInput<'commitments.setItemStatus'>, ctx: ServiceContext): CommitmentItem {
  return writeTx(db, () => {
    const item = db
      .select({ id: commitmentItems.id })
      .from(commitmentItems)
      .where(and(eq(commitmentItems.id, input.id), isNull(commitmentItems.deletedAt)))
      .get();
    if (!item) notFound('nội dung cam kết');
    // Once verified at a re-inspection, the item's status follows its verdicts (verification.record), never a second hand.
    const verified = db
      .select({ on: inspections.inspectionDate })
      .from(commitmentChecks)
      .innerJoin(inspections, eq(inspections.id, commitmentChecks.reinspectionId))
      .where(and(eq(commitmentChecks.commitmentItemId, input.id), isNull(commitmentChecks.deletedAt), isNull(inspections.deletedAt)))
      .orderBy(desc(inspections.inspectionDate))
      .get();
    if (verified) {
      throw new CommandError('CONFLICT', `Nội dung cam kết này đã được kiểm tra lại ngày ${shortDate(verified.on)}; sửa kết quả trong cuộc kiểm tra lại`);
    }
    const statusDate = input.status === 'open' ? null : (input.statusDate ?? todayInVietnam(ctx));
    const after = patchRow(db, ctx, commitmentItems, input.id, { status: input.status, statusDate, note: input.note }, { what: 'nội dung cam kết' });
    return toCommitmentItem(after, todayInVietnam(ctx));
  });
}

/** Commitment items to follow up, across inspections: overdue first, then by deadline. */
export function dueCommitments(db: Db, input: CommandParsedInput<'commitments.due'>, ctx: ServiceContext): CommandOutput<'commitments.due'> {
  const today = todayInVietnam(ctx);
  const rows = db
    .select({
      ...commitmentItemColumns,
      inspectionId: commitments.inspectionId,
      signerName: commitments.signerName,
      inspectionDate: inspections.inspectionDate,
      establishmentId: establishments.id,
      establishmentName: establishments.name,
    })
    .from(commitmentItems)
    .innerJoin(commitments, eq(commitments.id, commitmentItems.commitmentId))
    .innerJoin(inspections, eq(inspections.id, commitments.inspectionId))
    .innerJoin(establishments, eq(establishments.id, inspections.establishmentId))
    .where(
      and(
        isNull(commitmentItems.deletedAt),
        isNull(commitments.deletedAt),
        isNull(inspections.deletedAt),
        input.dueBefore ? lte(commitmentItems.deadline, input.dueBefore) : undefined,
        input.establishmentId ? eq(establishments.id, input.establishmentId) : undefined,
      ),
    )
    .orderBy(asc(commitmentItems.deadline), asc(establishments.nameFolded))
    .all();
  return rows
    .map((r) => ({
      item: toCommitmentItem(r, today),
      commitmentId: r.commitmentId,
      inspectionId: r.inspectionId,
      inspectionDate: r.inspectionDate,
      establishmentId: r.establishmentId,
      establishmentName: r.establishmentName,
      signerName: r.signerName,
    }))
    .filter((r) => !input.status || r.item.displayStatus === input.status)
    .sort((a, b) => Number(b.item.displayStatus === 'overdue') - Number(a.item.displayStatus === 'overdue'));
}
