import type { Inspection } from '../../../../../shared/schemas/inspection';
import type { Plan } from '../../../../../shared/schemas/plan';
import { useInspectionList } from '../../inspections/queries';

/** A plan whose visits are happening: a target may start its inspection. */
export const visitsUnderWay = (plan: Plan): boolean => (plan.status === 'approved' || plan.status === 'in_progress') && !plan.deletedAt;

/** How far the plan has got: targets with an inspection recorded, and those finalised. */
export interface PlanProgress {
  total: number;
  visited: number;
  finalised: number;
}

/**
 * The inspections recorded for the plan's targets, by target (the latest when a target was
 * inspected twice), and the plan's progress.
 */
export function usePlanInspections(planId: string, targetIds: string[]) {
  const list = useInspectionList({ planId });
  const byTarget = new Map<string, Inspection>();
  for (const inspection of list.data ?? []) {
    if (!inspection.planTargetId || inspection.deletedAt) continue;
    const seen = byTarget.get(inspection.planTargetId);
    if (!seen || seen.inspectionDate < inspection.inspectionDate) byTarget.set(inspection.planTargetId, inspection);
  }
  const recorded = targetIds.map((id) => byTarget.get(id)).filter((i): i is Inspection => Boolean(i));
  const progress: PlanProgress = {
    total: targetIds.length,
    visited: recorded.length,
    finalised: recorded.filter((i) => i.status !== 'draft').length,
  };
  return { byTarget, progress, loading: list.isPending };
}
