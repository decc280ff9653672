import { and, desc, eq, isNull, ne } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { changes, conflicts, establishments, inspections, planTargets, teamDevices } from '../../../db/schema';
import { syncedTable } from '../../../db/synced-tables';
import { deleteRow, patchRow, readRowById, restoreRow, writeTx } from '../../../db/write-path';
import type { CommandParsedInput } from '../../../shared/commands';
import { CommandError } from '../../../shared/errors';
import { fieldLabel } from '../../../shared/field-labels';
import { TABLE_LABELS } from '../../../shared/labels/history';
import type { ConflictEntry } from '../../../shared/schemas/exchange';
import { LEADERS } from '../../../shared/schemas/user';
import { hlcToIso } from '../../../shared/sync/hlc';
import type { ServiceContext } from '../context';
import { writeSearchRow } from '../establishments';
import { invalid, notFound } from '../rows';

type ConflictRow = typeof conflicts.$inferSelect;

const initials = (name: string) =>
  name
    .trim()
    .split(/\s+/)
    .map((w) => `${w.charAt(0).toUpperCase()}.`)
    .join('');

/** The record a conflict is about, in words: a name for an establishment, initials for a child. */
function recordLabel(db: Db, c: ConflictRow): string {
  const table = syncedTable(c.tableName);
  const row = table ? readRowById(db, table, c.rowId) : undefined;
  if (!row) return TABLE_LABELS[c.tableName] ?? c.tableName;
  if (c.tableName === 'establishments') return String(row.name);
  if (c.tableName === 'inspections') {
    // An inspection has no name: the establishment visited and the day.
    const visited = readRowById(db, establishments, String(row.establishmentId));
    const day = String(row.inspectionDate);
    return `${TABLE_LABELS.inspections} ${visited ? `«${String(visited.name)}» ` : ''}ngày ${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
  }
  if (c.tableName === 'minors') return `${TABLE_LABELS.minors} ${initials(String(row.fullName))}`;
  if (typeof row.name === 'string') return row.name;
  if (typeof row.title === 'string') return row.title;
  if (typeof row.fullName === 'string') return row.fullName;
  return TABLE_LABELS[c.tableName] ?? c.tableName;
}

function deviceLabel(db: Db, deviceId: string): string {
  return db.select({ label: teamDevices.label }).from(teamDevices).where(eq(teamDevices.deviceId, deviceId)).get()?.label ?? deviceId.slice(0, 8);
}

const parse = (v: string | null): unknown => (v === null ? null : JSON.parse(v));

/** The edit of a deletion-against-edit entry (side b): every field that one write changed, with its value. */
function editsOf(db: Db, c: ConflictRow): NonNullable<ConflictEntry['edits']> {
  return db
    .select({ field: changes.field, newValue: changes.newValue })
    .from(changes)
    .where(and(eq(changes.tableName, c.tableName), eq(changes.rowId, c.rowId), eq(changes.hlc, c.bHlc), ne(changes.field, 'deletedAt')))
    .all()
    .map((e) => ({ field: e.field, fieldLabel: fieldLabel([e.field]), value: parse(e.newValue) }));
}

function toEntry(db: Db, c: ConflictRow): ConflictEntry {
  const table = syncedTable(c.tableName);
  const row = table ? readRowById(db, table, c.rowId) : undefined;
  const current = row ? JSON.stringify(row[c.field] ?? null) : null;
  return {
    id: c.id,
    kind: c.kind as ConflictEntry['kind'],
    tableName: c.tableName,
    tableLabel: TABLE_LABELS[c.tableName] ?? c.tableName,
    rowId: c.rowId,
    recordLabel: recordLabel(db, c),
    field: c.field,
    fieldLabel: fieldLabel([c.field]),
    a: { value: parse(c.aValue), at: hlcToIso(c.aHlc), device: deviceLabel(db, c.aDeviceId), user: c.aUser },
    b: { value: parse(c.bValue), at: hlcToIso(c.bHlc), device: deviceLabel(db, c.bDeviceId), user: c.bUser },
    current: c.kind === 'delete_edit' ? (row?.deletedAt ? 'a' : 'b') : current === (c.aValue ?? 'null') ? 'a' : 'b',
    ...(c.kind === 'delete_edit' ? { edits: editsOf(db, c) } : {}),
    ...(c.resolution ? { resolution: c.resolution as NonNullable<ConflictEntry['resolution']> } : {}),
    ...(c.resolvedAt ? { resolvedAt: c.resolvedAt } : {}),
    ...(c.resolvedBy ? { resolvedBy: c.resolvedBy } : {}),
    version: c.version,
  };
}

export function listConflicts(db: Db, input: CommandParsedInput<'exchange.conflicts'>): ConflictEntry[] {
  return db
    .select()
    .from(conflicts)
    .where(and(isNull(conflicts.deletedAt), input.includeResolved ? undefined : isNull(conflicts.resolvedAt)))
    .orderBy(desc(conflicts.bHlc))
    .all()
    .map((c) => toEntry(db, c));
}

/** The inspection whose record a row belongs to is finalised: only a leader settles a conflict there. */
function lockedInspection(db: Db, c: ConflictRow): boolean {
  const row = readRowById(db, syncedTable(c.tableName)!, c.rowId);
  const inspectionId = c.tableName === 'inspections' ? c.rowId : (row?.inspectionId as string | undefined);
  return inspectionId !== undefined && readRowById(db, inspections, inspectionId)?.status === 'finalised';
}

/**
 * "Keep this" or "take the other" writes the chosen value as a new change (it syncs and wins
 * on every laptop); "edit" writes the user's own value; the entry is marked resolved, and
 * that too syncs, so the other laptop's inbox clears at the next exchange.
 */
export function resolveConflict(db: Db, input: CommandParsedInput<'exchange.resolveConflict'>, ctx: ServiceContext): ConflictEntry {
  return writeTx(db, () => {
    const c = db.select().from(conflicts).where(eq(conflicts.id, input.id)).get() ?? notFound('xung đột');
    if (c.resolvedAt) throw new CommandError('CONFLICT', 'Xung đột này đã được xử lý');
    if ((c.kind === 'locked_record' || lockedInspection(db, c)) && !LEADERS.includes(ctx.role)) {
      throw new CommandError('FORBIDDEN', 'Xung đột trong biên bản đã khóa: chỉ trưởng đoàn hoặc quản trị xử lý được');
    }
    const table = syncedTable(c.tableName) ?? notFound('bản ghi');
    let resolution: NonNullable<ConflictEntry['resolution']> = 'dismissed';
    const aboutDeletion = input.choice === 'restore' || input.choice === 'keep_deleted';
    if (c.kind === 'delete_edit' && (input.choice === 'b' || input.choice === 'value')) {
      // Side b is another field's value: written into the deletion stamp it would mean nothing.
      invalid('choice', 'Bản ghi bị xóa ở một máy và sửa ở máy kia: chọn «Khôi phục (giữ bản sửa)» hoặc «Giữ xóa»');
    }
    if (aboutDeletion && c.kind !== 'delete_edit') invalid('choice', 'Chỉ bản ghi bị xóa ở một máy và sửa ở máy kia mới khôi phục hoặc giữ xóa được');
    if (aboutDeletion || (c.kind === 'delete_edit' && input.choice === 'a')) {
      resolution = settleDeletion(db, ctx, c, input.choice === 'restore');
    } else if (input.choice !== 'dismiss') {
      let value: unknown;
      if (input.choice === 'value') {
        if (input.value === undefined) invalid('value', 'Nhập giá trị mới');
        try {
          value = JSON.parse(input.value!);
        } catch {
          invalid('value', 'Giá trị không hợp lệ');
        }
      } else value = parse(input.choice === 'a' ? c.aValue : c.bValue);
      // A new change, later than both sides: it wins everywhere once exchanged.
      patchRow(db, ctx, table, c.rowId, { [c.field]: value } as never, { what: TABLE_LABELS[c.tableName]?.toLowerCase() ?? 'bản ghi' });
      if (c.tableName === 'establishments') writeSearchRow(db, c.rowId);
      resolution = input.choice === 'a' ? 'kept_a' : input.choice === 'b' ? 'kept_b' : 'edited';
    }
    patchRow(db, ctx, conflicts, c.id, { resolution, resolvedAt: ctx.now().toISOString(), resolvedBy: ctx.actor }, { expectedVersion: input.expectedVersion, what: 'xung đột' });
    return toEntry(db, db.select().from(conflicts).where(eq(conflicts.id, c.id)).get()!);
  });
}

/**
 * A record deleted on one laptop and edited on another holds both (the edit is in its fields,
 * the deletion stands). Restoring it is a new change (deletedAt cleared) that wins everywhere,
 * so it comes back with the edit on every laptop; keeping it deleted needs no change unless it
 * was restored here meanwhile. Every open entry of the same kind about the record settles with it.
 */
function settleDeletion(db: Db, ctx: ServiceContext, c: ConflictRow, restore: boolean): 'restored' | 'kept_deleted' {
  const table = syncedTable(c.tableName)!;
  const row = readRowById(db, table, c.rowId) ?? notFound('bản ghi');
  const what = { what: TABLE_LABELS[c.tableName]?.toLowerCase() ?? 'bản ghi' };
  if (restore && row.deletedAt) restoreRow(db, ctx, table, c.rowId, what);
  if (!restore && !row.deletedAt) deleteRow(db, ctx, table, c.rowId, what);
  if (c.tableName === 'establishments') writeSearchRow(db, c.rowId);
  const resolution = restore ? 'restored' : 'kept_deleted';
  const others = db
    .select({ id: conflicts.id })
    .from(conflicts)
    .where(and(eq(conflicts.kind, 'delete_edit'), eq(conflicts.tableName, c.tableName), eq(conflicts.rowId, c.rowId), isNull(conflicts.resolvedAt), ne(conflicts.id, c.id)))
    .all();
  for (const o of others) patchRow(db, ctx, conflicts, o.id, { resolution, resolvedAt: ctx.now().toISOString(), resolvedBy: ctx.actor });
  return resolution;
}

/** Two records of one establishment (registered on two laptops): every linked record moves to the one kept. */
export function mergeEstablishments(db: Db, input: CommandParsedInput<'exchange.mergeEstablishments'>, ctx: ServiceContext) {
  if (input.id === input.intoId) invalid('intoId', 'Chọn hai cơ sở khác nhau');
  return writeTx(db, () => {
    const from = readRowById(db, establishments, input.id) ?? notFound('cơ sở');
    if (!readRowById(db, establishments, input.intoId)) notFound('cơ sở giữ lại');
    let moved = 0;
    const move = (table: typeof planTargets | typeof inspections, column: 'establishmentId') => {
      for (const r of db.select({ id: table.id }).from(table).where(eq(table[column], input.id)).all()) {
        patchRow(db, ctx, table, r.id, { [column]: input.intoId } as never);
        moved++;
      }
    };
    move(planTargets, 'establishmentId');
    move(inspections, 'establishmentId');
    for (const r of db.select({ id: establishments.id }).from(establishments).where(eq(establishments.parentId, input.id)).all()) {
      patchRow(db, ctx, establishments, r.id, { parentId: input.intoId });
      writeSearchRow(db, r.id);
      moved++;
    }
    if (!from.deletedAt) deleteRow(db, ctx, establishments, input.id);
    writeSearchRow(db, input.id);
    for (const c of db.select().from(conflicts).where(and(eq(conflicts.kind, 'duplicate_establishment'), isNull(conflicts.resolvedAt))).all()) {
      if ([c.rowId, c.aValue, c.bValue].some((v) => v === input.id || v === JSON.stringify(input.id))) {
        patchRow(db, ctx, conflicts, c.id, { resolution: 'merged', resolvedAt: ctx.now().toISOString(), resolvedBy: ctx.actor });
      }
    }
    return { movedRecords: moved };
  });
}
