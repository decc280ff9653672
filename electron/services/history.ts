import { and, desc, eq, getTableName, inArray, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  agencies,
  changes,
  checklistResults,
  commitmentItems,
  commitments,
  dismissedSuggestions,
  establishments,
  inspectionAmendments,
  inspectionParticipants,
  inspectionRepresentatives,
  inspections,
  inspectionTeamMembers,
  minors,
  officials,
  planCommunes,
  planMembers,
  plans,
  planStatusLog,
  planTargets,
  violationMinors,
  violations,
} from '../../db/schema';
import type { SyncedTable } from '../../db/write-path';
import type { CommandParsedInput } from '../../shared/commands';
import { fieldLabel } from '../../shared/field-labels';
import { TABLE_LABELS } from '../../shared/labels/history';
import type { HistoryEntity, HistoryEntry } from '../../shared/schemas/history';
import { hlcToIso } from '../../shared/sync/hlc';

/** Columns kept for the machine (search, order), not shown as changes. */
const HIDDEN_FIELDS = new Set(['nameFolded', 'sortOrder']);

type RowSet = [SyncedTable, string[]];

const idsWhere = (db: Db, table: SyncedTable & Record<string, unknown>, column: string, values: string[]): string[] =>
  values.length === 0
    ? []
    : db
        .select({ id: table.id })
        .from(table)
        .where(inArray(table[column] as never, values))
        .all()
        .map((r) => r.id as string);

/** The rows whose changes make up a record's history: the record itself and the rows that belong to it. */
function rowsOf(db: Db, entity: HistoryEntity, id: string): RowSet[] {
  const own = (table: SyncedTable): RowSet => [table, [id]];
  const children = (table: SyncedTable, column: string): RowSet => [table, idsWhere(db, table as never, column, [id])];
  switch (entity) {
    case 'establishment':
      return [own(establishments)];
    case 'agency':
      return [own(agencies)];
    case 'official':
      return [own(officials)];
    case 'plan':
      return [own(plans), children(planMembers, 'planId'), children(planTargets, 'planId'), children(planCommunes, 'planId'), children(planStatusLog, 'planId')];
    case 'inspection': {
      const violationIds = idsWhere(db, violations as never, 'inspectionId', [id]);
      const commitmentIds = idsWhere(db, commitments as never, 'inspectionId', [id]);
      return [
        own(inspections),
        children(inspectionTeamMembers, 'inspectionId'),
        children(inspectionRepresentatives, 'inspectionId'),
        children(inspectionParticipants, 'inspectionId'),
        children(inspectionAmendments, 'inspectionId'),
        children(checklistResults, 'inspectionId'),
        children(minors, 'inspectionId'),
        children(dismissedSuggestions, 'inspectionId'),
        [violations, violationIds],
        [violationMinors, idsWhere(db, violationMinors as never, 'violationId', violationIds)],
        [commitments, commitmentIds],
        [commitmentItems, idsWhere(db, commitmentItems as never, 'commitmentId', commitmentIds)],
      ];
    }
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
