import type { Db } from '../../db/client';
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

const SLOT_LABEL: Record<TimeSlot, string> = { morning: 'buổi sáng', afternoon: 'buổi chiều', all_day: 'cả ngày' };

const overlaps = (a: TimeSlot, b: TimeSlot) => a === 'all_day' || b === 'all_day' || a === b;

/**
 * An official goes on a visit when the target has no sub-team (the whole team goes), the
 * official has none (joins every visit), or both name the same sub-team. Two visits of
 * different, live plans on the same date and overlapping time slots are a conflict.
 */
export function scheduleConflicts(db: Db, planId: string): ScheduleConflict[] {
  const visits = db.$client
    .prepare(
      `WITH visits AS (
         SELECT m.official_id AS officialId, o.full_name AS officialName, p.id AS planId, p.title AS planTitle,
                t.id AS targetId, e.name AS establishmentName, t.visit_date AS date, t.time_slot AS timeSlot
         FROM plan_targets t
         JOIN plans p ON p.id = t.plan_id
         JOIN plan_members m ON m.plan_id = t.plan_id AND (m.sub_team IS NULL OR t.sub_team IS NULL OR m.sub_team = t.sub_team)
         JOIN officials o ON o.id = m.official_id
         JOIN establishments e ON e.id = t.establishment_id
         WHERE t.deleted_at IS NULL AND m.deleted_at IS NULL AND p.deleted_at IS NULL AND p.status <> 'cancelled' AND t.visit_date IS NOT NULL)
       SELECT * FROM visits v
       WHERE EXISTS (SELECT 1 FROM visits mine WHERE mine.planId = ? AND mine.officialId = v.officialId AND mine.date = v.date)
       ORDER BY v.date, v.officialName`,
    )
    .all(planId) as Visit[];

  const byOfficialDay = new Map<string, Visit[]>();
  for (const v of visits) {
    const key = `${v.officialId}|${v.date}`;
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
        message: `${mine.officialName} được xếp lịch trùng ${SLOT_LABEL[mine.timeSlot]} ngày ${d}/${m}/${y}: «${mine.establishmentName}» và «${clashing[0]!.establishmentName}» (kế hoạch «${clashing[0]!.planTitle}»)`,
      });
    }
  }
  return conflicts;
}
