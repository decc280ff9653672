import type { Db } from '../../db/client';
import { checkVersion, deleteRow, restoreRow, type SyncedTable } from '../../db/write-path';
import { CommandError } from '../../shared/errors';
import type { ServiceContext } from './context';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Marks a record deleted or restores it through the write path; `what` names it in Vietnamese. */
export function setDeletedState(
  db: Db,
  ctx: ServiceContext,
  table: SyncedTable,
  id: string,
  deleted: boolean,
  options: { what: string; expectedVersion?: number },
): void {
  const row = checkVersion(db, table, id, options);
  if (Boolean(row.deletedAt) === deleted) {
    throw new CommandError('CONFLICT', deleted ? `${capitalise(options.what)} này đã bị xóa trước đó` : `${capitalise(options.what)} này chưa bị xóa`);
  }
  if (deleted) deleteRow(db, ctx, table, id, options);
  else restoreRow(db, ctx, table, id, options);
}
