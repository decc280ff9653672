import { useTranslation } from 'react-i18next';
import { PLAN_KINDS, PLAN_STATUSES, TEAM_ROLES, TIME_SLOTS, type Plan, type PlanStatus, type TimeSlot } from '../../../../shared/schemas/plan';

export type PlanKind = (typeof PLAN_KINDS)[number];
export type TeamRole = (typeof TEAM_ROLES)[number];

/** Grey while drafting, blue once approved, orange under way, green done, red cancelled. */
export const STATUS_COLORS: Record<PlanStatus, string> = {
  draft: 'default',
  approved: 'blue',
  in_progress: 'orange',
  completed: 'green',
  cancelled: 'red',
};

export const KIND_COLORS: Record<PlanKind, string> = {
  periodic: 'geekblue',
  adhoc: 'volcano',
  follow_up: 'purple',
  thematic: 'cyan',
};

/** Left border of a visit card: morning and afternoon read apart at a glance. */
export const SLOT_COLORS: Record<TimeSlot, string> = { morning: '#1d6fb8', afternoon: '#c2410c', all_day: '#5b21b6' };

/** A finished, cancelled or deleted plan is only shown, never changed (the service refuses too). */
export const isReadOnly = (plan: Plan): boolean => plan.status === 'completed' || plan.status === 'cancelled' || Boolean(plan.deletedAt);

export function usePlanOptions() {
  const { t } = useTranslation();
  return {
    kinds: PLAN_KINDS.map((kind) => ({ value: kind, label: t(`plans.kind.${kind}`) })),
    statuses: PLAN_STATUSES.map((status) => ({ value: status, label: t(`plans.status.${status}`) })),
    roles: TEAM_ROLES.map((role) => ({ value: role, label: t(`plans.role.${role}`) })),
    slots: TIME_SLOTS.map((slot) => ({ value: slot, label: t(`plans.slot.${slot}`) })),
  };
}
