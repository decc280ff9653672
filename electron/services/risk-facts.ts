import { and, countDistinct, eq, gte, inArray, isNull, lt, lte, max, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client';
import { commitmentItems, commitments, establishments, inspections, plans, planTargets, violations } from '../../db/schema';
import type { RiskFacts } from '../../shared/plans/risk-priority';

const parent = alias(establishments, 'parent');

const CHUNK = 500;

/**
 * What the risk rules need to know about each establishment, from what the app recorded: the
 * last inspection (any live inspection dated up to today; before inspections were recorded in
 * the app, a target of a completed plan whose visit date has passed also counts), the
 * inspections that found a violation, and the commitment items still open from every
 * inspection, overdue when their deadline has passed.
 */
export function loadRiskFacts(db: Db, establishmentIds: string[], today: string): Map<string, RiskFacts> {
  const facts = new Map<string, RiskFacts>();
  for (let i = 0; i < establishmentIds.length; i += CHUNK) {
    for (const [id, f] of loadChunk(db, establishmentIds.slice(i, i + CHUNK), today)) facts.set(id, f);
  }
  return facts;
}

function loadChunk(db: Db, ids: string[], today: string): Map<string, RiskFacts> {
  const facts = new Map<string, RiskFacts>();
  if (ids.length === 0) return facts;
  const visitedInPlan = db
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
      visitedInPlan: sql<string | null>`(${visitedInPlan})`,
    })
    .from(establishments)
    .leftJoin(parent, eq(parent.id, establishments.parentId))
    .where(inArray(establishments.id, ids))
    .all();

  const live = and(inArray(inspections.establishmentId, ids), isNull(inspections.deletedAt), lte(inspections.inspectionDate, today));
  const recorded = new Map(
    db
      .select({ id: inspections.establishmentId, last: max(inspections.inspectionDate) })
      .from(inspections)
      .where(live)
      .groupBy(inspections.establishmentId)
      .all()
      .map((r) => [r.id, r.last]),
  );
  const withViolations = new Map(
    db
      .select({ id: inspections.establishmentId, n: countDistinct(inspections.id) })
      .from(inspections)
      .innerJoin(violations, and(eq(violations.inspectionId, inspections.id), isNull(violations.deletedAt)))
      .where(live)
      .groupBy(inspections.establishmentId)
      .all()
      .map((r) => [r.id, r.n]),
  );
  const openItems = (due: SQL) =>
    new Map(
      db
        .select({ id: inspections.establishmentId, n: sql<number>`count(*)` })
        .from(commitmentItems)
        .innerJoin(commitments, and(eq(commitments.id, commitmentItems.commitmentId), isNull(commitments.deletedAt)))
        .innerJoin(inspections, eq(inspections.id, commitments.inspectionId))
        .where(and(inArray(inspections.establishmentId, ids), isNull(inspections.deletedAt), isNull(commitmentItems.deletedAt), eq(commitmentItems.status, 'open'), due))
        .groupBy(inspections.establishmentId)
        .all()
        .map((r) => [r.id, r.n]),
    );
  const overdue = openItems(lt(commitmentItems.deadline, today));
  const open = openItems(gte(commitmentItems.deadline, today));

  for (const r of rows) {
    const dates = [recorded.get(r.id), r.visitedInPlan].filter((d): d is string => !!d).sort();
    facts.set(r.id, {
      kind: r.kind,
      sector: r.sector ?? undefined,
      workersUnder18: r.workersUnder18 ?? undefined,
      craftVillageName: r.craftVillageName ?? undefined,
      lastInspectionDate: dates.at(-1),
      inspectionsWithViolations: withViolations.get(r.id) ?? 0,
      openCommitments: open.get(r.id) ?? 0,
      overdueCommitments: overdue.get(r.id) ?? 0,
    });
  }
  return facts;
}
