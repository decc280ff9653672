/**
 * "Việc cần làm" (issue 11): what is due on a given day (default today in Viet Nam), read from
 * the records themselves, never stored.
 *
 * - emergency_case: an open emergency case with no referral yet, from its opening; overdue once
 *   its 12-hour deadline has passed (judged on the present instant for today, on the end of the
 *   day for another day);
 * - case_visit: the next scheduled visit of an open case (1st within 1 month, 2nd within 3 months:
 *   settings), listed 7 days before its due day; overdue the day after;
 * - commitment: an open commitment item, listed 7 days before its deadline; overdue the day after;
 * - reinspection: an inspection with open items whose deadline has passed and that no re-inspection
 *   has checked (commitment_checks): one row per inspection, due the day after the first deadline;
 * - plan_visit: a visit of an approved or running plan in the week (Monday–Sunday) of the day,
 *   with no inspection started for it yet; overdue once its day has passed.
 *
 * Rows name a child by initials only. Team members are the inspection's team (plan: the plan's
 * members, of the target's sub-team when it has one), agencies theirs.
 */
import { and, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import {
  agencies,
  commitmentChecks,
  commitmentItems,
  commitments,
  establishments,
  inspections,
  inspectionTeamMembers,
  officials,
  planMembers,
  plans,
  planTargets,
} from '../../../db/schema';
import type { CommandParsedInput } from '../../../shared/commands';
import { shortDate } from '../../../shared/labels/text';
import { COMMITMENT_REMINDER_DAYS, type TodoKind, type TodoRow } from '../../../shared/schemas/follow-up';
import { todayInVietnam, type ServiceContext } from '../context';
import { listCases } from './cases';
import { addDays, visitMonths, visitSchedule } from './schedule';

type Person = { id: string; name: string };
type Team = { officials: Person[]; agencies: Person[] };
const NO_TEAM: Team = { officials: [], agencies: [] };

const KIND_ORDER: Record<TodoKind, number> = { emergency_case: 0, case_visit: 1, commitment: 2, reinspection: 3, plan_visit: 4 };
const PLAN_STATUSES_ON = ['approved', 'in_progress'];

function uniqueBy<T extends { id: string }>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((x) => (seen.has(x.id) ? false : (seen.add(x.id), true)));
}

function inspectionTeams(db: Db, inspectionIds: string[]): Map<string, Team> {
  const teams = new Map<string, Team>();
  if (inspectionIds.length === 0) return teams;
  const rows = db
    .select({ inspectionId: inspectionTeamMembers.inspectionId, officialId: officials.id, name: officials.fullName, agencyId: agencies.id, agencyName: agencies.name })
    .from(inspectionTeamMembers)
    .innerJoin(officials, eq(officials.id, inspectionTeamMembers.officialId))
    .innerJoin(agencies, eq(agencies.id, officials.agencyId))
    .where(and(inArray(inspectionTeamMembers.inspectionId, [...new Set(inspectionIds)]), isNull(inspectionTeamMembers.deletedAt)))
    .orderBy(inspectionTeamMembers.sortOrder)
    .all();
  for (const r of rows) {
    const t = teams.get(r.inspectionId) ?? { officials: [], agencies: [] };
    t.officials = uniqueBy([...t.officials, { id: r.officialId, name: r.name }]);
    t.agencies = uniqueBy([...t.agencies, { id: r.agencyId, name: r.agencyName }]);
    teams.set(r.inspectionId, t);
  }
  return teams;
}

