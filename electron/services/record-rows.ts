import { getTableName, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  attachments,
  caseReferrals,
  caseSupports,
  caseVisits,
  checklistResults,
  commitmentChecks,
  followUpCases,
  sanctionDecisions,
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

/**
 * Inspections and every row of their records: team present, people, checklist, minors,
 * violations, commitments and their verdicts at re-inspection, sanction decisions, the
 * follow-up cases of the children found, and the evidence attached to any of these.
 */
export function inspectionRows(db: Db, ids: readonly string[]): RowSet[] {
  const children = (table: SyncedTable): RowSet => [table, idsWhere(db, table, 'inspectionId', ids)];
  const violationIds = idsWhere(db, violations, 'inspectionId', ids);
  const commitmentIds = idsWhere(db, commitments, 'inspectionId', ids);
  const itemIds = idsWhere(db, commitmentItems, 'commitmentId', commitmentIds);
  const minorIds = idsWhere(db, minors, 'inspectionId', ids);
  const caseIds = idsWhere(db, followUpCases, 'inspectionId', ids);
  const visitIds = idsWhere(db, caseVisits, 'caseId', caseIds);
  const owners = [...ids, ...minorIds, ...violationIds, ...itemIds, ...visitIds];
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
    [commitmentItems, itemIds],
    [commitmentChecks, [...idsWhere(db, commitmentChecks, 'reinspectionId', ids), ...idsWhere(db, commitmentChecks, 'commitmentItemId', itemIds)]],
    children(sanctionDecisions),
    [followUpCases, caseIds],
    [caseReferrals, idsWhere(db, caseReferrals, 'caseId', caseIds)],
    [caseSupports, idsWhere(db, caseSupports, 'caseId', caseIds)],
    [caseVisits, visitIds],
    [attachments, idsWhere(db, attachments, 'ownerId', owners)],
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
