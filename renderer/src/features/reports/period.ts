import dayjs from 'dayjs';

/** The reporting periods offered; the year comes from the year selector, never a fixed deadline. */
export const PERIOD_PRESETS = ['firstHalf', 'year', 'secondHalf', 'quarter', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export interface DateRange {
  from: string;
  to: string;
}

const ISO = 'YYYY-MM-DD';

export const currentYear = (): number => dayjs().year();

/** 1 … 4, the quarter today falls in: "Quý này" means the same quarter of the chosen year. */
export const currentQuarter = (): number => Math.floor(dayjs().month() / 3) + 1;

const QUARTER_NUMERALS = ['I', 'II', 'III', 'IV'] as const;
export const quarterNumeral = (quarter: number): string => QUARTER_NUMERALS[quarter - 1] ?? String(quarter);

function monthsRange(year: number, firstMonth: number, lastMonth: number): DateRange {
  const start = dayjs(new Date(year, firstMonth - 1, 1));
  const end = dayjs(new Date(year, lastMonth - 1, 1)).endOf('month');
  return { from: start.format(ISO), to: end.format(ISO) };
}

/** The dates a preset covers in a year; `custom` starts as the whole year until a range is picked. */
export function presetRange(preset: PeriodPreset, year: number): DateRange {
  switch (preset) {
    case 'firstHalf':
      return monthsRange(year, 1, 6);
    case 'secondHalf':
      return monthsRange(year, 7, 12);
    case 'quarter': {
      const q = currentQuarter();
      return monthsRange(year, q * 3 - 2, q * 3);
    }
    default:
      return monthsRange(year, 1, 12);
  }
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
