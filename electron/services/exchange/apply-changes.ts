import { and, asc, desc, eq, getTableColumns, getTableName, gt, ne, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { leanPrepared } from '../../../db/fast-read';
import { stableId } from '../../../db/ids';
import { preparedQuery } from '../../../db/prepared';
import { changes, commitmentItems, commitments, conflicts, establishments, inspections, violationMinors, violations } from '../../../db/schema';
import { syncedTable, SYNCED_TABLES } from '../../../db/synced-tables';
import { insertRowAsReceived, logReceivedChange, readRowById, setColumnsAsReceived, upsertRow, type SyncedTable } from '../../../db/write-path';
import { CommandError } from '../../../shared/errors';
import { hlcToIso, isHlc } from '../../../shared/sync/hlc';
import { isDeletion, judge, type ConflictKind, type SyncChange } from '../../../shared/sync/merge';
import type { ServiceContext } from '../context';
import { duplicateWarnings, writeSearchRow } from '../establishments';

/**
 * Metadata columns: stamped from the changes, never carried as fields; except `createdAt`,
 * which a baseline change carries for a row older than the change log.
 */
const META = new Set(['id', 'updatedAt', 'updatedBy', 'version', 'deviceId']);
/** Columns a laptop keeps for itself (the search index row). */
const LOCAL = new Set(['searchRowid']);
const OPS = new Set(['insert', 'update', 'delete', 'restore']);

export interface ApplyOutcome {
  /** Changes in the package this laptop did not have. */
  newChanges: number;
  /** Rows written, by table. */
  rows: Record<string, number>;
  conflicts: number;
  /** The most any change's clock was ahead of ours (ms), for the clock warning. */
  clockAheadMs: number;
}

function refuseChange(reason: string): never {
  throw new CommandError('VALIDATION', `Gói chứa dữ liệu không hợp lệ (${reason}); không nhập gì`, [{ path: ['file'], message: 'Gói chứa dữ liệu không hợp lệ' }]);
}

/** Every change must name a synced table, one of its data columns, a known operation and an HLC stamp. */
function checkChange(c: SyncChange): SyncedTable {
  const table = syncedTable(c.tableName) ?? refuseChange(`bảng «${String(c.tableName).slice(0, 40)}»`);
  const columns = getTableColumns(table);
  if (!(c.field in columns) || META.has(c.field) || LOCAL.has(c.field)) refuseChange(`trường «${String(c.field).slice(0, 40)}»`);
  if (!OPS.has(c.op) || !isHlc(c.hlc) || typeof c.id !== 'string' || typeof c.rowId !== 'string') refuseChange('bản ghi thay đổi');
  return table;
}

function queries(db: Db) {
  return preparedQuery(db, 'exchange.apply', () => ({
    seen: leanPrepared(db, db.select({ id: changes.id }).from(changes).where(eq(changes.id, sql.placeholder('id')))),
    winner: leanPrepared(
      db,
      db
        .select()
        .from(changes)
        .where(and(eq(changes.tableName, sql.placeholder('table')), eq(changes.rowId, sql.placeholder('row')), eq(changes.field, sql.placeholder('field'))))
        .orderBy(desc(changes.hlc))
        .limit(1),
    ),
    laterEdit: leanPrepared(
      db,
      db
        .select()
        .from(changes)
        .where(
          and(eq(changes.tableName, sql.placeholder('table')), eq(changes.rowId, sql.placeholder('row')), ne(changes.field, 'deletedAt'), gt(changes.hlc, sql.placeholder('hlc'))),
        )
        .orderBy(desc(changes.hlc))
        .limit(1),
    ),
    rowLog: leanPrepared(
      db,
      db
        .select()
        .from(changes)
        .where(and(eq(changes.tableName, sql.placeholder('table')), eq(changes.rowId, sql.placeholder('row'))))
        .orderBy(asc(changes.hlc)),
    ),
  }));
}

type LoggedChange = typeof changes.$inferSelect;
const asSync = (c: LoggedChange): SyncChange => ({ ...c, op: c.op as SyncChange['op'] });

/** The inspection a row of an inspection's record belongs to (to know whether that record is locked). */
function inspectionOf(db: Db, tableName: string, rowId: string): string | null {
  const read = (table: SyncedTable, id: string) => readRowById(db, table, id);
  switch (tableName) {
    case getTableName(inspections):
      return rowId;
    case getTableName(violationMinors): {
      const link = read(violationMinors, rowId);
      return link ? ((read(violations, link.violationId as string)?.inspectionId as string) ?? null) : null;
    }
    case getTableName(commitmentItems): {
      const item = read(commitmentItems, rowId);
      return item ? ((read(commitments, item.commitmentId as string)?.inspectionId as string) ?? null) : null;
    }
    default: {
      const table = syncedTable(tableName)!;
      return 'inspectionId' in getTableColumns(table) ? ((read(table, rowId)?.inspectionId as string | undefined) ?? null) : null;
    }
  }
}

/** Opening an amendment, finalising again, and the amendment rows are how a locked record changes: not conflicts. */
const changesTheLock = (c: SyncChange) =>
  (c.tableName === getTableName(inspections) && ['status', 'finalisedAt', 'finalisedBy'].includes(c.field)) || c.tableName === 'inspection_amendments';

function isLocked(db: Db, c: SyncChange): boolean {
  if (changesTheLock(c)) return false;
  const inspectionId = inspectionOf(db, c.tableName, c.rowId);
  return inspectionId !== null && readRowById(db, inspections, inspectionId)?.status === 'finalised';
}

/**
 * A row as its change log says (each field the value of its latest change; the row's stamp the
 * latest change's): every laptop that holds the same changes writes the same row.
 */
function materialise(db: Db, table: SyncedTable, rowId: string): boolean {
  const log = queries(db).rowLog.all({ table: getTableName(table), row: rowId }) as LoggedChange[];
  if (log.length === 0) return false;
  const columns = getTableColumns(table);
  // Created when first written anywhere: two laptops creating one shared row agree on when.
  const values: Record<string, unknown> = { createdAt: hlcToIso(log[0]!.hlc) };
  for (const c of log) if (c.field in columns && !META.has(c.field)) values[c.field] = c.newValue === null ? null : JSON.parse(c.newValue);
  const latest = log[log.length - 1]!;
  const stamp = { updatedAt: latest.hlc, updatedBy: latest.userId, deviceId: latest.deviceId };
  const existing = readRowById(db, table, rowId);
  if (!existing) {
    insertRowAsReceived(db, table, { ...values, id: rowId, version: 1, ...stamp });
    return true;
  }
  const set: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(values)) if (JSON.stringify(existing[field] ?? null) !== JSON.stringify(value ?? null)) set[field] = value;
  if (Object.keys(set).length === 0 && existing.updatedAt === stamp.updatedAt) return false;
  setColumnsAsReceived(db, table, rowId, { ...set, ...stamp, version: (existing.version as number) + 1 });
  return true;
}

