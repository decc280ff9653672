import type { Db } from '../../db/client';
import { newId } from '../../db/ids';
import type { CommandParsedInput } from '../../shared/commands';
import { CommandError } from '../../shared/errors';
import { PLAN_TRANSITIONS, type Plan, type PlanDetail, type PlanStatus } from '../../shared/schemas/plan';
import { foldVietnamese } from '../../shared/text/fold';
import { diffFields, writeAudit } from './audit';
import type { ServiceContext } from './context';
import { loadTargets } from './plan-targets';
import { loadTeam } from './plan-team';
import { notFound, nullsToUndefined } from './rows';
import { scheduleConflicts } from './schedule-conflicts';
import { setRowDeleted } from './soft-delete';

const STATUS_LABELS: Record<PlanStatus, string> = {
  draft: 'Dự thảo',
  approved: 'Đã phê duyệt',
  in_progress: 'Đang triển khai',
  completed: 'Đã hoàn thành',
  cancelled: 'Đã hủy',
};

const SELECT = `
  SELECT p.id, p.number, p.title, p.kind, p.issuing_agency_id AS issuingAgencyId, a.name AS issuingAgencyName,
         p.legal_bases AS legalBases, p.purpose, p.content, p.period_start AS periodStart, p.period_end AS periodEnd,
         p.province_code AS provinceCode, pr.name AS provinceName, p.commune_codes AS communeCodes, p.place, p.status,
         p.created_at AS createdAt, p.updated_at AS updatedAt, p.deleted_at AS deletedAt,
         (SELECT count(*) FROM plan_targets t WHERE t.plan_id = p.id AND t.deleted_at IS NULL) AS targetCount,
         (SELECT count(*) FROM plan_members m WHERE m.plan_id = p.id AND m.deleted_at IS NULL) AS memberCount
  FROM plans p
  LEFT JOIN agencies a ON a.id = p.issuing_agency_id
  LEFT JOIN provinces pr ON pr.code = p.province_code`;

type Row = Record<string, unknown> & { deletedAt: string | null; legalBases: string; communeCodes: string };

function toPlan(row: Row): Plan {
  const { deletedAt, legalBases, communeCodes, ...rest } = row;
  return {
    ...(nullsToUndefined(rest) as unknown as Plan),
    legalBases: JSON.parse(legalBases) as string[],
    communeCodes: JSON.parse(communeCodes) as string[],
    deletedAt,
  };
}

export function requirePlan(db: Db, id: string): Plan {
  const row = db.$client.prepare(`${SELECT} WHERE p.id = ?`).get(id) as Row | undefined;
  return row ? toPlan(row) : notFound('kế hoạch');
}

/** Plans that are finished or cancelled, or deleted, are read-only. */
export function requireEditablePlan(db: Db, id: string): Plan {
  const plan = requirePlan(db, id);
  if (plan.deletedAt) throw new CommandError('CONFLICT', 'Kế hoạch đã bị xóa; hãy khôi phục trước khi sửa');
  if (plan.status === 'completed' || plan.status === 'cancelled') {
    throw new CommandError('CONFLICT', `Kế hoạch ${STATUS_LABELS[plan.status].toLowerCase()}, không thể sửa`);
  }
  return plan;
}

export function planDetail(db: Db, id: string): PlanDetail {
  const plan = requirePlan(db, id);
  const history = (
    db.$client
      .prepare('SELECT from_status AS fromStatus, to_status AS toStatus, at, actor, note FROM plan_status_log WHERE plan_id = ? ORDER BY at, rowid')
      .all(id) as Record<string, unknown>[]
  ).map((h) => ({ ...(nullsToUndefined(h) as unknown as PlanDetail['history'][number]), fromStatus: (h.fromStatus as PlanStatus | null) ?? null }));
  return { plan, team: loadTeam(db, id), targets: loadTargets(db, id), history, conflicts: scheduleConflicts(db, id) };
}

function invalid(field: string, message: string): never {
  throw new CommandError('VALIDATION', message, [{ path: [field], message }]);
}

function checkReferences(db: Db, input: { issuingAgencyId?: string; provinceCode?: string; communeCodes: string[] }): void {
  const sqlite = db.$client;
  if (input.issuingAgencyId && !sqlite.prepare('SELECT 1 FROM agencies WHERE id = ? AND deleted_at IS NULL').get(input.issuingAgencyId)) {
    invalid('issuingAgencyId', 'Cơ quan ban hành không có trong danh bạ');
  }
  if (input.provinceCode && !sqlite.prepare('SELECT 1 FROM provinces WHERE code = ?').get(input.provinceCode)) {
    invalid('provinceCode', 'Tỉnh/thành phố không có trong danh mục');
  }
  for (const code of input.communeCodes) {
    const commune = sqlite.prepare('SELECT province_code AS provinceCode FROM communes WHERE code = ?').get(code) as { provinceCode: string } | undefined;
    if (!commune) invalid('communeCodes', `Xã/phường mã ${code} không có trong danh mục`);
    if (input.provinceCode && commune.provinceCode !== input.provinceCode) invalid('communeCodes', 'Có xã/phường không thuộc tỉnh/thành phố đã chọn');
  }
}

type PlanFields = Omit<CommandParsedInput<'plans.update'>, 'id'>;

