import type { Db } from '../../db/client';
import { newId } from '../../db/ids';
import type { CommandParsedInput, CommandOutput } from '../../shared/commands';
import { CommandError } from '../../shared/errors';
import { riskPriority } from '../../shared/plans/risk-priority';
import type { PlanDetail, PlanTarget, PriorityReason } from '../../shared/schemas/plan';
import { writeAudit } from './audit';
import { todayInVietnam, type ServiceContext } from './context';
import { searchEstablishments } from './establishments';
import { planDetail, requireEditablePlan } from './plans';
import { loadRiskFacts } from './risk-facts';
import { notFound, nullsToUndefined } from './rows';
import { markDeleted } from './soft-delete';

export function loadTargets(db: Db, planId: string): PlanTarget[] {
  const rows = db.$client
    .prepare(
      `SELECT t.id, t.plan_id AS planId, t.establishment_id AS establishmentId, e.name AS establishmentName,
              e.kind AS establishmentKind, e.address, c.name AS communeName, t.visit_date AS visitDate, t.time_slot AS timeSlot,
              t.sub_team AS subTeam, t.notes, t.priority_score AS priorityScore, t.priority_reasons AS priorityReasons
       FROM plan_targets t JOIN establishments e ON e.id = t.establishment_id LEFT JOIN communes c ON c.code = e.commune_code
       WHERE t.plan_id = ? AND t.deleted_at IS NULL
       ORDER BY t.visit_date IS NULL, t.visit_date, CASE t.time_slot WHEN 'morning' THEN 0 WHEN 'all_day' THEN 1 ELSE 2 END, e.name_folded`,
    )
    .all(planId) as (Record<string, unknown> & { priorityReasons: string | null })[];
  return rows.map(({ priorityReasons, ...r }) => ({
    ...(nullsToUndefined(r) as unknown as PlanTarget),
    priorityReasons: priorityReasons ? (JSON.parse(priorityReasons) as PriorityReason[]) : [],
  }));
}

function checkVisitDate(plan: { periodStart: string; periodEnd: string }, visitDate: string | undefined, path: (string | number)[]): void {
  if (visitDate && (visitDate < plan.periodStart || visitDate > plan.periodEnd)) {
    const message = `Ngày kiểm tra phải nằm trong thời gian của kế hoạch (${plan.periodStart} – ${plan.periodEnd})`;
    throw new CommandError('VALIDATION', message, [{ path, message }]);
  }
}

