import type { Db } from '../../db/client';
import { newId } from '../../db/ids';
import { auditLog } from '../../db/schema';
import type { ServiceContext } from './context';

export type AuditAction = 'create' | 'update' | 'remove' | 'restore' | 'export' | 'bulk_read' | 'import' | 'view_children' | 'purge';

export function writeAudit(
  db: Db,
  ctx: ServiceContext,
  entry: { action: AuditAction; entity: string; entityId?: string; changes?: unknown; note?: string },
): void {
  db.insert(auditLog)
    .values({
      id: newId(),
      at: ctx.now().toISOString(),
      actor: ctx.actor,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      changes: entry.changes ?? null,
      note: entry.note ?? null,
      userId: ctx.userId ?? null,
    })
    .run();
}
