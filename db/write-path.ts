import { Column, eq, getTableColumns, getTableName, is, SQL, sql, type InferInsertModel, type InferSelectModel } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { CommandError } from '../shared/errors';
import { hlcToIso, type HlcClock } from '../shared/sync/hlc';
import type { Db } from './client';
import { newId } from './ids';
import { leanPrepared } from './fast-read';
import { preparedQuery } from './prepared';
import { changes } from './schema';

/** Who writes, from which device, on which clock: what the write path stamps on every row. */
export interface WriteContext {
  actor: string;
  deviceId: string;
  clock: HlcClock;
  now: () => Date;
}

export type ChangeOp = 'insert' | 'update' | 'delete' | 'restore';

/** The metadata columns (schema.ts `rowMeta`): only this module writes them. */
const META_KEYS = ['createdAt', 'updatedAt', 'deletedAt', 'updatedBy', 'version', 'deviceId'] as const;
type MetaKey = (typeof META_KEYS)[number];

/** A synced table: an `id` primary key and the row metadata. */
export type SyncedTable = SQLiteTable & { id: SQLiteColumn; version: SQLiteColumn; deletedAt: SQLiteColumn };
export type Row<T extends SyncedTable> = InferSelectModel<T>;
export type NewRow<T extends SyncedTable> = Omit<InferInsertModel<T>, MetaKey | 'id'> & { id?: string };
/** Omitted = unchanged; `null` = cleared. */
export type Patch<T extends SyncedTable> = Partial<Omit<InferInsertModel<T>, MetaKey | 'id'>>;

interface WriteOptions {
  /** The version the user loaded; a different current version answers CONFLICT. */
  expectedVersion?: number;
  /** The record in Vietnamese, for messages ("cơ sở", "người chưa thành niên"). */
  what?: string;
}

type Meta = { version: number; deletedAt: string | null; updatedAt: string; updatedBy: string };
type AnyRow = Record<string, unknown> & Meta & { id: string };

const json = (value: unknown): string => JSON.stringify(value ?? null);

/** Runs `fn` as one BEGIN IMMEDIATE transaction, so a concurrent writer waits out the busy timeout instead of failing. */
export function writeTx<R>(db: Db, fn: () => R): R {
  return db.$client.transaction(fn).immediate();
}

/*
 * Statements are built on drizzle's builder once per connection, table and column set, and
 * reused: building and preparing SQL on every write costs more than the write itself. Values
 * go in by position, encoded by each column's own mapping (JSON, booleans): drizzle would
 * encode a NULL placeholder as "null" text or 0, and its per-run bookkeeping costs more than
 * the insert of one change row.
 */
const slot = (name: string) => sql`${sql.placeholder(name)}`;

interface Writer {
  run(values: Record<string, unknown>): void;
}

function writer(db: Db, key: string, table: SQLiteTable, build: () => { toSQL(): { sql: string; params: unknown[] } }): Writer {
  return preparedQuery(db, key, () => {
    const { sql: text, params } = build().toSQL();
    const names = params.map((p) => (p as { name: string }).name);
    const columns = getTableColumns(table);
    const encoders = names.map((name) => {
      const column = columns[name];
      return column && column.mapToDriverValue !== Column.prototype.mapToDriverValue ? (v: unknown) => column.mapToDriverValue(v) : null;
    });
    const statement = db.$client.prepare(text);
    return {
      run(values) {
        const args = new Array<unknown>(names.length);
        for (let i = 0; i < names.length; i++) {
          const value = values[names[i]!];
          const encode = encoders[i];
          args[i] = value === null || value === undefined ? null : encode ? encode(value) : value;
        }
        statement.run(...args);
      },
    };
  });
}

/** What drizzle would insert for a column left out: its `$default` function or its default value. */
function defaultOf(column: SQLiteColumn): unknown {
  if (column.defaultFn) return column.defaultFn();
  return column.hasDefault && !is(column.default, SQL) ? column.default : null;
}

/** A table's column names and columns, read once (a write of ten fields inserts eleven rows). */
const columnLists = new WeakMap<SQLiteTable, { keys: string[]; columns: SQLiteColumn[]; insertKey: string }>();

function columnListOf(table: SQLiteTable) {
  let list = columnLists.get(table);
  if (!list) {
    const columns = getTableColumns(table);
    list = { keys: Object.keys(columns), columns: Object.values(columns), insertKey: `insert:${getTableName(table)}` };
    columnLists.set(table, list);
  }
  return list;
}

