import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { establishments, plans, planTargets } from '../../db/schema';
import { checkVersion, deleteRow, insertRow, patchRow, touchRow, writeTx } from '../../db/write-path';
import type { CommandOutput, CommandParsedInput } from '../../shared/commands';
import { CommandError } from '../../shared/errors';
import { shortDate } from '../../shared/labels/text';
import { riskPriority } from '../../shared/plans/risk-priority';
import type { PlanDetail } from '../../shared/schemas/plan';
import { todayInVietnam, type ServiceContext } from './context';
import { searchEstablishments } from './establishments';
import { planDetail, requireEditablePlan } from './plan-guard';
import { loadRiskFacts } from './risk-facts';
import { notFound } from './rows';

const WHAT = 'cơ sở trong kế hoạch';

function checkVisitDate(plan: { periodStart: string; periodEnd: string }, visitDate: string | undefined, path: (string | number)[]): void {
  if (visitDate && (visitDate < plan.periodStart || visitDate > plan.periodEnd)) {
    const message = `Ngày kiểm tra phải nằm trong thời gian của kế hoạch (${shortDate(plan.periodStart)} – ${shortDate(plan.periodEnd)})`;
    throw new CommandError('VALIDATION', message, [{ path, message }]);
  }
}

/** Establishments already in the plan (live targets). */
function establishmentsInPlan(db: Db, planId: string): Set<string> {
  const rows = db
    .select({ id: planTargets.establishmentId })
    .from(planTargets)
    .where(and(eq(planTargets.planId, planId), isNull(planTargets.deletedAt)))
    .all();
  return new Set(rows.map((r) => r.id));
}

/** Adds establishments to the schedule, each with its risk score and reasons as of today; one already in the plan is skipped. */
export function addTargets(db: Db, input: CommandParsedInput<'plans.addTargets'>, ctx: ServiceContext): PlanDetail {
  return writeTx(db, () => {
    const plan = requireEditablePlan(db, input.planId);
    checkVersion(db, plans, input.planId, { expectedVersion: input.expectedVersion, what: 'kế hoạch' });
    const existing = establishmentsInPlan(db, input.planId);
    const ids = input.targets.map((t) => t.establishmentId);
    const today = todayInVietnam(ctx);
    const facts = loadRiskFacts(db, ids, today);
    const alive = new Set(
      db
        .select({ id: establishments.id })
        .from(establishments)
        .where(and(inArray(establishments.id, ids), isNull(establishments.deletedAt)))
        .all()
        .map((e) => e.id),
    );
    let added = 0;
    input.targets.forEach((t, i) => {
      const f = facts.get(t.establishmentId);
      if (!f || !alive.has(t.establishmentId)) {
        const message = 'Cơ sở không có trong danh sách (hoặc đã bị xóa)';
        throw new CommandError('VALIDATION', message, [{ path: ['targets', i, 'establishmentId'], message }]);
      }
      checkVisitDate(plan, t.visitDate, ['targets', i, 'visitDate']);
      if (existing.has(t.establishmentId)) return;
      existing.add(t.establishmentId);
      const risk = riskPriority(f, today);
      insertRow(db, ctx, planTargets, {
        planId: input.planId,
        establishmentId: t.establishmentId,
        visitDate: t.visitDate ?? null,
        timeSlot: t.timeSlot,
        subTeam: t.subTeam ?? null,
        notes: t.notes ?? null,
        priorityScore: risk.score,
        priorityReasons: risk.reasons,
      });
      added++;
    });
    if (added > 0) touchRow(db, plans, input.planId);
    return planDetail(db, input.planId);
  });
}

function requireTarget(db: Db, id: string): { planId: string } {
  const row = db
    .select({ planId: planTargets.planId })
    .from(planTargets)
    .where(and(eq(planTargets.id, id), isNull(planTargets.deletedAt)))
    .get();
  return row ?? notFound(WHAT);
}

/** Sets the visit's whole schedule: day, time slot, sub-team and notes (a field left out is cleared). */
export function updateTarget(db: Db, input: CommandParsedInput<'plans.updateTarget'>, ctx: ServiceContext): PlanDetail {
  return writeTx(db, () => {
    const { planId } = requireTarget(db, input.id);
    const plan = requireEditablePlan(db, planId);
    checkVisitDate(plan, input.visitDate, ['visitDate']);
    const schedule = { visitDate: input.visitDate ?? null, timeSlot: input.timeSlot, subTeam: input.subTeam ?? null, notes: input.notes ?? null };
    const before = checkVersion(db, planTargets, input.id, { expectedVersion: input.expectedVersion, what: WHAT });
    const after = patchRow(db, ctx, planTargets, input.id, schedule, { what: WHAT });
    if (after.version !== before.version) touchRow(db, plans, planId);
    return planDetail(db, planId);
  });
}

export function removeTarget(db: Db, input: CommandParsedInput<'plans.removeTarget'>, ctx: ServiceContext): PlanDetail {
  return writeTx(db, () => {
    const { planId } = requireTarget(db, input.id);
    requireEditablePlan(db, planId);
    deleteRow(db, ctx, planTargets, input.id, { expectedVersion: input.expectedVersion, what: WHAT });
    touchRow(db, plans, planId);
    return planDetail(db, planId);
  });
}

/**
 * Establishments matching the filter and not yet in the plan, highest risk first, each with its
 * reasons: every candidate of the area is scored (read a page at a time), not only the first page.
 */
export function suggestTargets(db: Db, input: CommandParsedInput<'plans.suggestTargets'>, ctx: ServiceContext): CommandOutput<'plans.suggestTargets'> {
  if (!db.select({ id: plans.id }).from(plans).where(eq(plans.id, input.planId)).get()) notFound('kế hoạch');
  const inPlan = establishmentsInPlan(db, input.planId);
  const today = todayInVietnam(ctx);
  const filter = { query: input.query, kind: input.kind, provinceCode: input.provinceCode, communeCode: input.communeCode, parentId: input.parentId, includeDeleted: false };
  type Scored = CommandOutput<'plans.suggestTargets'>[number];
  const order = (a: Scored, b: Scored) => b.score - a.score || a.establishment.name.localeCompare(b.establishment.name, 'vi');
  let best: Scored[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = searchEstablishments(db, { ...filter, limit: PAGE, offset });
    const candidates = page.items.filter((e) => !inPlan.has(e.id));
    const facts = loadRiskFacts(db, candidates.map((e) => e.id), today);
    best = [...best, ...candidates.map((establishment) => ({ establishment, ...riskPriority(facts.get(establishment.id)!, today) }))].sort(order).slice(0, input.limit);
    if (page.items.length < PAGE || offset + PAGE >= page.total) break;
  }
  return best;
}

const PAGE = 500;
