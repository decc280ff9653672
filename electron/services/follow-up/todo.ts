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
  followUpCases,
  inspections,
  minors,
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
import { nameInitials } from '../../documents/child-initials';
import { addDays, addMonths, visitMonths } from './schedule';
import { vietnamDayOf } from '../../../shared/dates/vietnam-day';

type Person = { id: string; name: string };
type Team = { officials: Person[]; agencies: Person[] };
const NO_TEAM: Team = { officials: [], agencies: [] };

const KIND_ORDER: Record<TodoKind, number> = { emergency_case: 0, case_visit: 1, commitment: 2, reinspection: 3, plan_visit: 4 };
const PLAN_STATUSES_ON = ['approved', 'in_progress'];

function uniqueBy<T extends { id: string }>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((x) => (seen.has(x.id) ? false : (seen.add(x.id), true)));
}

/** Ids in slices small enough for one statement's parameters. */
function* slices(ids: readonly string[], size = 500): Generator<string[]> {
  for (let i = 0; i < ids.length; i += size) yield ids.slice(i, i + size);
}

function inspectionTeams(db: Db, inspectionIds: string[]): Map<string, Team> {
  const teams = new Map<string, Team>();
  for (const ids of slices([...new Set(inspectionIds)])) {
    const rows = db
      .select({ inspectionId: inspectionTeamMembers.inspectionId, officialId: officials.id, name: officials.fullName, agencyId: agencies.id, agencyName: agencies.name })
      .from(inspectionTeamMembers)
      .innerJoin(officials, eq(officials.id, inspectionTeamMembers.officialId))
      .innerJoin(agencies, eq(agencies.id, officials.agencyId))
      .where(and(inArray(inspectionTeamMembers.inspectionId, ids), isNull(inspectionTeamMembers.deletedAt)))
      .orderBy(inspectionTeamMembers.sortOrder)
      .all();
    for (const r of rows) {
      const t = teams.get(r.inspectionId) ?? { officials: [], agencies: [] };
      t.officials = uniqueBy([...t.officials, { id: r.officialId, name: r.name }]);
      t.agencies = uniqueBy([...t.agencies, { id: r.agencyId, name: r.agencyName }]);
      teams.set(r.inspectionId, t);
    }
  }
  return teams;
}

interface CaseFact {
  id: string;
  inspectionId: string;
  openedAt: string;
  riskLevel: string;
  emergencyDeadline: string | null;
  visitsDone: number;
  referred: number;
}

/** The child's name (for the initials), age, establishment and risk of the cases listed. */
function caseDisplay(db: Db, caseIds: string[]) {
  const out = new Map<string, { fullName: string; age: number; establishmentName: string; riskReasons: string[] }>();
  for (const ids of slices(caseIds)) {
    const rows = db
      .select({ id: followUpCases.id, fullName: minors.fullName, age: minors.ageAtInspection, establishmentName: establishments.name, riskReasons: followUpCases.riskReasons })
      .from(followUpCases)
      .innerJoin(minors, eq(minors.id, followUpCases.minorId))
      .innerJoin(inspections, eq(inspections.id, followUpCases.inspectionId))
      .innerJoin(establishments, eq(establishments.id, inspections.establishmentId))
      .where(inArray(followUpCases.id, ids))
      .all();
    for (const r of rows) out.set(r.id, r);
  }
  return out;
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

export function todoRows(db: Db, date: string, ctx: ServiceContext, display = true): TodoRow[] {
  const rows: TodoRow[] = [];
  const until = addDays(date, COMMITMENT_REMINDER_DAYS);
  const instant = referenceInstant(date, ctx);

  // ---- cases: emergencies without a referral, the next visit ----
  // One lean pass over the open cases with the visits and referrals made by the day asked (a day in
  // the past is judged as it stood then); names and places are read for the due ones only. A case
  // whose minor an amendment removed waits for a decision on the case page, not for visits.
  const months = visitMonths(db);
  const facts = db.$client
    .prepare(
      `SELECT c.id, c.inspection_id AS inspectionId, c.opened_at AS openedAt, c.risk_level AS riskLevel, c.emergency_deadline AS emergencyDeadline,
              (SELECT count(*) FROM case_visits v WHERE v.case_id = c.id AND v.deleted_at IS NULL AND v.visited_on <= @date) AS visitsDone,
              EXISTS (SELECT 1 FROM case_referrals r WHERE r.case_id = c.id AND r.deleted_at IS NULL AND r.referred_on <= @date) AS referred
       FROM follow_up_cases c
       WHERE c.deleted_at IS NULL AND c.status = 'active' AND c.minor_removed_at IS NULL AND c.opened_at <= @instant`,
    )
    .all({ date, instant }) as CaseFact[];
  const due: { fact: CaseFact; kind: 'emergency_case' | 'case_visit'; dueOn: string; dueAt?: string; overdue: boolean; number?: number }[] = [];
  for (const f of facts) {
    if (f.riskLevel === 'emergency' && f.emergencyDeadline && !f.referred) {
      due.push({ fact: f, kind: 'emergency_case', dueOn: vietnamDayOf(f.emergencyDeadline), dueAt: f.emergencyDeadline, overdue: instant > f.emergencyDeadline });
    }
    // The n-th visit made fulfils the n-th due date (schedule.ts).
    if (f.visitsDone < 2) {
      const dueOn = addMonths(vietnamDayOf(f.openedAt), f.visitsDone === 0 ? months.first : months.second);
      if (dueOn <= until) due.push({ fact: f, kind: 'case_visit', dueOn, overdue: dueOn < date, number: f.visitsDone + 1 });
    }
  }
  if (!display) {
    for (const d of due) rows.push({ key: `${d.kind}:${d.fact.id}`, kind: d.kind, dueOn: d.dueOn, overdue: d.overdue, title: '', target: { kind: 'case', id: d.fact.id }, officials: [], agencies: [] });
  } else {
    const shown = caseDisplay(
      db,
      due.map((d) => d.fact.id),
    );
    const caseTeams = inspectionTeams(
      db,
      due.map((d) => d.fact.inspectionId),
    );
    for (const d of due) {
      const c = shown.get(d.fact.id)!;
      const child = `trẻ ${nameInitials(c.fullName)} (${c.age} tuổi)`;
      const common = { target: { kind: 'case' as const, id: d.fact.id }, establishmentName: c.establishmentName, ...(caseTeams.get(d.fact.inspectionId) ?? NO_TEAM) };
      rows.push(
        d.kind === 'emergency_case'
          ? {
              key: `emergency_case:${d.fact.id}`,
              kind: 'emergency_case',
              dueOn: d.dueOn,
              dueAt: d.dueAt!,
              overdue: d.overdue,
              title: `Khẩn cấp: chuyển gửi, bảo vệ ${child}`,
              detail: c.riskReasons.join('; '),
              ...common,
            }
          : {
              key: `case_visit:${d.fact.id}:${d.number}`,
              kind: 'case_visit',
              dueOn: d.dueOn,
              overdue: d.overdue,
              title: `Thăm lại lần ${d.number}: ${child}`,
              detail: `Hạn ${shortDate(d.dueOn)}`,
              ...common,
            },
      );
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
      // An item a re-inspection already checked waits for the item's status, not for another visit.
      checked: sql<number>`exists (select 1 from ${commitmentChecks} where ${commitmentChecks.commitmentItemId} = ${commitmentItems.id} and ${commitmentChecks.deletedAt} is null)`,
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
    if (i.deadline < date && !i.checked) {
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
  const rows = todoRows(db, date, ctx, false);
  return { date, total: rows.length, overdue: rows.filter((r) => r.overdue).length };
}