function insertInto(db: Db, table: SQLiteTable, values: Record<string, unknown>): void {
  const { keys, columns, insertKey } = columnListOf(table);
  const withDefaults: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    withDefaults[k] = values[k] === undefined ? defaultOf(columns[i]!) : values[k];
  }
  writer(db, insertKey, table, () => db.insert(table).values(Object.fromEntries(keys.map((k) => [k, slot(k)])) as never)).run(withDefaults);
}

function updateRow(db: Db, table: SyncedTable, id: string, set: Record<string, unknown>): void {
  const keys = Object.keys(set).sort();
  writer(db, `update:${getTableName(table)}:${keys.join(',')}`, table, () =>
    db
      .update(table)
      .set(Object.fromEntries(keys.map((k) => [k, slot(k)])) as never)
      .where(eq(table.id, slot('$id'))),
  ).run({ ...set, $id: id });
}

function readRow(db: Db, table: SyncedTable, id: string): AnyRow | undefined {
  const statement = preparedQuery(db, `select:${getTableName(table)}`, () =>
    leanPrepared(db, db
      .select()
      .from(table)
      .where(eq(table.id, sql.placeholder('id')))),
  );
  return statement.get({ id }) as AnyRow | undefined;
}

function logChanges(db: Db, ctx: WriteContext, hlc: string, table: SyncedTable, rowId: string, op: ChangeOp, fields: [string, unknown, unknown][]): void {
  const tableName = getTableName(table);
  for (const [field, oldValue, newValue] of fields) {
    insertInto(db, changes, {
      id: newId(),
      hlc,
      deviceId: ctx.deviceId,
      userId: ctx.actor,
      tableName,
      rowId,
      field,
      oldValue: op === 'insert' ? null : json(oldValue),
      newValue: json(newValue),
      op,
    });
  }
}

/** The current record and who changed it last: what a stale editor needs to decide. */
export function conflictError(what: string, current: AnyRow): CommandError {
  const at = hlcToIso(current.updatedAt);
  const stamp = new Date(Date.parse(at) + 7 * 3600_000);
  const when = `${stamp.toISOString().slice(11, 16)} ngày ${stamp.toISOString().slice(8, 10)}/${stamp.toISOString().slice(5, 7)}/${stamp.toISOString().slice(0, 4)}`;
  const { version, updatedBy } = current;
  return new CommandError('CONFLICT', `${capitalise(what)} vừa được ${updatedBy} sửa lúc ${when}; hãy xem thay đổi của họ trước khi lưu`, undefined, {
    conflict: { current, updatedBy, updatedAt: at, version },
  });
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function requireRow(db: Db, table: SyncedTable, id: string, options: WriteOptions): AnyRow {
  const row = readRow(db, table, id);
  if (!row) throw new CommandError('NOT_FOUND', `Không tìm thấy ${options.what ?? 'bản ghi'}`);
  if (options.expectedVersion !== undefined && row.version !== options.expectedVersion) throw conflictError(options.what ?? 'bản ghi', row);
  return row;
}

/** Inserts a row with fresh metadata and logs each field it sets. */
export function insertRow<T extends SyncedTable>(db: Db, ctx: WriteContext, table: T, values: NewRow<T>): Row<T> {
  const hlc = ctx.clock.tick(ctx.now().getTime());
  const id = values.id ?? newId();
  const row = {
    ...values,
    id,
    // From the stamp, so a laptop that receives the row writes the same instant.
    createdAt: hlcToIso(hlc),
    updatedAt: hlc,
    updatedBy: ctx.actor,
    deletedAt: null,
    version: 1,
    deviceId: ctx.deviceId,
  };
  insertInto(db, table, row);
  const fields = Object.entries(values).filter(([k, v]) => k !== 'id' && v !== undefined && v !== null);
  logChanges(db, ctx, hlc, table, id, 'insert', fields.map(([k, v]) => [k, null, v]));
  return { ...row, ...normalise(table, row) } as Row<T>;
}

/** Fields as a select would return them: absent optional columns are `null`. */
function normalise(table: SyncedTable, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(getTableColumns(table))) out[key] = row[key] ?? null;
  return out;
}

