/**
 * The follow-up visit schedule of a case (issue 11): the first visit within N months of the case
 * opening, the second within M months (settings, default 1 and 3). Visits count in the order
 * they were made: the first visit made fulfils the first due date, whenever it happened.
 */
import type { Db } from '../../../db/client';
import { EMERGENCY_HOURS } from '../../../shared/schemas/follow-up';
import { getSettings } from '../settings';
import { vietnamDayOf } from '../../../shared/dates/vietnam-day';

export interface VisitMonths {
  first: number;
  second: number;
}

export function visitMonths(db: Db): VisitMonths {
  const s = getSettings(db);
  return { first: s.followUpFirstVisitMonths, second: s.followUpSecondVisitMonths };
}

/** "2026-01-31" + 1 month → "2026-02-28": the same day of the month, or the last day when it has none. */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export const addDays = (isoDate: string, days: number): string => new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export const emergencyDeadlineOf = (openedAt: string): string => new Date(Date.parse(openedAt) + EMERGENCY_HOURS * 3600_000).toISOString();

export interface ScheduleEntry {
  number: number;
  dueOn: string;
  doneOn?: string;
  overdue: boolean;
}

/** Both scheduled visits, each done by the n-th visit made; overdue when not done and past its day. */
export function visitSchedule(openedAt: string, visitDates: readonly string[], months: VisitMonths, today: string): ScheduleEntry[] {
  const opened = vietnamDayOf(openedAt);
  const sorted = [...visitDates].sort();
  return [months.first, months.second].map((n, i) => {
    const dueOn = addMonths(opened, n);
    const doneOn = sorted[i];
    return { number: i + 1, dueOn, ...(doneOn ? { doneOn } : {}), overdue: !doneOn && today > dueOn };
  });
}
