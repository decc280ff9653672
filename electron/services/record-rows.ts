import { getTableName, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  checklistResults,
  commitmentItems,
  commitments,
  dismissedSuggestions,
  inspectionAmendments,
  inspectionParticipants,
  inspectionRepresentatives,
  inspections,
  inspectionTeamMembers,
  minors,
  planCommunes,
  planMembers,
  plans,
  planStatusLog,
  planTargets,
  violationMinors,
  violations,
} from '../../db/schema';
import type { SyncedTable } from '../../db/write-path';

/** Rows of one table, by id: the unit a record's history or a team package is made of. */
export type RowSet = [SyncedTable, string[]];

export function idsWhere(db: Db, table: SyncedTable, column: string, values: readonly string[]): string[] {
  if (values.length === 0) return [];
  const col = (table as unknown as Record<string, Parameters<typeof inArray>[0]>)[column]!;
  return db
    .select({ id: table.id })
    .from(table)
    .where(inArray(col, [...values]))
    .all()
    .map((r) => r.id as string);
}

/** Plans and the rows that belong to them: team, targets, communes, status history. */
export function planRows(db: Db, ids: readonly string[]): RowSet[] {
  const children = (table: SyncedTable): RowSet => [table, idsWhere(db, table, 'planId', ids)];
  return [[plans, [...ids]], children(planMembers), children(planTargets), children(planCommunes), children(planStatusLog)];
}

/** Inspections and every row of their records: team present, people, checklist, minors, violations, commitments. */
export function inspectionRows(db: Db, ids: readonly string[]): RowSet[] {
  const children = (table: SyncedTable): RowSet => [table, idsWhere(db, table, 'inspectionId', ids)];
  const violationIds = idsWhere(db, violations, 'inspectionId', ids);
  const commitmentIds = idsWhere(db, commitments, 'inspectionId', ids);
  return [
    [inspections, [...ids]],
    children(inspectionTeamMembers),
    children(inspectionRepresentatives),
    children(inspectionParticipants),
    children(inspectionAmendments),
    children(checklistResults),
    children(minors),
    children(dismissedSuggestions),
    [violations, violationIds],
    [violationMinors, idsWhere(db, violationMinors, 'violationId', violationIds)],
    [commitments, commitmentIds],
    [commitmentItems, idsWhere(db, commitmentItems, 'commitmentId', commitmentIds)],
  ];
}

/** The row sets as table name → ids, merged. */
export function byTableName(sets: readonly RowSet[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [table, ids] of sets) {
    const name = getTableName(table);
    const set = out.get(name) ?? new Set<string>();
    for (const id of ids) set.add(id);
    out.set(name, set);
  }
  return out;
}
