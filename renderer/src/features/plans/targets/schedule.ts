import type { Inspection } from '../../../../../shared/schemas/inspection';
import type { PlanDetail, PlanTarget, TimeSlot } from '../../../../../shared/schemas/plan';

/** What every schedule view (table, month, week) is given. */
export interface ScheduleViewProps {
  targets: PlanTarget[];
  period: { periodStart: string; periodEnd: string };
  /** Conflict messages per target of this plan. */
  conflicts: Map<string, string[]>;
  readOnly: boolean;
  onEdit: (target: PlanTarget) => void;
  /** Reschedule to a day, and a time slot when the view has slots. */
  onMove: (targetId: string, visitDate: string, timeSlot?: TimeSlot) => void;
  /** The inspection recorded for each target. */
  inspections: Map<string, Inspection>;
  /** Starts a target's inspection; absent when the plan's visits are not under way or the role does not record. */
  onStart?: (target: PlanTarget) => void;
}

/** The conflicting visits of this plan, each with the messages that concern it. */
export function conflictsByTarget(detail: PlanDetail): Map<string, string[]> {
  const byTarget = new Map<string, string[]>();
  for (const conflict of detail.conflicts) {
    for (const visit of conflict.visits.filter((v) => v.planId === detail.plan.id)) {
      byTarget.set(visit.targetId, [...(byTarget.get(visit.targetId) ?? []), conflict.message]);
    }
  }
  return byTarget;
}

/** Visits per YYYY-MM-DD day. */
export function visitsByDay(targets: PlanTarget[]): Map<string, PlanTarget[]> {
  const byDay = new Map<string, PlanTarget[]>();
  for (const t of targets) if (t.visitDate) byDay.set(t.visitDate, [...(byDay.get(t.visitDate) ?? []), t]);
  return byDay;
}

/** The day a calendar opens on: the first scheduled visit, else the start of the plan. */
export const firstDay = (targets: PlanTarget[], periodStart: string): string =>
  targets.map((t) => t.visitDate).filter((d): d is string => Boolean(d)).sort()[0] ?? periodStart;