/** Monday of the week of a day. */
function mondayOf(isoDate: string): string {
  const day = new Date(`${isoDate}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(isoDate, -((day + 6) % 7));
}

/** The instant "now" for the day asked: the present for today, otherwise the end of that day in Viet Nam. */
function referenceInstant(date: string, ctx: ServiceContext): string {
  if (date === todayInVietnam(ctx)) return ctx.now().toISOString();
  return new Date(Date.parse(`${date}T00:00:00+07:00`) + 86_400_000 - 1).toISOString();
}

const clip = (text: string, n = 120) => (text.length > n ? `${text.slice(0, n - 1).trimEnd()}…` : text);

export function todoRows(db: Db, date: string, ctx: ServiceContext): TodoRow[] {
  const rows: TodoRow[] = [];
  const until = addDays(date, COMMITMENT_REMINDER_DAYS);
  const instant = referenceInstant(date, ctx);

  // ---- cases: emergencies without a referral, the next visit ----
  const months = visitMonths(db);
  // A case whose minor an amendment removed waits for a decision on the case page, not for visits.
  const cases = listCases(db, { status: 'active' }, ctx).filter((c) => c.openedAt <= instant && !c.minorRemovedAt);
  const caseTeams = inspectionTeams(
    db,
    cases.map((c) => c.inspectionId),
  );
  const visitDates = new Map<string, string[]>();
  if (cases.length > 0) {
    const visits = db.$client
      .prepare(`SELECT case_id AS caseId, visited_on AS visitedOn FROM case_visits WHERE deleted_at IS NULL AND visited_on <= ? AND case_id IN (${cases.map(() => '?').join(',')})`)
      .all(date, ...cases.map((c) => c.id)) as { caseId: string; visitedOn: string }[];
    for (const v of visits) visitDates.set(v.caseId, [...(visitDates.get(v.caseId) ?? []), v.visitedOn]);
  }
  const referredBy = new Map<string, number>();
  if (cases.length > 0) {
    const refs = db.$client
      .prepare(`SELECT case_id AS caseId, count(*) AS n FROM case_referrals WHERE deleted_at IS NULL AND referred_on <= ? AND case_id IN (${cases.map(() => '?').join(',')}) GROUP BY case_id`)
      .all(date, ...cases.map((c) => c.id)) as { caseId: string; n: number }[];
    for (const r of refs) referredBy.set(r.caseId, r.n);
  }
  for (const c of cases) {
    const team = caseTeams.get(c.inspectionId) ?? NO_TEAM;
    const child = `trẻ ${c.child.initials} (${c.child.ageAtInspection} tuổi)`;
    if (c.riskLevel === 'emergency' && c.emergencyDeadline && !referredBy.get(c.id)) {
      rows.push({
        key: `emergency_case:${c.id}`,
        kind: 'emergency_case',
        dueOn: new Date(Date.parse(c.emergencyDeadline) + 7 * 3600_000).toISOString().slice(0, 10),
        dueAt: c.emergencyDeadline,
        overdue: instant > c.emergencyDeadline,
        title: `Khẩn cấp: chuyển gửi, bảo vệ ${child}`,
        detail: c.riskReasons.join('; '),
        target: { kind: 'case', id: c.id },
        establishmentName: c.establishmentName,
        ...team,
      });
    }
    const next = visitSchedule(c.openedAt, visitDates.get(c.id) ?? [], months, date).find((s) => !s.doneOn);
    if (next && next.dueOn <= until) {
      rows.push({
        key: `case_visit:${c.id}:${next.number}`,
        kind: 'case_visit',
        dueOn: next.dueOn,
        overdue: next.dueOn < date,
        title: `Thăm lại lần ${next.number}: ${child}`,
        detail: `Hạn ${shortDate(next.dueOn)}`,
        target: { kind: 'case', id: c.id },
        establishmentName: c.establishmentName,
        ...team,
      });
    }
  }

  // ---- commitments due within 7 days or overdue ----
  const items = db
    .select({
      id: commitmentItems.id,
      content: commitmentItems.content,
      deadline: commitmentItems.deadline,
      inspectionId: commitments.inspectionId,
      establishmentName: establishments.name,
    })
    .from(commitmentItems)
    .innerJoin(commitments, eq(commitments.id, commitmentItems.commitmentId))
    .innerJoin(inspections, eq(inspections.id, commitments.inspectionId))
    .innerJoin(establishments, eq(establishments.id, inspections.establishmentId))
    .where(
      and(
        eq(commitmentItems.status, 'open'),
        lte(commitmentItems.deadline, until),
        isNull(commitmentItems.deletedAt),
        isNull(commitments.deletedAt),
        isNull(inspections.deletedAt),
        sql`${commitments.signedDate} <= ${date}`,
      ),
    )
    .all();
  // Items a re-inspection already checked wait for the item's status, not for another visit.
  const checked = new Set(
    items.length === 0
      ? []
      : db
          .select({ itemId: commitmentChecks.commitmentItemId })
          .from(commitmentChecks)
          .where(and(isNull(commitmentChecks.deletedAt), inArray(commitmentChecks.commitmentItemId, items.map((i) => i.id))))
          .all()
          .map((r) => r.itemId),
  );
  const itemTeams = inspectionTeams(
    db,
    items.map((i) => i.inspectionId),
  );
  const pastByInspection = new Map<string, { establishmentName: string; deadlines: string[] }>();
  for (const i of items) {
    const team = itemTeams.get(i.inspectionId) ?? NO_TEAM;
    rows.push({
      key: `commitment:${i.id}`,
      kind: 'commitment',
      dueOn: i.deadline,
      overdue: i.deadline < date,
      title: `Cam kết: ${clip(i.content)}`,
      detail: `${i.establishmentName}, hạn ${shortDate(i.deadline)}`,
      target: { kind: 'inspection', id: i.inspectionId },
      establishmentName: i.establishmentName,
      ...team,
    });
    if (i.deadline < date && !checked.has(i.id)) {
      const entry = pastByInspection.get(i.inspectionId) ?? { establishmentName: i.establishmentName, deadlines: [] };
      entry.deadlines.push(i.deadline);
      pastByInspection.set(i.inspectionId, entry);
    }
  }
  for (const [inspectionId, entry] of pastByInspection) {
    const first = entry.deadlines.sort()[0]!;
    rows.push({
      key: `reinspection:${inspectionId}`,
      kind: 'reinspection',
      dueOn: addDays(first, 1),
      overdue: false,
      title: `Kiểm tra lại việc thực hiện cam kết: ${entry.establishmentName}`,
      detail: `${entry.deadlines.length} nội dung cam kết đã quá hạn, chưa được kiểm tra lại`,
      target: { kind: 'inspection', id: inspectionId },
      establishmentName: entry.establishmentName,
      ...(itemTeams.get(inspectionId) ?? NO_TEAM),
    });
  }

  // ---- plan visits of the week with no inspection yet ----
  const monday = mondayOf(date);
  const sunday = addDays(monday, 6);
  const targets = db
    .select({
      id: planTargets.id,
      planId: planTargets.planId,
      visitDate: planTargets.visitDate,
      subTeam: planTargets.subTeam,
      planTitle: plans.title,
      establishmentId: planTargets.establishmentId,
      establishmentName: establishments.name,
    })
    .from(planTargets)
    .innerJoin(plans, eq(plans.id, planTargets.planId))
    .innerJoin(establishments, eq(establishments.id, planTargets.establishmentId))
    .where(
      and(
        isNull(planTargets.deletedAt),
        isNull(plans.deletedAt),
        inArray(plans.status, PLAN_STATUSES_ON),
        sql`${planTargets.visitDate} BETWEEN ${monday} AND ${sunday}`,
        sql`NOT EXISTS (SELECT 1 FROM inspections i WHERE i.deleted_at IS NULL AND (i.plan_target_id = ${planTargets.id} OR (i.plan_id = ${planTargets.planId} AND i.establishment_id = ${planTargets.establishmentId})))`,
      ),
    )
    .all();
  const members =
    targets.length === 0
      ? []
      : db
          .select({ planId: planMembers.planId, subTeam: planMembers.subTeam, role: planMembers.role, officialId: officials.id, name: officials.fullName, agencyId: agencies.id, agencyName: agencies.name })
          .from(planMembers)
          .innerJoin(officials, eq(officials.id, planMembers.officialId))
          .innerJoin(agencies, eq(agencies.id, officials.agencyId))
          .where(and(isNull(planMembers.deletedAt), inArray(planMembers.planId, [...new Set(targets.map((t) => t.planId))])))
          .orderBy(planMembers.sortOrder)
          .all();
  for (const t of targets) {
    const mine = members.filter((m) => m.planId === t.planId && (!t.subTeam || !m.subTeam || m.subTeam === t.subTeam));
    rows.push({
      key: `plan_visit:${t.id}`,
      kind: 'plan_visit',
      dueOn: t.visitDate!,
      overdue: t.visitDate! < date,
      title: `Kiểm tra ${t.establishmentName}`,
      detail: `${t.planTitle}, ngày ${shortDate(t.visitDate!)}`,
      target: { kind: 'plan', id: t.planId },
      establishmentName: t.establishmentName,
      officials: uniqueBy(mine.map((m) => ({ id: m.officialId, name: m.name }))),
      agencies: uniqueBy(mine.map((m) => ({ id: m.agencyId, name: m.agencyName }))),
    });
  }

  return rows.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueOn.localeCompare(b.dueOn) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.key.localeCompare(b.key));
}

export function todo(db: Db, input: CommandParsedInput<'followUp.todo'>, ctx: ServiceContext) {
  const date = input.date ?? todayInVietnam(ctx);
  const rows = todoRows(db, date, ctx).filter(
    (r) =>
      (!input.kind || r.kind === input.kind) &&
      (!input.officialId || r.officials.some((o) => o.id === input.officialId)) &&
      (!input.agencyId || r.agencies.some((a) => a.id === input.agencyId)),
  );
  return { date, rows };
}

export function todoCount(db: Db, input: CommandParsedInput<'followUp.todoCount'>, ctx: ServiceContext) {
  const date = input.date ?? todayInVietnam(ctx);
  const rows = todoRows(db, date, ctx);
  return { date, total: rows.length, overdue: rows.filter((r) => r.overdue).length };
}
