/**
 * The links between an inspection and the inspections it re-inspects (`follows_inspection_id`).
 * No service import here: the inspections service reaches the verdicts through this module's
 * users without a cycle.
 */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { inspections } from '../../../db/schema';

/** Re-inspections chain at most this deep (a re-inspection of a re-inspection …): a guard against a cycle. */
const MAX_CHAIN = 50;

export interface ChainLink {
  id: string;
  establishmentId: string;
  inspectionDate: string;
  number: string | null;
  status: string;
  followsInspectionId: string | null;
  deletedAt: string | null;
}

export function inspectionLink(db: Db, id: string): ChainLink | undefined {
  return db
    .select({
      id: inspections.id,
      establishmentId: inspections.establishmentId,
      inspectionDate: inspections.inspectionDate,
      number: inspections.number,
      status: inspections.status,
      followsInspectionId: inspections.followsInspectionId,
      deletedAt: inspections.deletedAt,
    })
    .from(inspections)
    .where(eq(inspections.id, id))
    .get();
}

/**
 * The inspections whose commitments a re-inspection verifies: the one it follows, and the ones
 * that one follows in turn (a breach found at a re-inspection is verified again at the next).
 */
export function followedChain(db: Db, reinspection: ChainLink): ChainLink[] {
  const chain: ChainLink[] = [];
  const seen = new Set<string>([reinspection.id]);
  let next = reinspection.followsInspectionId;
  while (next && !seen.has(next) && chain.length < MAX_CHAIN) {
    seen.add(next);
    const link = inspectionLink(db, next);
    if (!link) break;
    if (!link.deletedAt) chain.push(link);
    next = link.followsInspectionId;
  }
  return chain;
}

/** Live re-inspections that follow an inspection. */
export function reinspectionsOf(db: Db, inspectionId: string): { id: string; inspectionDate: string; status: string }[] {
  return db
    .select({ id: inspections.id, inspectionDate: inspections.inspectionDate, status: inspections.status })
    .from(inspections)
    .where(and(eq(inspections.followsInspectionId, inspectionId), isNull(inspections.deletedAt)))
    .orderBy(asc(inspections.inspectionDate), asc(inspections.id))
    .all();
}

