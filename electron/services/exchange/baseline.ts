import { and, eq, getTableColumns, getTableName, inArray, notExists, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { stableId } from '../../../db/ids';
import { changes } from '../../../db/schema';
import { syncedTable } from '../../../db/synced-tables';
import { logReceivedChange } from '../../../db/write-path';
import type { ServiceContext } from '../context';

/** Stamped from the changes; `createdAt` does travel (the row's own, older than its stamp). */
const META = new Set(['id', 'updatedAt', 'updatedBy', 'version', 'deviceId', 'searchRowid']);
const CHUNK = 500;

/**
 * Rows made before the change log existed (release 0.1) have no `insert` changes, so no
 * package would carry them. The first export writes one for each of their fields, stamped as
 * the row is (its HLC, device and user), with ids every laptop computes alike.
 */
export function ensureBaseline(db: Db, ctx: ServiceContext, scope: Map<string, Set<string> | null>): void {
  for (const [tableName, ids] of scope) {
    const table = syncedTable(tableName);
    if (!table) continue;
    const columns = Object.keys(getTableColumns(table)).filter((c) => !META.has(c));
    const missing = notExists(
      db
        .select({ one: changes.id })
        .from(changes)
        .where(and(eq(changes.tableName, tableName), eq(changes.rowId, table.id), eq(changes.op, 'insert'))),
    );
    const batches: (SQL | undefined)[] = ids === null ? [undefined] : chunks([...ids]).map((part) => inArray(table.id, part));
    for (const where of batches) {
      const rows = db.select().from(table).where(and(missing, where)).all() as Record<string, unknown>[];
      for (const row of rows) {
        for (const field of columns) {
          const value = row[field];
          if (value === null || value === undefined) continue;
          logReceivedChange(db, {
            id: stableId('baseline', tableName, row.id as string, field),
            hlc: row.updatedAt as string,
            deviceId: (row.deviceId as string | null) ?? ctx.deviceId,
            userId: (row.updatedBy as string) || ctx.actor,
            tableName: getTableName(table),
            rowId: row.id as string,
            field,
            oldValue: null,
            newValue: JSON.stringify(value),
            op: 'insert',
          });
        }
      }
    }
  }
}

function chunks<T>(list: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK));
  return out;
}