const values = (p: PlanFields) => [
  p.number ?? null, p.title, p.kind, p.issuingAgencyId ?? null, JSON.stringify(p.legalBases), p.purpose ?? null, p.content ?? null,
  p.periodStart, p.periodEnd, p.provinceCode ?? null, JSON.stringify(p.communeCodes), p.place ?? null,
];

function logStatus(db: Db, ctx: ServiceContext, planId: string, from: PlanStatus | null, to: PlanStatus, note?: string): void {
  db.$client
    .prepare('INSERT INTO plan_status_log (id, plan_id, from_status, to_status, at, actor, note) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(newId(), planId, from, to, ctx.now().toISOString(), ctx.actor, note ?? null);
}

export function createPlan(db: Db, input: CommandParsedInput<'plans.create'>, ctx: ServiceContext): PlanDetail {
  const id = newId();
  const now = ctx.now().toISOString();
  return db.$client.transaction(() => {
    checkReferences(db, input);
    db.$client
      .prepare(
        `INSERT INTO plans (number, title, kind, issuing_agency_id, legal_bases, purpose, content, period_start, period_end,
          province_code, commune_codes, place, id, status, created_at, updated_at, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?)`,
      )
      .run(...values(input), id, now, now, ctx.actor);
    logStatus(db, ctx, id, null, 'draft');
    writeAudit(db, ctx, { action: 'create', entity: 'plan', entityId: id });
    return planDetail(db, id);
  })();
}

export function updatePlan(db: Db, input: CommandParsedInput<'plans.update'>, ctx: ServiceContext): PlanDetail {
  const { id, ...fields } = input;
  return db.$client.transaction(() => {
    const before = requireEditablePlan(db, id);
    checkReferences(db, fields);
    db.$client
      .prepare(
        `UPDATE plans SET number = ?, title = ?, kind = ?, issuing_agency_id = ?, legal_bases = ?, purpose = ?, content = ?,
          period_start = ?, period_end = ?, province_code = ?, commune_codes = ?, place = ?, updated_at = ?, updated_by = ? WHERE id = ?`,
      )
      .run(...values(fields), ctx.now().toISOString(), ctx.actor, id);
    const after = requirePlan(db, id);
    writeAudit(db, ctx, { action: 'update', entity: 'plan', entityId: id, changes: diffFields(flat(before), flat(after)) });
    return planDetail(db, id);
  })();
}

const flat = (p: Plan) => ({ ...p, legalBases: p.legalBases.join('\n'), communeCodes: p.communeCodes.join(',') });

export function setPlanStatus(db: Db, input: CommandParsedInput<'plans.setStatus'>, ctx: ServiceContext): PlanDetail {
  return db.$client.transaction(() => {
    const plan = requirePlan(db, input.id);
    if (plan.deletedAt) throw new CommandError('CONFLICT', 'Kế hoạch đã bị xóa');
    if (!PLAN_TRANSITIONS[plan.status].includes(input.status)) {
      throw new CommandError('CONFLICT', `Không thể chuyển kế hoạch từ «${STATUS_LABELS[plan.status]}» sang «${STATUS_LABELS[input.status]}»`);
    }
    if (input.status === 'approved') {
      const leaders = loadTeam(db, input.id).filter((m) => m.role === 'leader').length;
      if (leaders !== 1) {
        throw new CommandError('CONFLICT', leaders === 0 ? 'Chưa có Trưởng đoàn: đoàn kiểm tra phải có đúng một Trưởng đoàn trước khi phê duyệt' : `Đoàn kiểm tra có ${leaders} Trưởng đoàn; chỉ được có một`);
      }
    }
    db.$client.prepare('UPDATE plans SET status = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(input.status, ctx.now().toISOString(), ctx.actor, input.id);
    logStatus(db, ctx, input.id, plan.status, input.status, input.note);
    writeAudit(db, ctx, { action: 'update', entity: 'plan', entityId: input.id, changes: { status: { from: plan.status, to: input.status } } });
    return planDetail(db, input.id);
  })();
}

export function listPlans(db: Db, input: CommandParsedInput<'plans.list'>): Plan[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (!input.includeDeleted) where.push('p.deleted_at IS NULL');
  if (input.status) {
    where.push('p.status = ?');
    params.push(input.status);
  }
  const rows = db.$client
    .prepare(`${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY p.period_start DESC, p.created_at DESC`)
    .all(...params) as Row[];
  const needle = input.query ? foldVietnamese(input.query) : '';
  return rows.map(toPlan).filter((p) => !needle || foldVietnamese(`${p.number ?? ''} ${p.title}`).includes(needle));
}

export const getPlan = (db: Db, input: { id: string }) => planDetail(db, input.id);

function setDeleted(db: Db, id: string, ctx: ServiceContext, deleted: boolean): Plan {
  return db.$client.transaction(() => {
    setRowDeleted(db, ctx, { table: 'plans', entity: 'plan', label: 'kế hoạch', id }, deleted);
    return requirePlan(db, id);
  })();
}

export const removePlan = (db: Db, input: { id: string }, ctx: ServiceContext) => setDeleted(db, input.id, ctx, true);
export const restorePlan = (db: Db, input: { id: string }, ctx: ServiceContext) => setDeleted(db, input.id, ctx, false);
