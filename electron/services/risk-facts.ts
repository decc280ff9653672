import type { Db } from '../../db/client';
import type { RiskFacts } from '../../shared/plans/risk-priority';

/**
 * What the risk rules need to know about each establishment. Until inspections are recorded
 * in the app, "inspected" means a target of a completed plan whose visit date has passed.
 */
export function loadRiskFacts(db: Db, establishmentIds: string[], today: string): Map<string, RiskFacts> {
  const facts = new Map<string, RiskFacts>();
  if (establishmentIds.length === 0) return facts;
  const rows = db.$client
    .prepare(
      `SELECT e.id, e.kind, e.sector, e.workers_under_18 AS workersUnder18, parent.name AS craftVillageName,
              (SELECT max(t.visit_date) FROM plan_targets t JOIN plans p ON p.id = t.plan_id
                WHERE t.establishment_id = e.id AND t.deleted_at IS NULL AND p.deleted_at IS NULL
                  AND p.status = 'completed' AND t.visit_date <= ?) AS lastInspectionDate
       FROM establishments e LEFT JOIN establishments parent ON parent.id = e.parent_id
       WHERE e.id IN (SELECT value FROM json_each(?))`,
    )
    .all(today, JSON.stringify(establishmentIds)) as {
    id: string;
    kind: string;
    sector: string | null;
    workersUnder18: number | null;
    craftVillageName: string | null;
    lastInspectionDate: string | null;
  }[];
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
