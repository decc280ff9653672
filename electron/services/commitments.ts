import type { Db } from '../../db/client';
import { newId } from '../../db/ids';
import type { CommandParsedInput, CommandOutput } from '../../shared/commands';
import { CommandError } from '../../shared/errors';
import type { Commitment, CommitmentItem } from '../../shared/schemas/inspection';
import { writeAudit } from './audit';
import { todayInVietnam, type ServiceContext } from './context';
import { requireEditableInspection } from './inspection-guard';
import { notFound, nullsToUndefined } from './rows';
import { markDeleted } from './soft-delete';

type ItemRow = { id: string; commitmentId: string; content: string; deadline: string; status: 'open' | 'fulfilled' | 'breached'; statusDate: string | null; note: string | null };

const ITEM_SELECT = `SELECT id, commitment_id AS commitmentId, content, deadline, status, status_date AS statusDate, note
  FROM commitment_items WHERE deleted_at IS NULL`;

/** Overdue is not stored: an open item whose deadline has passed. */
export function displayStatus(item: { status: ItemRow['status']; deadline: string }, today: string): CommitmentItem['displayStatus'] {
  return item.status === 'open' && item.deadline < today ? 'overdue' : item.status;
}

function toItem(r: ItemRow, today: string): CommitmentItem {
  const { commitmentId: _c, ...rest } = nullsToUndefined(r);
  return { ...(rest as Omit<CommitmentItem, 'displayStatus'>), displayStatus: displayStatus(r, today) };
}

export function loadCommitments(db: Db, inspectionId: string, today: string): Commitment[] {
  const heads = db.$client
    .prepare(
      `SELECT id, inspection_id AS inspectionId, signer_name AS signerName, signer_position AS signerPosition, signed_date AS signedDate,
              created_at AS createdAt, updated_at AS updatedAt, deleted_at AS deletedAt
       FROM commitments WHERE inspection_id = ? AND deleted_at IS NULL ORDER BY created_at`,
    )
    .all(inspectionId) as (Record<string, unknown> & { id: string; deletedAt: null })[];
  const items = db.$client.prepare(`${ITEM_SELECT} AND commitment_id = ? ORDER BY sort_order`);
  return heads.map((h) => ({
    ...(nullsToUndefined(h) as unknown as Commitment),
    deletedAt: null,
    items: (items.all(h.id) as ItemRow[]).map((r) => toItem(r, today)),
  }));
}

function requireCommitment(db: Db, id: string): { inspectionId: string } {
  const row = db.$client.prepare('SELECT inspection_id AS inspectionId FROM commitments WHERE id = ? AND deleted_at IS NULL').get(id) as { inspectionId: string } | undefined;
  return row ?? notFound('bản cam kết');
}

function checkDeadlines(items: { deadline: string }[], signedDate: string): void {
  items.forEach((item, i) => {
    if (item.deadline < signedDate) {
      const message = 'Thời hạn thực hiện không được trước ngày ký cam kết';
      throw new CommandError('VALIDATION', message, [{ path: ['items', i, 'deadline'], message }]);
    }
  });
}

/**
 * Items sent with their id are updated in place (their follow-up status stays); new items start
 * open; items no longer listed are soft-deleted.
 */
function writeItems(db: Db, commitmentId: string, items: { id?: string; content: string; deadline: string }[], ctx: ServiceContext): void {
  const sqlite = db.$client;
  const now = ctx.now().toISOString();
  const kept = new Set(items.map((i) => i.id).filter((id): id is string => Boolean(id)));
  const live = (sqlite.prepare('SELECT id FROM commitment_items WHERE commitment_id = ? AND deleted_at IS NULL').all(commitmentId) as { id: string }[]).map((r) => r.id);
  const drop = sqlite.prepare('UPDATE commitment_items SET deleted_at = ?, updated_at = ?, updated_by = ? WHERE id = ?');
  for (const id of live) if (!kept.has(id)) drop.run(now, now, ctx.actor, id);
  const update = sqlite.prepare('UPDATE commitment_items SET content = ?, deadline = ?, sort_order = ?, updated_at = ?, updated_by = ? WHERE id = ? AND commitment_id = ? AND deleted_at IS NULL');
  const insert = sqlite.prepare(
    "INSERT INTO commitment_items (id, commitment_id, content, deadline, status, sort_order, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, 'open', ?, ?, ?, ?)",
  );
  items.forEach((item, i) => {
    if (item.id) {
      if (update.run(item.content, item.deadline, i, now, ctx.actor, item.id, commitmentId).changes === 0) {
        throw new CommandError('VALIDATION', 'Nội dung cam kết không thuộc bản cam kết này', [{ path: ['items', i, 'id'], message: 'Không thuộc bản cam kết này' }]);
      }
    } else {
      insert.run(newId(), commitmentId, item.content, item.deadline, i, now, now, ctx.actor);
    }
  });
}

