import { describe, expect, it } from 'vitest';
import { vietnamDayOf } from '../../shared/dates/vietnam-day';

describe('vietnamDayOf: the calendar day in Viet Nam (UTC+7), whatever the machine’s time zone', () => {
  it.each([
    ['2026-12-03T16:59:59.999Z', '2026-12-03', 'one millisecond before midnight in Hà Nội'],
    ['2026-12-03T17:00:00.000Z', '2026-12-04', 'midnight in Hà Nội, still the 3rd in UTC'],
    ['2026-12-31T17:30:00.000Z', '2027-01-01', 'New Year in Viet Nam first'],
    ['2028-02-28T17:00:00.000Z', '2028-02-29', 'a leap day'],
    ['2026-06-15T03:00:00.000Z', '2026-06-15', 'mid-morning'],
  ])('%s → %s (%s)', (instant, day) => {
    expect(vietnamDayOf(instant)).toBe(day);
    expect(vietnamDayOf(new Date(instant))).toBe(day);
    expect(vietnamDayOf(Date.parse(instant))).toBe(day);
  });

  it('is the same day under any TZ setting', () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
        process.env.TZ = tz;
        expect(vietnamDayOf('2026-12-03T18:00:00Z')).toBe('2026-12-04');
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
