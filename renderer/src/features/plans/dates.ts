import dayjs, { type Dayjs } from 'dayjs';

/** The service stores dates as YYYY-MM-DD; the UI shows them as Vietnamese documents do. */
export const ISO_DATE = 'YYYY-MM-DD';
export const DATE_FORMAT = 'DD/MM/YYYY';

export const formatDate = (iso: string | undefined): string => (iso ? dayjs(iso).format(DATE_FORMAT) : '');

export const formatPeriod = (start: string, end: string): string => `${formatDate(start)} – ${formatDate(end)}`;

export const toIsoDate = (date: Dayjs): string => date.format(ISO_DATE);

/** Monday of the date's week, whatever the UI language (the English locale starts on Sunday). */
export const mondayOf = (date: Dayjs): Dayjs => date.subtract((date.day() + 6) % 7, 'day').startOf('day');

export const withinPeriod = (iso: string, period: { periodStart: string; periodEnd: string }): boolean =>
  iso >= period.periodStart && iso <= period.periodEnd;
