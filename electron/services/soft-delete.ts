import type { Db } from '../../db/client';
import { CommandError } from '../../shared/errors';
import { writeAudit } from './audit';
import type { ServiceContext } from './context';
import { notFound } from './rows';

/** Marks a row deleted (or restores it) and audits it; `label` names the record in Vietnamese. */
export function setRowDeleted(
  db: Db,
  ctx: ServiceContext,
  target: { table: 'establishments' | 'agencies' | 'officials' | 'plans' | 'inspections'; entity: string; label: string; id: string },
  deleted: boolean,
): void {
  const row = db.$client.prepare(`SELECT deleted_at AS deletedAt FROM ${target.table} WHERE id = ?`).get(target.id) as
    | { deletedAt: string | null }
    | undefined;
  if (!row) notFound(target.label);
  if (Boolean(row.deletedAt) === deleted) {
    throw new CommandError('CONFLICT', deleted ? `${capitalise(target.label)} này đã bị xóa trước đó` : `${capitalise(target.label)} này chưa bị xóa`);
  }
  const now = ctx.now().toISOString();
  db.$client
    .prepare(`UPDATE ${target.table} SET deleted_at = ?, updated_at = ?, updated_by = ? WHERE id = ?`)
    .run(deleted ? now : null, now, ctx.actor, target.id);
  writeAudit(db, ctx, { action: deleted ? 'remove' : 'restore', entity: target.entity, entityId: target.id });
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Marks a row that belongs to a record (a minor, a violation, a commitment, a plan target) deleted, audited. */
export function markDeleted(
  db: Db,
  ctx: ServiceContext,
  target: { table: 'minors' | 'violations' | 'commitments' | 'plan_targets'; entity: string; id: string },
): void {
  const now = ctx.now().toISOString();
  db.$client.prepare(`UPDATE ${target.table} SET deleted_at = ?, updated_at = ?, updated_by = ? WHERE id = ?`).run(now, now, ctx.actor, target.id);
  writeAudit(db, ctx, { action: 'remove', entity: target.entity, entityId: target.id });
}
