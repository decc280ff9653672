import { and, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { stableId } from '../../db/ids';
import { agencies, communes, planCommunes, plans, planStatusLog, provinces } from '../../db/schema';
import { checkVersion, insertRow, patchRow, touchRow, writeTx } from '../../db/write-path';
import type { CommandParsedInput } from '../../shared/commands';
import { CommandError, type FieldIssue } from '../../shared/errors';
import { PLAN_STATUS_LABELS } from '../../shared/labels/plan';
import { sentFields } from '../../shared/schemas/patch';
import { approvalIssues, PLAN_TRANSITIONS, planRuleIssues, type Plan, type PlanDetail, type PlanStatus } from '../../shared/schemas/plan';
import { shortDate } from '../../shared/labels/text';
import { foldVietnamese } from '../../shared/text/fold';
import type { ServiceContext } from './context';
import { loadTargets, loadTeam, planDetail, readPlans, requireEditablePlan, requirePlan } from './plan-guard';
import { setList } from './plan-lists';
import { invalid, nullsToUndefined, refuse } from './rows';
import { setDeletedState } from './soft-delete';

/** The document builders read a plan's detail from here. */
export { planDetail } from './plan-guard';

const WHAT = 'kế hoạch';

type Fields = CommandParsedInput<'plans.create'>;

/**
 * Rules the schema cannot see because they need the database. On an update only what was
 * sent is checked, except that the communes must belong to the province as the update leaves both.
 */
function checkReferences(db: Db, sent: Partial<Fields>, merged: Partial<Fields>): void {
  if (sent.issuingAgencyId) {
    const agency = db
      .select({ id: agencies.id })
      .from(agencies)
      .where(and(eq(agencies.id, sent.issuingAgencyId), isNull(agencies.deletedAt)))
      .get();
    if (!agency) invalid('issuingAgencyId', 'Cơ quan ban hành không có trong danh bạ');
  }
  if (sent.provinceCode && !db.select({ code: provinces.code }).from(provinces).where(eq(provinces.code, sent.provinceCode)).get()) {
    invalid('provinceCode', 'Tỉnh/thành phố không có trong danh mục');
  }
  if (sent.communeCodes === undefined && sent.provinceCode === undefined) return;
  const codes = merged.communeCodes ?? [];
  const found = new Map(
    (codes.length === 0 ? [] : db.select({ code: communes.code, provinceCode: communes.provinceCode }).from(communes).where(inArray(communes.code, codes)).all()).map(
      (c) => [c.code, c.provinceCode],
    ),
  );
  for (const code of codes) {
    const provinceCode = found.get(code);
    if (provinceCode === undefined) invalid('communeCodes', `Xã/phường mã ${code} không có trong danh mục`);
    if (merged.provinceCode && provinceCode !== merged.provinceCode) invalid('communeCodes', 'Có xã/phường không thuộc tỉnh/thành phố đã chọn');
  }
}

/** The plan's communes become `codes`, in this order (child rows keyed by commune code). Answers whether any row changed. */
function setCommunes(db: Db, ctx: ServiceContext, planId: string, codes: string[]): boolean {
  const current = db
    .select({ id: planCommunes.id, key: planCommunes.communeCode, deletedAt: planCommunes.deletedAt, version: planCommunes.version })
    .from(planCommunes)
    .where(eq(planCommunes.planId, planId))
    .all();
  const wanted = [...new Set(codes)].map((communeCode, sortOrder) => ({ key: communeCode, values: { planId, communeCode, sortOrder } }));
  return setList(db, ctx, planCommunes, current, wanted, (code) => stableId('plan_communes', planId, code));
}

/** A shorter period may not leave scheduled visits outside it: they are moved or taken out first. */
function visitsOutside(db: Db, planId: string, period: { periodStart: string; periodEnd: string }): FieldIssue[] {
  const outside = loadTargets(db, planId).filter((t) => t.visitDate && (t.visitDate < period.periodStart || t.visitDate > period.periodEnd));
  if (outside.length === 0) return [];
  const shown = outside
    .slice(0, 5)
    .map((t) => `«${t.establishmentName}» (${shortDate(t.visitDate!)})`)
    .join(', ');
  const more = outside.length > 5 ? ` và ${outside.length - 5} cơ sở khác` : '';
  const path = period.periodStart > outside[0]!.visitDate! ? 'periodStart' : 'periodEnd';
  return [
    {
      path: [path],
      message: `Còn ${outside.length} cơ sở có lịch kiểm tra ngoài thời gian ${shortDate(period.periodStart)} – ${shortDate(period.periodEnd)}: ${shown}${more}. Đổi ngày kiểm tra các cơ sở này trước khi rút ngắn thời gian kế hoạch`,
    },
  ];
}

function logStatus(db: Db, ctx: ServiceContext, planId: string, fromStatus: PlanStatus | null, toStatus: PlanStatus, note?: string): void {
  insertRow(db, ctx, planStatusLog, { planId, fromStatus, toStatus, at: ctx.now().toISOString(), actor: ctx.actor, note: note ?? null });
}

export function createPlan(db: Db, input: CommandParsedInput<'plans.create'>, ctx: ServiceContext): PlanDetail {
  const { communeCodes, ...fields } = input;
  return writeTx(db, () => {
    checkReferences(db, input, input);
    const plan = insertRow(db, ctx, plans, { ...fields, status: 'draft' });
    setCommunes(db, ctx, plan.id, communeCodes);
    logStatus(db, ctx, plan.id, null, 'draft');
    return planDetail(db, plan.id);
  });
}

/** Changes only the fields sent; the period is checked on the record as the update leaves it. */
export function updatePlan(db: Db, input: CommandParsedInput<'plans.update'>, ctx: ServiceContext): PlanDetail {
  const { id, expectedVersion, ...patch } = input;
  return writeTx(db, () => {
    const before = requireEditablePlan(db, id);
    checkVersion(db, plans, id, { expectedVersion, what: WHAT });
    const sent = sentFields(patch);
    const merged = { ...nullsToUndefined(before), ...nullsToUndefined(sent) } as Partial<Fields>;
    refuse(planRuleIssues(merged));
    if (sent.periodStart !== undefined || sent.periodEnd !== undefined) refuse(visitsOutside(db, id, merged as { periodStart: string; periodEnd: string }));
    checkReferences(db, nullsToUndefined(sent) as Partial<Fields>, merged);
    const { communeCodes, ...planPatch } = sent;
    const patched = patchRow(db, ctx, plans, id, planPatch, { what: WHAT });
    const communesChanged = communeCodes !== undefined && setCommunes(db, ctx, id, communeCodes);
    if (communesChanged && patched.version === before.version) touchRow(db, plans, id);
    return planDetail(db, id);
  });
}

export function setPlanStatus(db: Db, input: CommandParsedInput<'plans.setStatus'>, ctx: ServiceContext): PlanDetail {
  return writeTx(db, () => {
    const plan = requirePlan(db, input.id);
    if (plan.deletedAt) throw new CommandError('CONFLICT', 'Kế hoạch đã bị xóa');
    checkVersion(db, plans, input.id, { expectedVersion: input.expectedVersion, what: WHAT });
    if (!PLAN_TRANSITIONS[plan.status].includes(input.status)) {
      throw new CommandError('CONFLICT', `Không thể chuyển kế hoạch từ «${PLAN_STATUS_LABELS[plan.status]}» sang «${PLAN_STATUS_LABELS[input.status]}»`);
    }
    if (input.status === 'approved') {
      refuse(approvalIssues(plan));
      const leaders = loadTeam(db, input.id).filter((m) => m.role === 'leader').length;
      if (leaders !== 1) {
        throw new CommandError('CONFLICT', leaders === 0 ? 'Chưa có Trưởng đoàn: đoàn kiểm tra phải có đúng một Trưởng đoàn trước khi phê duyệt' : `Đoàn kiểm tra có ${leaders} Trưởng đoàn; chỉ được có một`);
      }
    }
    patchRow(db, ctx, plans, input.id, { status: input.status }, { what: WHAT });
    logStatus(db, ctx, input.id, plan.status, input.status, input.note);
    return planDetail(db, input.id);
  });
}

export function listPlans(db: Db, input: CommandParsedInput<'plans.list'>): Plan[] {
  const where: SQL | undefined = and(input.includeDeleted ? undefined : isNull(plans.deletedAt), input.status ? eq(plans.status, input.status) : undefined);
  const needle = input.query ? foldVietnamese(input.query) : '';
  return readPlans(db, where).filter((p) => !needle || foldVietnamese(`${p.number ?? ''} ${p.title}`).includes(needle));
}

export const getPlan = (db: Db, input: { id: string }) => planDetail(db, input.id);

function setDeleted(db: Db, input: CommandParsedInput<'plans.remove'>, ctx: ServiceContext, deleted: boolean): Plan {
  return writeTx(db, () => {
    setDeletedState(db, ctx, plans, input.id, deleted, { what: WHAT, expectedVersion: input.expectedVersion });
    return requirePlan(db, input.id);
  });
}

export const removePlan = (db: Db, input: CommandParsedInput<'plans.remove'>, ctx: ServiceContext) => setDeleted(db, input, ctx, true);
export const restorePlan = (db: Db, input: CommandParsedInput<'plans.restore'>, ctx: ServiceContext) => setDeleted(db, input, ctx, false);
