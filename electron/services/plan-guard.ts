import { and, asc, desc, eq, getTableColumns, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { leanPrepared } from '../../db/fast-read';
import { preparedQuery } from '../../db/prepared';
import { agencies, communes, establishments, officials, planCommunes, planMembers, plans, planStatusLog, planTargets, provinces } from '../../db/schema';
import { CommandError } from '../../shared/errors';
import { PLAN_STATUS_LABELS } from '../../shared/labels/plan';
import type { Plan, PlanDetail, PlanStatus, PlanTarget, PriorityReason, TeamMember } from '../../shared/schemas/plan';
import { visitWarnings } from '../../shared/plans/schedule';
import { notFound, nullsToUndefined, recordMeta } from './rows';
import { scheduleConflicts } from './schedule-conflicts';

/**
 * What every plan command reads and checks: the plan with its names and counts, its team,
 * targets and status history, and the guards before an edit. The plan services import this
 * module and never each other.
 */

/** The plan's columns but the superseded JSON list of communes (now plan_communes). */
const { legacyCommuneCodes: _legacy, ...planColumns } = getTableColumns(plans);

function selectPlans(db: Db) {
  return db
    .select({
      ...planColumns,
      issuingAgencyName: agencies.name,
      provinceName: provinces.name,
      targetCount: db.$count(planTargets, and(eq(planTargets.planId, plans.id), isNull(planTargets.deletedAt))),
      memberCount: db.$count(planMembers, and(eq(planMembers.planId, plans.id), isNull(planMembers.deletedAt))),
    })
    .from(plans)
    .leftJoin(agencies, eq(agencies.id, plans.issuingAgencyId))
    .leftJoin(provinces, eq(provinces.code, plans.provinceCode));
}

export type PlanRow = Awaited<ReturnType<ReturnType<typeof selectPlans>['all']>>[number];

/** The live communes of each plan, in the order the user gave them. */
function communeCodesOf(db: Db, planIds: string[]): Map<string, string[]> {
  const byPlan = new Map<string, string[]>(planIds.map((id) => [id, []]));
  if (planIds.length === 0) return byPlan;
  const rows = db
    .select({ planId: planCommunes.planId, communeCode: planCommunes.communeCode })
    .from(planCommunes)
    .where(and(inArray(planCommunes.planId, planIds), isNull(planCommunes.deletedAt)))
    .orderBy(asc(planCommunes.planId), asc(planCommunes.sortOrder))
    .all();
  for (const r of rows) byPlan.get(r.planId)?.push(r.communeCode);
  return byPlan;
}

export function toPlan(row: PlanRow, communeCodes: string[]): Plan {
  const { deviceId: _d, updatedBy: _u, createdAt, updatedAt, deletedAt, version, legalBases, ...facts } = row;
  return {
    ...(nullsToUndefined(facts) as Omit<Plan, 'legalBases' | 'communeCodes' | keyof ReturnType<typeof recordMeta>>),
    legalBases: (legalBases ?? []) as string[],
    communeCodes,
    ...recordMeta({ createdAt, updatedAt, deletedAt, version }),
  };
}

/** Plans matching `where`, newest period first. */
export function readPlans(db: Db, where: SQL | undefined): Plan[] {
  const rows = selectPlans(db)
    .where(where)
    .orderBy(desc(plans.periodStart), desc(plans.createdAt))
    .all();
  const codes = communeCodesOf(db, rows.map((r) => r.id));
  return rows.map((r) => toPlan(r, codes.get(r.id) ?? []));
}

export function requirePlan(db: Db, id: string): Plan {
  const byId = preparedQuery(db, 'plans.byId', () =>
    leanPrepared(db, selectPlans(db)
      .where(eq(plans.id, sql.placeholder('id')))),
  );
  const row = byId.get({ id });
  return row ? toPlan(row, communeCodesOf(db, [id]).get(id) ?? []) : notFound('kế hoạch');
}

/** Plans that are finished or cancelled, or deleted, are read-only. */
export function requireEditablePlan(db: Db, id: string): Plan {
  const plan = requirePlan(db, id);
  if (plan.deletedAt) throw new CommandError('CONFLICT', 'Kế hoạch đã bị xóa; hãy khôi phục trước khi sửa');
  if (plan.status === 'completed' || plan.status === 'cancelled') {
    throw new CommandError('CONFLICT', `Kế hoạch ${PLAN_STATUS_LABELS[plan.status].toLocaleLowerCase('vi')}, không thể sửa`);
  }
  return plan;
}

const ROLE_ORDER = sql`case ${planMembers.role} when 'leader' then 0 when 'deputy' then 1 when 'member' then 2 else 3 end`;

export function loadTeam(db: Db, planId: string): TeamMember[] {
  return db
    .select({
      id: planMembers.id,
      officialId: planMembers.officialId,
      role: planMembers.role,
      subTeam: planMembers.subTeam,
      fullName: officials.fullName,
      sex: officials.sex,
      position: officials.position,
      agencyId: officials.agencyId,
      agencyName: agencies.name,
    })
    .from(planMembers)
    .innerJoin(officials, eq(officials.id, planMembers.officialId))
    .innerJoin(agencies, eq(agencies.id, officials.agencyId))
    .where(and(eq(planMembers.planId, planId), isNull(planMembers.deletedAt)))
    .orderBy(ROLE_ORDER, asc(planMembers.sortOrder))
    .all()
    .map((r) => nullsToUndefined(r) as TeamMember);
}

const SLOT_ORDER = sql`case ${planTargets.timeSlot} when 'morning' then 0 when 'all_day' then 1 else 2 end`;

export function loadTargets(db: Db, planId: string): PlanTarget[] {
  return db
    .select({
      id: planTargets.id,
      planId: planTargets.planId,
      establishmentId: planTargets.establishmentId,
      establishmentName: establishments.name,
      establishmentKind: establishments.kind,
      address: establishments.address,
      communeName: communes.name,
      visitDate: planTargets.visitDate,
      timeSlot: planTargets.timeSlot,
      subTeam: planTargets.subTeam,
      notes: planTargets.notes,
      priorityScore: planTargets.priorityScore,
      priorityReasons: planTargets.priorityReasons,
      version: planTargets.version,
    })
    .from(planTargets)
    .innerJoin(establishments, eq(establishments.id, planTargets.establishmentId))
    .leftJoin(communes, eq(communes.code, establishments.communeCode))
    .where(and(eq(planTargets.planId, planId), isNull(planTargets.deletedAt)))
    .orderBy(sql`${planTargets.visitDate} is null`, asc(planTargets.visitDate), SLOT_ORDER, asc(establishments.nameFolded))
    .all()
    .map(({ priorityReasons, ...r }) => ({
      ...(nullsToUndefined(r) as Omit<PlanTarget, 'priorityReasons' | 'warnings'>),
      priorityReasons: (priorityReasons ?? []) as PriorityReason[],
      warnings: visitWarnings(r.visitDate ?? undefined),
    }));
}

function loadHistory(db: Db, planId: string): PlanDetail['history'] {
  return db
    .select({ fromStatus: planStatusLog.fromStatus, toStatus: planStatusLog.toStatus, at: planStatusLog.at, actor: planStatusLog.actor, note: planStatusLog.note })
    .from(planStatusLog)
    .where(and(eq(planStatusLog.planId, planId), isNull(planStatusLog.deletedAt)))
    .orderBy(asc(planStatusLog.at), sql`rowid`)
    .all()
    .map(({ fromStatus, note, ...h }) => ({ ...(h as Omit<PlanDetail['history'][number], 'fromStatus' | 'note'>), fromStatus: fromStatus as PlanStatus | null, note: note ?? undefined }));
}

/** The plan's communes with their names, in the plan's order. */
function communesOf(db: Db, codes: string[]): PlanDetail['communes'] {
  if (codes.length === 0) return [];
  const rows = db.select({ code: communes.code, name: communes.name, provinceCode: communes.provinceCode }).from(communes).where(inArray(communes.code, codes)).all();
  const byCode = new Map(rows.map((r) => [r.code, r]));
  return codes.map((code) => byCode.get(code) ?? { code, name: code, provinceCode: '' });
}

export function planDetail(db: Db, id: string): PlanDetail {
  const plan = requirePlan(db, id);
  return {
    plan,
    communes: communesOf(db, plan.communeCodes),
    team: loadTeam(db, id),
    targets: loadTargets(db, id),
    history: loadHistory(db, id),
    conflicts: scheduleConflicts(db, id),
  };
}