interface Found {
  kind: ConflictKind;
  a: SyncChange;
  b: SyncChange;
}

/** The inbox entry for a pair, with an id every laptop computes alike: found twice, it is one entry. */
function recordConflict(db: Db, ctx: ServiceContext, { kind, a, b }: Found): void {
  const [first, second] = a.hlc < b.hlc ? [a, b] : [b, a];
  upsertRow(db, ctx, conflicts, {
    id: stableId('conflicts', kind, first.tableName, first.rowId, first.field, first.hlc, second.hlc),
    kind,
    tableName: first.tableName,
    rowId: first.rowId,
    field: first.field,
    aValue: first.newValue,
    aHlc: first.hlc,
    aDeviceId: first.deviceId,
    aUser: first.userId,
    bValue: second.newValue,
    bHlc: second.hlc,
    bDeviceId: second.deviceId,
    bUser: second.userId,
  });
}

/**
 * Two laptops may register one establishment twice (same tax code, or same name in the same
 * commune): each such pair becomes an inbox entry with a merge action, once.
 */
function recordDuplicates(db: Db, ctx: ServiceContext, ids: string[]): number {
  let count = 0;
  for (const id of ids) {
    const e = readRowById(db, establishments, id);
    if (!e || e.deletedAt) continue;
    for (const twin of duplicateWarnings(db, e as never, id)) {
      const other = readRowById(db, establishments, twin.establishmentId)!;
      const [first, second] = [e, other].sort((x, y) => (String(x.id) < String(y.id) ? -1 : 1));
      const conflictId = stableId('conflicts', 'duplicate_establishment', String(first!.id), String(second!.id));
      if (readRowById(db, conflicts, conflictId)) continue;
      upsertRow(db, ctx, conflicts, {
        id: conflictId,
        kind: 'duplicate_establishment',
        tableName: 'establishments',
        rowId: String(first!.id),
        field: 'id',
        aValue: JSON.stringify(first!.id),
        aHlc: String(first!.updatedAt),
        aDeviceId: String(first!.deviceId ?? ''),
        aUser: String(first!.updatedBy),
        bValue: JSON.stringify(second!.id),
        bHlc: String(second!.updatedAt),
        bDeviceId: String(second!.deviceId ?? ''),
        bUser: String(second!.updatedBy),
      });
      count++;
    }
  }
  return count;
}

