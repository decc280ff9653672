import { and, asc, eq, inArray, isNotNull, isNull, ne, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { establishments, officials, planMembers, plans, planTargets } from '../../db/schema';
import { TIME_SLOT_IN_TEXT } from '../../shared/labels/plan';
import type { ScheduleConflict, TimeSlot } from '../../shared/schemas/plan';

interface Visit {
  officialId: string;
  officialName: string;
  planId: string;
  planTitle: string;
  targetId: string;
  establishmentName: string;
  date: string;
  timeSlot: TimeSlot;
}


const overlaps = (a: TimeSlot, b: TimeSlot) => a === 'all_day' || b === 'all_day' || a === b;

/**
 * Who goes where when: an official goes on a visit when the target has no sub-team (the
 * whole team goes), the official has none (joins every visit), or both name the same sub-team.
 * Only dated targets of live plans that are not cancelled count.
 */
function visits(db: Db, where: SQL | undefined): Visit[] {
  return db
    .select({
      officialId: planMembers.officialId,
      officialName: officials.fullName,
      planId: plans.id,
      planTitle: plans.title,
      targetId: planTargets.id,
      establishmentName: establishments.name,
      date: planTargets.visitDate,
      timeSlot: planTargets.timeSlot,
    })
    .from(planTargets)
    .innerJoin(plans, eq(plans.id, planTargets.planId))
    .innerJoin(
      planMembers,
      and(eq(planMembers.planId, planTargets.planId), or(isNull(planMembers.subTeam), isNull(planTargets.subTeam), eq(planMembers.subTeam, planTargets.subTeam))),
    )
    .innerJoin(officials, eq(officials.id, planMembers.officialId))
    .innerJoin(establishments, eq(establishments.id, planTargets.establishmentId))
    .where(
      and(
        isNull(planTargets.deletedAt),
        isNull(planMembers.deletedAt),
        isNull(plans.deletedAt),
        ne(plans.status, 'cancelled'),
        isNotNull(planTargets.visitDate),
        where,
      ),
    )
    .orderBy(asc(planTargets.visitDate), asc(officials.fullName))
    .all()
    .map((v) => ({ ...v, date: v.date ?? '', timeSlot: v.timeSlot as TimeSlot }));
}

/** Two visits of different, live plans on the same date and overlapping time slots, for the same official, are a conflict. */
export function scheduleConflicts(db: Db, planId: string): ScheduleConflict[] {
  const own = visits(db, eq(plans.id, planId));
  if (own.length === 0) return [];
  // Every visit of the same officials on the same days, in any plan (this one included).
  const days = new Set(own.map((v) => `${v.officialId}|${v.date}`));
  const officialIds = [...new Set(own.map((v) => v.officialId))];
  const dates = [...new Set(own.map((v) => v.date))];
  const all = visits(db, and(inArray(planMembers.officialId, officialIds), inArray(planTargets.visitDate, dates)));

  const byOfficialDay = new Map<string, Visit[]>();
  for (const v of all) {
    const key = `${v.officialId}|${v.date}`;
    if (!days.has(key)) continue;
    byOfficialDay.set(key, [...(byOfficialDay.get(key) ?? []), v]);
  }
  const conflicts: ScheduleConflict[] = [];
  for (const dayVisits of byOfficialDay.values()) {
    for (const mine of dayVisits.filter((v) => v.planId === planId)) {
      const clashing = dayVisits.filter((v) => v.planId !== planId && overlaps(v.timeSlot, mine.timeSlot));
      if (clashing.length === 0) continue;
      const [d, m, y] = [mine.date.slice(8, 10), mine.date.slice(5, 7), mine.date.slice(0, 4)];
      conflicts.push({
        officialId: mine.officialId,
        officialName: mine.officialName,
        date: mine.date,
        timeSlot: mine.timeSlot,
        visits: [mine, ...clashing].map(({ planId: p, planTitle, targetId, establishmentName }) => ({ planId: p, planTitle, targetId, establishmentName })),
        message: `${mine.officialName} được xếp lịch trùng ${TIME_SLOT_IN_TEXT[mine.timeSlot]} ngày ${d}/${m}/${y}: «${mine.establishmentName}» và «${clashing[0]!.establishmentName}» (kế hoạch «${clashing[0]!.planTitle}»)`,
      });
    }
  }
  return conflicts;
}
