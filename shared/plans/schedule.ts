import { shortDate } from '../labels/text';

/** Day of the week of a YYYY-MM-DD date, 0 = Sunday … 6 = Saturday (calendar arithmetic, no time zone). */
export function weekday(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export const isWeekend = (isoDate: string): boolean => [0, 6].includes(weekday(isoDate));

/** Warnings about a visit's day that do not stop it being scheduled. */
export function visitWarnings(visitDate: string | undefined): string[] {
  if (!visitDate || !isWeekend(visitDate)) return [];
  return [`Ngày ${shortDate(visitDate)} là ${weekday(visitDate) === 0 ? 'Chủ nhật' : 'thứ Bảy'}: kiểm tra ngày nghỉ cần được bố trí trước với đoàn và cơ sở`];
}