function applyPatch(db: Db, ctx: WriteContext, table: SyncedTable, before: AnyRow, patch: Record<string, unknown>, op: ChangeOp): AnyRow {
  const changed = Object.entries(patch).filter(([k, v]) => v !== undefined && !(META_KEYS as readonly string[]).includes(k) && k !== 'id' && json(before[k]) !== json(v));
  const deletedAt = 'deletedAt' in patch ? patch.deletedAt : undefined;
  if (changed.length === 0 && (deletedAt === undefined || deletedAt === before.deletedAt)) return before;
  const hlc = ctx.clock.tick(ctx.now().getTime());
  const set: Record<string, unknown> = { ...Object.fromEntries(changed), version: before.version + 1, updatedAt: hlc, updatedBy: ctx.actor, deviceId: ctx.deviceId };
  const logged: [string, unknown, unknown][] = changed.map(([k, v]) => [k, before[k], v]);
  if (deletedAt !== undefined && deletedAt !== before.deletedAt) {
    set.deletedAt = deletedAt;
    logged.push(['deletedAt', before.deletedAt, deletedAt]);
  }
  updateRow(db, table, before.id, set);
  logChanges(db, ctx, hlc, table, before.id, op, logged);
  return { ...before, ...set } as AnyRow;
}

/**
 * Changes only the fields given (omitted = unchanged, `null` = cleared), refuses a stale
 * update, stamps the metadata and logs one change per changed field. Nothing changed → no write.
 */
export function patchRow<T extends SyncedTable>(db: Db, ctx: WriteContext, table: T, id: string, patch: Patch<T>, options: WriteOptions = {}): Row<T> {
  const before = requireRow(db, table, id, options);
  return applyPatch(db, ctx, table, before, patch as Record<string, unknown>, 'update') as Row<T>;
}

/** Soft delete (a tombstone that syncs); answers the row as it now is. */
export function deleteRow<T extends SyncedTable>(db: Db, ctx: WriteContext, table: T, id: string, options: WriteOptions = {}): Row<T> {
  const before = requireRow(db, table, id, options);
  return applyPatch(db, ctx, table, before, { deletedAt: ctx.now().toISOString() }, 'delete') as Row<T>;
}

export function restoreRow<T extends SyncedTable>(db: Db, ctx: WriteContext, table: T, id: string, options: WriteOptions = {}): Row<T> {
  const before = requireRow(db, table, id, options);
  return applyPatch(db, ctx, table, before, { deletedAt: null }, 'restore') as Row<T>;
}

/**
 * A row with a deterministic id (`stableId`): inserted if new, otherwise given these values
 * and revived if it was deleted. Used for links and for rows two laptops must create alike.
 */
export function upsertRow<T extends SyncedTable>(db: Db, ctx: WriteContext, table: T, values: NewRow<T> & { id: string }): Row<T> {
  const before = readRow(db, table, values.id);
  if (!before) return insertRow(db, ctx, table, values);
  const { id: _id, ...fields } = values;
  const revived = applyPatch(db, ctx, table, before, fields, 'update');
  return (revived.deletedAt ? applyPatch(db, ctx, table, revived, { deletedAt: null }, 'restore') : revived) as Row<T>;
}

/**
 * Bumps a parent's version when only its child rows changed (team, representatives…), so
 * another editor holding the old version is told. The version is local: nothing is logged.
 */
export function touchRow(db: Db, table: SyncedTable, id: string): void {
  const row = readRow(db, table, id);
  if (row) updateRow(db, table, id, { version: row.version + 1 });
}

/** Checks the version the user loaded without writing (for edits that only touch child rows). */
export function checkVersion(db: Db, table: SyncedTable, id: string, options: WriteOptions): AnyRow {
  return requireRow(db, table, id, options);
}

// ---- changes made on another laptop (team exchange) ---------------------------------------

/*
 * A change received in a team package is applied as it was made: its own id, HLC, device and
 * user; the row keeps the metadata of the latest change it has. These are for the exchange
 * applier only: every edit made here goes through insertRow / patchRow above.
 */

export function readRowById(db: Db, table: SyncedTable, id: string): Record<string, unknown> | undefined {
  return readRow(db, table, id);
}

export function insertRowAsReceived(db: Db, table: SyncedTable, values: Record<string, unknown>): void {
  insertInto(db, table, values);
}

export function setColumnsAsReceived(db: Db, table: SyncedTable, id: string, set: Record<string, unknown>): void {
  updateRow(db, table, id, set);
}

export function logReceivedChange(db: Db, change: typeof changes.$inferInsert): void {
  insertInto(db, changes, change);
}