function commitmentOf(db: Db, inspectionId: string, id: string, ctx: ServiceContext): Commitment {
  return loadCommitments(db, inspectionId, todayInVietnam(ctx)).find((c) => c.id === id)!;
}

export function createCommitment(db: Db, input: CommandParsedInput<'commitments.create'>, ctx: ServiceContext): Commitment {
  return db.$client.transaction(() => {
    requireEditableInspection(db, input.inspectionId);
    checkDeadlines(input.items, input.signedDate);
    const id = newId();
    const now = ctx.now().toISOString();
    db.$client
      .prepare('INSERT INTO commitments (id, inspection_id, signer_name, signer_position, signed_date, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(id, input.inspectionId, input.signerName, input.signerPosition ?? null, input.signedDate, now, now, ctx.actor);
    writeItems(db, id, input.items, ctx);
    writeAudit(db, ctx, { action: 'create', entity: 'commitment', entityId: id });
    return commitmentOf(db, input.inspectionId, id, ctx);
  })();
}

export function updateCommitment(db: Db, input: CommandParsedInput<'commitments.update'>, ctx: ServiceContext): Commitment {
  return db.$client.transaction(() => {
    const { inspectionId } = requireCommitment(db, input.id);
    requireEditableInspection(db, inspectionId);
    checkDeadlines(input.items, input.signedDate);
    db.$client
      .prepare('UPDATE commitments SET signer_name = ?, signer_position = ?, signed_date = ?, updated_at = ?, updated_by = ? WHERE id = ?')
      .run(input.signerName, input.signerPosition ?? null, input.signedDate, ctx.now().toISOString(), ctx.actor, input.id);
    writeItems(db, input.id, input.items, ctx);
    writeAudit(db, ctx, { action: 'update', entity: 'commitment', entityId: input.id });
    return commitmentOf(db, inspectionId, input.id, ctx);
  })();
}

export function removeCommitment(db: Db, input: { id: string }, ctx: ServiceContext): { id: string } {
  return db.$client.transaction(() => {
    const { inspectionId } = requireCommitment(db, input.id);
    requireEditableInspection(db, inspectionId);
    markDeleted(db, ctx, { table: 'commitments', entity: 'commitment', id: input.id });
    return { id: input.id };
  })();
}

/**
 * Follow-up of a commitment item (fulfilled or breached) is recorded after the visit, so it is
 * allowed on finalised inspections too; it does not change the minutes.
 */
export function setItemStatus(db: Db, input: CommandParsedInput<'commitments.setItemStatus'>, ctx: ServiceContext) {
  return db.$client.transaction(() => {
    const item = db.$client.prepare(`${ITEM_SELECT} AND id = ?`).get(input.id) as ItemRow | undefined;
    if (!item) notFound('nội dung cam kết');
    const statusDate = input.status === 'open' ? null : (input.statusDate ?? todayInVietnam(ctx));
    db.$client
      .prepare('UPDATE commitment_items SET status = ?, status_date = ?, note = ?, updated_at = ?, updated_by = ? WHERE id = ?')
      .run(input.status, statusDate, input.note ?? item.note, ctx.now().toISOString(), ctx.actor, input.id);
    writeAudit(db, ctx, { action: 'update', entity: 'commitment_item', entityId: input.id, changes: { status: { from: item.status, to: input.status } } });
    return toItem(db.$client.prepare(`${ITEM_SELECT} AND id = ?`).get(input.id) as ItemRow, todayInVietnam(ctx));
  })();
}

/** Commitment items to follow up, across inspections: overdue first, then by deadline. */
export function dueCommitments(db: Db, input: CommandParsedInput<'commitments.due'>, ctx: ServiceContext): CommandOutput<'commitments.due'> {
  const today = todayInVietnam(ctx);
  const rows = db.$client
    .prepare(
      `SELECT ci.id, ci.commitment_id AS commitmentId, ci.content, ci.deadline, ci.status, ci.status_date AS statusDate, ci.note,
              c.inspection_id AS inspectionId, c.signer_name AS signerName, i.inspection_date AS inspectionDate,
              e.id AS establishmentId, e.name AS establishmentName
       FROM commitment_items ci JOIN commitments c ON c.id = ci.commitment_id JOIN inspections i ON i.id = c.inspection_id
       JOIN establishments e ON e.id = i.establishment_id
       WHERE ci.deleted_at IS NULL AND c.deleted_at IS NULL AND i.deleted_at IS NULL
         AND (? IS NULL OR ci.deadline <= ?) AND (? IS NULL OR e.id = ?)
       ORDER BY ci.deadline, e.name_folded`,
    )
    .all(input.dueBefore ?? null, input.dueBefore ?? null, input.establishmentId ?? null, input.establishmentId ?? null) as (ItemRow & {
    inspectionId: string;
    signerName: string;
    inspectionDate: string;
    establishmentId: string;
    establishmentName: string;
  })[];
  return rows
    .map((r) => ({
      item: toItem(r, today),
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
