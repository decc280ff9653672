import { and, desc, eq, getTableName, inArray, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { agencies, changes, establishments, officials } from '../../db/schema';
import { inspectionRows, planRows, type RowSet } from './record-rows';
import type { CommandParsedInput } from '../../shared/commands';
import { fieldLabel } from '../../shared/field-labels';
import { TABLE_LABELS } from '../../shared/labels/history';
import type { HistoryEntity, HistoryEntry } from '../../shared/schemas/history';
import { hlcToIso } from '../../shared/sync/hlc';

/** Columns kept for the machine (search, order), not shown as changes. */
const HIDDEN_FIELDS = new Set(['nameFolded', 'sortOrder']);

/** The rows whose changes make up a record's history: the record itself and the rows that belong to it. */
function rowsOf(db: Db, entity: HistoryEntity, id: string): RowSet[] {
  switch (entity) {
    case 'establishment':
      return [[establishments, [id]]];
    case 'agency':
      return [[agencies, [id]]];
    case 'official':
      return [[officials, [id]]];
    case 'plan':
      return planRows(db, [id]);
    case 'inspection':
      return inspectionRows(db, [id]);
  }
}

const parse = (value: string | null): unknown => (value === null ? null : JSON.parse(value));

/** Who changed what and when, newest first, read from the change log. */
export function recordHistory(db: Db, input: CommandParsedInput<'history.list'>): HistoryEntry[] {
  const conditions = rowsOf(db, input.entity, input.id)
    .filter(([, ids]) => ids.length > 0)
    .map(([table, ids]) => and(eq(changes.tableName, getTableName(table)), inArray(changes.rowId, ids)) as SQL);
  return db
    .select()
    .from(changes)
    .where(or(...conditions))
    .orderBy(desc(changes.hlc), changes.tableName, changes.field)
    .limit(input.limit)
    .all()
    .filter((c) => !HIDDEN_FIELDS.has(c.field))
    .map((c) => ({
      at: hlcToIso(c.hlc),
      hlc: c.hlc,
      user: c.userId,
      deviceId: c.deviceId,
      op: c.op as HistoryEntry['op'],
      table: c.tableName,
      tableLabel: TABLE_LABELS[c.tableName] ?? c.tableName,
      rowId: c.rowId,
      field: c.field,
      fieldLabel: fieldLabel([c.field]),
      oldValue: parse(c.oldValue),
      newValue: parse(c.newValue),
    }));
}