/**
 * Merges changes made on other laptops (exchange.md §7), inside the caller's transaction: each
 * new change is judged (conflicts found) and logged, then every row it touched is rewritten
 * from its change log. Importing the same changes twice changes nothing.
 */
export function applyChanges(db: Db, ctx: ServiceContext, incoming: SyncChange[]): ApplyOutcome {
  const q = queries(db);
  const sorted = incoming.map((c) => [c, checkChange(c)] as const).sort(([a], [b]) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : a.id < b.id ? -1 : 1));
  const touched = new Map<SyncedTable, Set<string>>();
  const found: Found[] = [];
  let newChanges = 0;
  let clockAheadMs = 0;
  for (const [c, table] of sorted) {
    if (q.seen.get({ id: c.id })) continue;
    const key = { table: c.tableName, row: c.rowId };
    const winner = q.winner.get({ ...key, field: c.field }) as LoggedChange | undefined;
    const deletion = c.field === 'deletedAt' ? undefined : (q.winner.get({ ...key, field: 'deletedAt' }) as LoggedChange | undefined);
    const laterEdit = isDeletion(c) ? (q.laterEdit.get({ ...key, hlc: c.hlc }) as LoggedChange | undefined) : undefined;
    const verdict = judge(c, {
      seen: false,
      winner: winner ? asSync(winner) : null,
      earlierDeletion: deletion && isDeletion(deletion) && deletion.hlc < c.hlc ? asSync(deletion) : null,
      laterEdit: laterEdit ? asSync(laterEdit) : null,
      locked: isLocked(db, c),
    });
    if (verdict.action === 'skip') continue;
    if (verdict.conflict) found.push({ kind: verdict.conflict.kind, a: verdict.conflict.other, b: c });
    logReceivedChange(db, c);
    newChanges++;
    clockAheadMs = Math.max(clockAheadMs, ctx.clock.receive(c.hlc, ctx.now().getTime()).aheadMs);
    const rows = touched.get(table) ?? new Set<string>();
    rows.add(c.rowId);
    touched.set(table, rows);
  }
  const written: Record<string, number> = {};
  for (const table of SYNCED_TABLES) {
    for (const rowId of touched.get(table) ?? []) {
      if (materialise(db, table, rowId)) written[getTableName(table)] = (written[getTableName(table)] ?? 0) + 1;
    }
  }
  for (const rowId of touched.get(establishments) ?? []) writeSearchRow(db, rowId);
  for (const f of found) recordConflict(db, ctx, f);
  const duplicates = recordDuplicates(db, ctx, [...(touched.get(establishments) ?? [])]);
  return { newChanges, rows: written, conflicts: found.length + duplicates, clockAheadMs };
}
