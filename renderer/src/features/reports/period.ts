import dayjs from 'dayjs';
import { vietnamDayOf } from '../../../../shared/dates/vietnam-day';
import { REPORT_PERIOD_PRESETS, presetPeriod, type ReportPeriodPreset } from '../../../../shared/schemas/report';

/**
 * The reporting periods offered (shared/schemas/report.ts): the official cut-offs of periodic
 * reports (15/12 of the previous year – 14/06, and – 14/12), the calendar halves and year, or any
 * range. The year comes from the year selector, never a fixed deadline.
 */
export const PERIOD_PRESETS = REPORT_PERIOD_PRESETS;
export type PeriodPreset = ReportPeriodPreset;
/** What an address made before the official cut-offs were offered still opens. */
export const LEGACY_PRESETS: Record<string, PeriodPreset> = { firstHalf: 'first_half', secondHalf: 'second_half', year: 'calendar_year', quarter: 'calendar_year' };
export const DEFAULT_PRESET: PeriodPreset = 'calendar_year';

export interface DateRange {
  from: string;
  to: string;
}

const ISO = 'YYYY-MM-DD';

export const currentYear = (): number => Number(vietnamDayOf().slice(0, 4));

/** The dates a preset covers in a year; `custom` starts as the calendar year until a range is picked. */
export function presetRange(preset: PeriodPreset, year: number): DateRange {
  const period = presetPeriod(preset, year) ?? presetPeriod('calendar_year', year)!;
  return { from: period.from, to: period.to };
}

/** "2026-03" → the first and last day of that month. */
export function monthRange(month: string): DateRange {
  const start = dayjs(`${month}-01`);
  return { from: start.format(ISO), to: start.endOf('month').format(ISO) };
}

/** Years the selector offers: the last ten, and the one shown even if older. */
export function yearChoices(shown: number): number[] {
  const now = currentYear();
  const years = Array.from({ length: 10 }, (_, i) => now - i);
  return years.includes(shown) ? years : [...years, shown].sort((a, b) => b - a);
}
