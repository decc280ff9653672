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
    anyChange: leanPrepared(
      db,
      db
        .select({ id: changes.id })
        .from(changes)
        .where(and(eq(changes.tableName, sql.placeholder('table')), eq(changes.rowId, sql.placeholder('row'))))
        .limit(1),
    ),
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

/** Opening an amendment, finalising again, and the amendment rows are how a locked record changes: not conflicts. */
const changesTheLock = (c: SyncChange) =>
  (c.tableName === getTableName(inspections) && ['status', 'finalisedAt', 'finalisedBy'].includes(c.field)) || c.tableName === 'inspection_amendments';

const parent: Record<string, [SyncedTable, string] | undefined> = {
  [getTableName(violationMinors)]: [violations, 'violationId'],
  [getTableName(commitmentItems)]: [commitments, 'commitmentId'],
};

/**
 * What one import has learnt so far, in HLC order: the changes of rows this laptop had never
 * seen (their winners need no query), which inspection each row belongs to, and the status
 * each inspection has reached (an amendment in the package reopens its record before its
 * edits are judged).
 */
class ImportState {
  private readonly fresh = new Map<string, Map<string, LoggedChange>>();
  private readonly known = new Set<string>();
  private readonly inspectionOfRow = new Map<string, string | null>();
  private readonly status = new Map<string, string>();

  constructor(private readonly db: Db) {}

  private isFresh(table: string, row: string): boolean {
    const key = `${table}|${row}`;
    if (this.fresh.has(key)) return true;
    if (this.known.has(key)) return false;
    if (queries(this.db).anyChange.get({ table, row })) {
      this.known.add(key);
      return false;
    }
    this.fresh.set(key, new Map());
    return true;
  }

  winner(table: string, row: string, field: string): LoggedChange | undefined {
    if (this.isFresh(table, row)) return this.fresh.get(`${table}|${row}`)!.get(field);
    return queries(this.db).winner.get({ table, row, field }) as LoggedChange | undefined;
  }

  laterEdit(table: string, row: string, hlc: string): LoggedChange | undefined {
    if (this.isFresh(table, row)) {
      const later = [...this.fresh.get(`${table}|${row}`)!.values()].filter((c) => c.field !== 'deletedAt' && c.hlc > hlc);
      return later.sort((a, b) => (a.hlc < b.hlc ? 1 : -1))[0];
    }
    return queries(this.db).laterEdit.get({ table, row, hlc }) as LoggedChange | undefined;
  }

  logged(c: SyncChange): void {
    const fields = this.fresh.get(`${c.tableName}|${c.rowId}`);
    if (fields) fields.set(c.field, c as LoggedChange);
    if (c.tableName === getTableName(inspections) && c.field === 'status' && c.newValue) {
      const current = this.winner(c.tableName, c.rowId, 'status');
      if (!current || current.hlc <= c.hlc) this.status.set(c.rowId, JSON.parse(c.newValue) as string);
    }
  }

  /** The value of a field of a row as this import sees it (its own fresh changes, else the table). */
  private field(table: SyncedTable, row: string, field: string): unknown {
    const fresh = this.fresh.get(`${getTableName(table)}|${row}`)?.get(field);
    if (fresh?.newValue) return JSON.parse(fresh.newValue);
    return readRowById(this.db, table, row)?.[field];
  }

  private inspectionOf(tableName: string, row: string): string | null {
    const key = `${tableName}|${row}`;
    if (!this.inspectionOfRow.has(key)) {
      const table = syncedTable(tableName)!;
      let id: string | null = null;
      if (tableName === getTableName(inspections)) id = row;
      else if (parent[tableName]) {
        const [parentTable, column] = parent[tableName]!;
        const parentId = this.field(table, row, column) as string | undefined;
        id = parentId ? ((this.field(parentTable, parentId, 'inspectionId') as string | undefined) ?? null) : null;
      } else if ('inspectionId' in getTableColumns(table)) id = (this.field(table, row, 'inspectionId') as string | undefined) ?? null;
      this.inspectionOfRow.set(key, id);
    }
    return this.inspectionOfRow.get(key)!;
  }

  locked(c: SyncChange): boolean {
    if (changesTheLock(c)) return false;
    const id = this.inspectionOf(c.tableName, c.rowId);
    if (id === null) return false;
    return (this.status.get(id) ?? readRowById(this.db, inspections, id)?.status) === 'finalised';
  }
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
  const state = new ImportState(db);
  const sorted = incoming.map((c) => [c, checkChange(c)] as const).sort(([a], [b]) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : a.id < b.id ? -1 : 1));
  const touched = new Map<SyncedTable, Set<string>>();
  const found: Found[] = [];
  let newChanges = 0;
  let clockAheadMs = 0;
  for (const [c, table] of sorted) {
    if (q.seen.get({ id: c.id })) continue;
    const winner = state.winner(c.tableName, c.rowId, c.field);
    const deletion = c.field === 'deletedAt' ? undefined : state.winner(c.tableName, c.rowId, 'deletedAt');
    const laterEdit = isDeletion(c) ? state.laterEdit(c.tableName, c.rowId, c.hlc) : undefined;
    const verdict = judge(c, {
      seen: false,
      winner: winner ? asSync(winner) : null,
      earlierDeletion: deletion && isDeletion(deletion) && deletion.hlc < c.hlc ? asSync(deletion) : null,
      laterEdit: laterEdit ? asSync(laterEdit) : null,
      locked: state.locked(c),
    });
    if (verdict.action === 'skip') continue;
    if (verdict.conflict) found.push({ kind: verdict.conflict.kind, a: verdict.conflict.other, b: c });
    state.logged(c);
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
