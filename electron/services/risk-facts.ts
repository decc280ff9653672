import { and, eq, inArray, isNull, lte, max, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client';
import { establishments, plans, planTargets } from '../../db/schema';
import type { RiskFacts } from '../../shared/plans/risk-priority';

const parent = alias(establishments, 'parent');

/**
 * What the risk rules need to know about each establishment. Until inspections are recorded
 * in the app, "inspected" means a target of a completed plan whose visit date has passed.
 */
export function loadRiskFacts(db: Db, establishmentIds: string[], today: string): Map<string, RiskFacts> {
  const facts = new Map<string, RiskFacts>();
  if (establishmentIds.length === 0) return facts;
  const lastInspection = db
    .select({ date: max(planTargets.visitDate) })
    .from(planTargets)
    .innerJoin(plans, eq(plans.id, planTargets.planId))
    .where(
      and(
        eq(planTargets.establishmentId, establishments.id),
        isNull(planTargets.deletedAt),
        isNull(plans.deletedAt),
        eq(plans.status, 'completed'),
        lte(planTargets.visitDate, today),
      ),
    );
  const rows = db
    .select({
      id: establishments.id,
      kind: establishments.kind,
      sector: establishments.sector,
      workersUnder18: establishments.workersUnder18,
      craftVillageName: parent.name,
      lastInspectionDate: sql<string | null>`${lastInspection}`,
    })
    .from(establishments)
    .leftJoin(parent, eq(parent.id, establishments.parentId))
    .where(inArray(establishments.id, establishmentIds))
    .all();
  for (const r of rows) {
    facts.set(r.id, {
      kind: r.kind,
      sector: r.sector ?? undefined,
      workersUnder18: r.workersUnder18 ?? undefined,
      craftVillageName: r.craftVillageName ?? undefined,
      lastInspectionDate: r.lastInspectionDate ?? undefined,
      inspectionsWithViolations: 0,
      openCommitments: 0,
      overdueCommitments: 0,
    });
  }
  return facts;
}