export function addTargets(db: Db, input: CommandParsedInput<'plans.addTargets'>, ctx: ServiceContext): PlanDetail {
  return db.$client.transaction(() => {
    const plan = requireEditablePlan(db, input.planId);
    const sqlite = db.$client;
    const existing = new Set(
      (sqlite.prepare('SELECT establishment_id AS id FROM plan_targets WHERE plan_id = ? AND deleted_at IS NULL').all(input.planId) as { id: string }[]).map((r) => r.id),
    );
    const today = todayInVietnam(ctx);
    const facts = loadRiskFacts(db, input.targets.map((t) => t.establishmentId), today);
    const insert = sqlite.prepare(
      `INSERT INTO plan_targets (id, plan_id, establishment_id, visit_date, time_slot, sub_team, notes, priority_score, priority_reasons,
        created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const now = ctx.now().toISOString();
    input.targets.forEach((t, i) => {
      const f = facts.get(t.establishmentId);
      const alive = f && sqlite.prepare('SELECT 1 FROM establishments WHERE id = ? AND deleted_at IS NULL').get(t.establishmentId);
      if (!alive) {
        const message = 'Cơ sở không có trong danh sách (hoặc đã bị xóa)';
        throw new CommandError('VALIDATION', message, [{ path: ['targets', i, 'establishmentId'], message }]);
      }
      checkVisitDate(plan, t.visitDate, ['targets', i, 'visitDate']);
      if (existing.has(t.establishmentId)) return;
      existing.add(t.establishmentId);
      const risk = riskPriority(f, today);
      insert.run(newId(), input.planId, t.establishmentId, t.visitDate ?? null, t.timeSlot, t.subTeam ?? null, t.notes ?? null, risk.score, JSON.stringify(risk.reasons), now, now, ctx.actor);
    });
    writeAudit(db, ctx, { action: 'update', entity: 'plan', entityId: input.planId, note: `Thêm ${input.targets.length} cơ sở vào kế hoạch` });
    return planDetail(db, input.planId);
  })();
}

function requireTarget(db: Db, id: string): { planId: string; visitDate: string | null; timeSlot: string; subTeam: string | null; notes: string | null } {
  const row = db.$client
    .prepare('SELECT plan_id AS planId, visit_date AS visitDate, time_slot AS timeSlot, sub_team AS subTeam, notes FROM plan_targets WHERE id = ? AND deleted_at IS NULL')
    .get(id) as ReturnType<typeof requireTarget> | undefined;
  return row ?? notFound('cơ sở trong kế hoạch');
}

export function updateTarget(db: Db, input: CommandParsedInput<'plans.updateTarget'>, ctx: ServiceContext): PlanDetail {
  return db.$client.transaction(() => {
    const before = requireTarget(db, input.id);
    const plan = requireEditablePlan(db, before.planId);
    checkVisitDate(plan, input.visitDate, ['visitDate']);
    db.$client
      .prepare('UPDATE plan_targets SET visit_date = ?, time_slot = ?, sub_team = ?, notes = ?, updated_at = ?, updated_by = ? WHERE id = ?')
      .run(input.visitDate ?? null, input.timeSlot, input.subTeam ?? null, input.notes ?? null, ctx.now().toISOString(), ctx.actor, input.id);
    writeAudit(db, ctx, {
      action: 'update',
      entity: 'plan_target',
      entityId: input.id,
      changes: { visitDate: { from: before.visitDate, to: input.visitDate ?? null }, timeSlot: { from: before.timeSlot, to: input.timeSlot } },
    });
    return planDetail(db, before.planId);
  })();
}

export function removeTarget(db: Db, input: { id: string }, ctx: ServiceContext): PlanDetail {
  return db.$client.transaction(() => {
    const target = requireTarget(db, input.id);
    requireEditablePlan(db, target.planId);
    markDeleted(db, ctx, { table: 'plan_targets', entity: 'plan_target', id: input.id });
    return planDetail(db, target.planId);
  })();
}

/** Establishments matching the filter and not yet in the plan, highest risk first, each with its reasons. */
export function suggestTargets(db: Db, input: CommandParsedInput<'plans.suggestTargets'>, ctx: ServiceContext): CommandOutput<'plans.suggestTargets'> {
  const sqlite = db.$client;
  if (!sqlite.prepare('SELECT 1 FROM plans WHERE id = ?').get(input.planId)) notFound('kế hoạch');
  const inPlan = new Set(
    (sqlite.prepare('SELECT establishment_id AS id FROM plan_targets WHERE plan_id = ? AND deleted_at IS NULL').all(input.planId) as { id: string }[]).map((r) => r.id),
  );
  const candidates = searchEstablishments(db, {
    query: input.query,
    kind: input.kind,
    provinceCode: input.provinceCode,
    communeCode: input.communeCode,
    parentId: input.parentId,
    includeDeleted: false,
    limit: 500,
    offset: 0,
  }).items.filter((e) => !inPlan.has(e.id));
  const today = todayInVietnam(ctx);
  const facts = loadRiskFacts(db, candidates.map((e) => e.id), today);
  return candidates
    .map((establishment) => ({ establishment, ...riskPriority(facts.get(establishment.id)!, today) }))
    .sort((a, b) => b.score - a.score || a.establishment.name.localeCompare(b.establishment.name, 'vi'))
    .slice(0, input.limit);
}
