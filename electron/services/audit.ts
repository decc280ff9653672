import type { Db } from '../../db/client';
import { newId } from '../../db/ids';
import type { ServiceContext } from './context';

export type AuditAction = 'create' | 'update' | 'remove' | 'restore' | 'export' | 'bulk_read';

/** Field-level differences `{ field: { from, to } }`, only for fields that changed. */
export function diffFields(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after)) {
    if (key === 'updatedAt' || key === 'updatedBy') continue;
    const from = before[key] ?? null;
    const to = after[key] ?? null;
    if (from !== to) changes[key] = { from, to };
  }
  return changes;
}

export function writeAudit(
  db: Db,
  ctx: ServiceContext,
  entry: { action: AuditAction; entity: string; entityId?: string; changes?: unknown; note?: string },
): void {
  db.$client
    .prepare('INSERT INTO audit_log (id, at, actor, action, entity, entity_id, changes, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(
      newId(),
      ctx.now().toISOString(),
      ctx.actor,
      entry.action,
      entry.entity,
      entry.entityId ?? null,
      entry.changes === undefined ? null : JSON.stringify(entry.changes),
      entry.note ?? null,
    );
}
