import { eq, getTableName, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { SYNCED_TABLES } from '../../../db/synced-tables';
import {
  agencies,
  conflicts,
  documents,
  establishments,
  inspections,
  inspectionTeamMembers,
  officials,
  planMembers,
  plans,
  planTargets,
  violations,
} from '../../../db/schema';
import { byTableName, idsWhere, inspectionRows, planRows } from '../record-rows';

/** Rows a team shares, by table name; `null` = every synced row (a standing team, or "everything"). */
export type TeamScope = Map<string, Set<string>> | null;

const values = <T>(rows: { v: T | null }[]) => rows.map((r) => r.v).filter((v): v is T => v !== null);

/**
 * What a plan's team shares (issue 12 item 5): the plan, its team, targets and communes, the
 * establishments involved (and their craft villages), the inspections of the plan with every
 * row of their records, the officials and agencies they name, the documents made from them,
 * and the conflicts about any of these. Nothing of other plans.
 */
export function planScope(db: Db, planId: string): Map<string, Set<string>> {
  const targetIds = idsWhere(db, planTargets, 'planId', [planId]);
  const inspectionIds = [...new Set([...idsWhere(db, inspections, 'planId', [planId]), ...idsWhere(db, inspections, 'planTargetId', targetIds)])];
  const establishmentIds = new Set([
    ...values(db.select({ v: planTargets.establishmentId }).from(planTargets).where(eq(planTargets.planId, planId)).all()),
    ...(inspectionIds.length ? values(db.select({ v: inspections.establishmentId }).from(inspections).where(inArray(inspections.id, inspectionIds)).all()) : []),
  ]);
  const villages = establishmentIds.size ? values(db.select({ v: establishments.parentId }).from(establishments).where(inArray(establishments.id, [...establishmentIds])).all()) : [];
  villages.forEach((v) => establishmentIds.add(v));
  const officialIds = new Set([
    ...values(db.select({ v: planMembers.officialId }).from(planMembers).where(eq(planMembers.planId, planId)).all()),
    ...(inspectionIds.length
      ? [
          ...values(db.select({ v: inspectionTeamMembers.officialId }).from(inspectionTeamMembers).where(inArray(inspectionTeamMembers.inspectionId, inspectionIds)).all()),
          ...values(db.select({ v: violations.recordedByOfficialId }).from(violations).where(inArray(violations.inspectionId, inspectionIds)).all()),
        ]
      : []),
  ]);
  const agencyIds = new Set([
    ...values(db.select({ v: plans.issuingAgencyId }).from(plans).where(eq(plans.id, planId)).all()),
    ...(officialIds.size ? values(db.select({ v: officials.agencyId }).from(officials).where(inArray(officials.id, [...officialIds])).all()) : []),
  ]);
  const scope = byTableName([
    ...planRows(db, [planId]),
    ...inspectionRows(db, inspectionIds),
    [establishments, [...establishmentIds]],
    [officials, [...officialIds]],
    [agencies, [...agencyIds]],
    [documents, idsWhere(db, documents, 'sourceId', [planId, ...inspectionIds])],
  ]);
  const open = db.select({ id: conflicts.id, tableName: conflicts.tableName, rowId: conflicts.rowId }).from(conflicts).all();
  scope.set(getTableName(conflicts), new Set(open.filter((c) => scope.get(c.tableName)?.has(c.rowId)).map((c) => c.id)));
  return scope;
}

export const SYNCED_TABLE_NAMES: readonly string[] = SYNCED_TABLES.map((t) => getTableName(t));
