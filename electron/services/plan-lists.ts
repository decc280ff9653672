import type { Db } from '../../db/client';
import { deleteRow, insertRow, patchRow, restoreRow, type NewRow, type Patch, type SyncedTable, type WriteContext } from '../../db/write-path';

/** A child row as the list diff needs it: its id, its natural key, and whether it is a tombstone. */
export interface ListRow {
  id: string;
  key: string;
  deletedAt: string | null;
  version: number;
}

/**
 * "Set the list" for child rows matched by a natural key (a commune code, an official): a key
 * already there, even as a tombstone, keeps its row and id (updated, and revived if deleted);
 * a new key gets a row with `idOf(key)`; a live row whose key is no longer listed is deleted.
 * `wanted` must not repeat a key. Answers whether any row changed.
 */
export function setList<T extends SyncedTable>(
  db: Db,
  ctx: WriteContext,
  table: T,
  current: ListRow[],
  wanted: { key: string; values: NewRow<T> }[],
  idOf: (key: string) => string,
): boolean {
  // One row per key: a live one if there is one (two laptops may each have added the same key).
  const byKey = new Map<string, ListRow>();
  for (const row of current) {
    const seen = byKey.get(row.key);
    if (!seen || (seen.deletedAt && !row.deletedAt)) byKey.set(row.key, row);
  }
  const keys = new Set(wanted.map((w) => w.key));
  let changed = false;
  for (const row of current) {
    if (!row.deletedAt && (!keys.has(row.key) || byKey.get(row.key) !== row)) {
      deleteRow(db, ctx, table, row.id);
      changed = true;
    }
  }
  for (const { key, values } of wanted) {
    const row = byKey.get(key);
    if (!row) {
      insertRow(db, ctx, table, { ...values, id: idOf(key) });
      changed = true;
      continue;
    }
    const patched = patchRow(db, ctx, table, row.id, values as Patch<T>) as { version: number };
    if (patched.version !== row.version) changed = true;
    if (row.deletedAt) {
      restoreRow(db, ctx, table, row.id);
      changed = true;
    }
  }
  return changed;
}
