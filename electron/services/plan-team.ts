import type { Db } from '../../db/client';
import { newId } from '../../db/ids';
import type { CommandParsedInput } from '../../shared/commands';
import { CommandError } from '../../shared/errors';
import type { PlanDetail, TeamMember } from '../../shared/schemas/plan';
import { writeAudit } from './audit';
import type { ServiceContext } from './context';
import { planDetail, requireEditablePlan } from './plans';
import { nullsToUndefined } from './rows';

export function loadTeam(db: Db, planId: string): TeamMember[] {
  const rows = db.$client
    .prepare(
      `SELECT m.id, m.official_id AS officialId, m.role, m.sub_team AS subTeam, o.full_name AS fullName, o.position,
              o.agency_id AS agencyId, a.name AS agencyName
       FROM plan_members m JOIN officials o ON o.id = m.official_id JOIN agencies a ON a.id = o.agency_id
       WHERE m.plan_id = ? AND m.deleted_at IS NULL
       ORDER BY CASE m.role WHEN 'leader' THEN 0 WHEN 'deputy' THEN 1 WHEN 'member' THEN 2 ELSE 3 END, m.sort_order`,
    )
    .all(planId) as Record<string, unknown>[];
  return rows.map((r) => nullsToUndefined(r) as unknown as TeamMember);
}

function invalidMember(index: number, field: string, message: string): never {
  throw new CommandError('VALIDATION', message, [{ path: ['members', index, field], message }]);
}

/**
 * Replaces the team with the given list: members no longer listed are soft-deleted, listed
 * ones updated or added, all in one transaction. More than one leader is refused here;
 * having none is allowed while drafting and checked at approval.
 */
export function setTeam(db: Db, input: CommandParsedInput<'plans.setTeam'>, ctx: ServiceContext): PlanDetail {
  return db.$client.transaction(() => {
    requireEditablePlan(db, input.planId);
    const sqlite = db.$client;
    const seen = new Set<string>();
    input.members.forEach((m, i) => {
      if (seen.has(m.officialId)) invalidMember(i, 'officialId', 'Cán bộ này đã có trong đoàn');
      seen.add(m.officialId);
      if (!sqlite.prepare('SELECT 1 FROM officials WHERE id = ? AND deleted_at IS NULL').get(m.officialId)) {
        invalidMember(i, 'officialId', 'Cán bộ không có trong danh bạ');
      }
    });
    const leaders = input.members.filter((m) => m.role === 'leader').length;
    if (leaders > 1) {
      const index = input.members.findLastIndex((m) => m.role === 'leader');
      invalidMember(index, 'role', 'Đoàn kiểm tra chỉ có một Trưởng đoàn');
    }
    const now = ctx.now().toISOString();
    const before = loadTeam(db, input.planId);
    sqlite
      .prepare('UPDATE plan_members SET deleted_at = ?, updated_at = ?, updated_by = ? WHERE plan_id = ? AND deleted_at IS NULL')
      .run(now, now, ctx.actor, input.planId);
    const revive = sqlite.prepare(
      'UPDATE plan_members SET role = ?, sub_team = ?, sort_order = ?, deleted_at = NULL, updated_at = ?, updated_by = ? WHERE plan_id = ? AND official_id = ?',
    );
    const insert = sqlite.prepare(
      'INSERT INTO plan_members (id, plan_id, official_id, role, sub_team, sort_order, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    input.members.forEach((m, i) => {
      const changed = revive.run(m.role, m.subTeam ?? null, i, now, ctx.actor, input.planId, m.officialId).changes;
      if (changed === 0) insert.run(newId(), input.planId, m.officialId, m.role, m.subTeam ?? null, i, now, now, ctx.actor);
    });
    const after = loadTeam(db, input.planId);
    const describe = (team: TeamMember[]) => team.map((m) => `${m.fullName} (${m.role}${m.subTeam ? `, ${m.subTeam}` : ''})`).join('; ');
    writeAudit(db, ctx, { action: 'update', entity: 'plan', entityId: input.planId, changes: { team: { from: describe(before), to: describe(after) } } });
    return planDetail(db, input.planId);
  })();
}
