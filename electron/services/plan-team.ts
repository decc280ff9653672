import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { stableId } from '../../db/ids';
import { officials, planMembers, plans } from '../../db/schema';
import { checkVersion, touchRow, writeTx } from '../../db/write-path';
import type { CommandParsedInput } from '../../shared/commands';
import { CommandError } from '../../shared/errors';
import { PLAN_STATUS_LABELS } from '../../shared/labels/plan';
import type { PlanDetail } from '../../shared/schemas/plan';
import type { ServiceContext } from './context';
import { planDetail, requireEditablePlan } from './plan-guard';
import { setList } from './plan-lists';

function invalidMember(index: number, field: string, message: string): never {
  throw new CommandError('VALIDATION', message, [{ path: ['members', index, field], message }]);
}

/**
 * Sets the team to the given list, matched by official: a member no longer listed is
 * deleted, one already there (or there before) keeps its row and gets the new role, sub-team
 * and place, a new one is added; all in one transaction. More than one leader is refused
 * here; having none is allowed while drafting and checked at approval.
 */
export function setTeam(db: Db, input: CommandParsedInput<'plans.setTeam'>, ctx: ServiceContext): PlanDetail {
  const { planId, members, expectedVersion } = input;
  return writeTx(db, () => {
    const plan = requireEditablePlan(db, planId);
    checkVersion(db, plans, planId, { expectedVersion, what: 'kế hoạch' });
    const ids = members.map((m) => m.officialId);
    const live = new Set(
      (ids.length === 0 ? [] : db.select({ id: officials.id }).from(officials).where(and(inArray(officials.id, ids), isNull(officials.deletedAt))).all()).map((o) => o.id),
    );
    const seen = new Set<string>();
    members.forEach((m, i) => {
      if (seen.has(m.officialId)) invalidMember(i, 'officialId', 'Cán bộ này đã có trong đoàn');
      seen.add(m.officialId);
      if (!live.has(m.officialId)) invalidMember(i, 'officialId', 'Cán bộ không có trong danh bạ');
    });
    const leaders = members.filter((m) => m.role === 'leader').length;
    if (leaders > 1) {
      invalidMember(members.findLastIndex((m) => m.role === 'leader'), 'role', 'Đoàn kiểm tra chỉ có một Trưởng đoàn');
    }
    // Approval checked the leader; an approved plan keeps one (a new leader replaces the old in one change).
    if (leaders === 0 && plan.status !== 'draft') {
      const message = `Kế hoạch ${PLAN_STATUS_LABELS[plan.status].toLocaleLowerCase('vi')} phải có Trưởng đoàn; chọn Trưởng đoàn mới trong cùng lần sửa, hoặc đưa kế hoạch về dự thảo`;
      throw new CommandError('VALIDATION', message, [{ path: ['members'], message }]);
    }
    const current = db
      .select({ id: planMembers.id, key: planMembers.officialId, deletedAt: planMembers.deletedAt, version: planMembers.version })
      .from(planMembers)
      .where(eq(planMembers.planId, planId))
      .all();
    const wanted = members.map((m, sortOrder) => ({
      key: m.officialId,
      values: { planId, officialId: m.officialId, role: m.role, subTeam: m.subTeam ?? null, sortOrder },
    }));
    if (setList(db, ctx, planMembers, current, wanted, (officialId) => stableId('plan_members', planId, officialId))) touchRow(db, plans, planId);
    return planDetail(db, planId);
  });
}
