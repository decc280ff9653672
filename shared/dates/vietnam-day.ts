/** Viet Nam keeps UTC+7 all year (no daylight saving). */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/**
 * The calendar day (YYYY-MM-DD) in Viet Nam of an instant, whatever the laptop's time zone:
 * the day a record, a deadline or "today" means, the same in the pages and in the services.
 */
export const vietnamDayOf = (instant: Date | number | string = new Date()): string =>
  new Date(new Date(instant).getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
