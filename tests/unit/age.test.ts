import { describe, expect, it } from 'vitest';
import { ageAt, ageBand, checkAge, checkDateOfBirth, isChild, isFutureDate, isMinor, parseIsoDate } from '../../shared/minors/age';

describe('ageAt (completed years, integer Y/M/D arithmetic)', () => {
  it.each([
    ['2011-06-15', '2026-06-15', 15, 'birthday on the inspection day counts as reached'],
    ['2011-06-15', '2026-06-14', 14, 'day before the birthday'],
    ['2011-06-15', '2026-06-16', 15, 'day after the birthday'],
    ['2011-06-15', '2026-05-31', 14, 'earlier month'],
    ['2011-06-15', '2026-07-01', 15, 'later month'],
    ['2011-12-31', '2026-01-01', 14, 'year boundary'],
    ['2026-03-05', '2026-03-05', 0, 'born on the day'],
  ])('%s on %s → %i (%s)', (dob, on, expected) => {
    expect(ageAt(dob, on)).toBe(expected);
  });

  describe('29 February births (birthday on 1 March in common years)', () => {
    it.each([
      ['2012-02-29', '2028-02-28', 15, 'leap year: 28 Feb is the day before'],
      ['2012-02-29', '2028-02-29', 16, 'leap year: birthday on 29 Feb'],
      ['2012-02-29', '2027-02-27', 14, 'common year: two days before'],
      ['2012-02-29', '2027-02-28', 14, 'common year: not yet on 28 Feb'],
      ['2012-02-29', '2027-03-01', 15, 'common year: reached on 1 March'],
      ['2012-02-29', '2025-02-28', 12, 'a 12-year-old stays in the under-13 band on 28 Feb'],
      ['2012-02-29', '2025-03-01', 13, 'and is 13 on 1 March'],
      ['2008-02-29', '2026-02-28', 17, 'still 17 on 28 Feb 2026'],
      ['2008-02-29', '2026-03-01', 18, 'turns 18 on 1 March 2026'],
    ])('%s on %s → %i (%s)', (dob, on, expected) => {
      expect(ageAt(dob, on)).toBe(expected);
    });

    it('keeps the band the age gives (under 13 on 28 February)', () => {
      expect(ageBand(ageAt('2012-02-29', '2025-02-28'))).toBe('under13');
      expect(ageBand(ageAt('2012-02-29', '2025-03-01'))).toBe('13to15');
    });

    it('treats 2100 as a common year (century rule)', () => {
      expect(ageAt('2096-02-29', '2100-02-28')).toBe(3);
      expect(ageAt('2096-02-29', '2100-03-01')).toBe(4);
    });
  });

  it('does not depend on the time zone', () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
        process.env.TZ = tz;
        expect(ageAt('2011-06-15', '2026-06-15')).toBe(15);
        expect(ageAt('2011-06-15', '2026-06-14')).toBe(14);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it.each([
    ['2011-02-30', '2026-01-01'],
    ['2011-13-01', '2026-01-01'],
    ['15/06/2011', '2026-01-01'],
    ['2011-06-15', '2026-6-1'],
    ['2027-02-29', '2028-01-01'],
  ])('rejects invalid dates %s / %s', (dob, on) => {
    expect(() => ageAt(dob, on)).toThrow(RangeError);
  });

  it('rejects a birth after the reference day', () => {
    expect(() => ageAt('2026-06-16', '2026-06-15')).toThrow(/sau ngày tính tuổi/);
  });
});

describe('parseIsoDate', () => {
  it('parses real days and refuses impossible ones', () => {
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseIsoDate('2026-02-29')).toBeUndefined();
    expect(parseIsoDate('2026-04-31')).toBeUndefined();
    expect(parseIsoDate('2026-00-10')).toBeUndefined();
    expect(parseIsoDate('')).toBeUndefined();
  });
});

describe('ageBand (Labour Code 2019 bands)', () => {
  it.each([
    [0, 'under13'],
    [12, 'under13'],
    [13, '13to15'],
    [14, '13to15'],
    [15, '15to18'],
    [16, '15to18'],
    [17, '15to18'],
    [18, 'adult'],
    [40, 'adult'],
  ])('%i → %s', (age, band) => {
    expect(ageBand(age)).toBe(band);
  });

  it('changes band exactly on the 13th, 15th and 18th birthday', () => {
    expect(ageBand(ageAt('2013-09-01', '2026-08-31'))).toBe('under13');
    expect(ageBand(ageAt('2013-09-01', '2026-09-01'))).toBe('13to15');
    expect(ageBand(ageAt('2011-09-01', '2026-08-31'))).toBe('13to15');
    expect(ageBand(ageAt('2011-09-01', '2026-09-01'))).toBe('15to18');
    expect(ageBand(ageAt('2008-09-01', '2026-08-31'))).toBe('15to18');
    expect(ageBand(ageAt('2008-09-01', '2026-09-01'))).toBe('adult');
  });

  it.each([-1, 14.5, Number.NaN])('rejects %s', (age) => {
    expect(() => ageBand(age)).toThrow(RangeError);
  });
});

describe('isChild (Law on Children: under 16) and isMinor (under 18)', () => {
  it('is a child up to 15, not from 16', () => {
    expect(isChild(15)).toBe(true);
    expect(isChild(16)).toBe(false);
    expect(isChild(ageAt('2010-05-20', '2026-05-19'))).toBe(true);
    expect(isChild(ageAt('2010-05-20', '2026-05-20'))).toBe(false);
  });

  it('is a minor up to 17, not from 18', () => {
    expect(isMinor(17)).toBe(true);
    expect(isMinor(18)).toBe(false);
  });
});

describe('checkDateOfBirth', () => {
  it('accepts a usual minor without warnings', () => {
    expect(checkDateOfBirth('2012-04-10', '2026-05-01')).toEqual({ ok: true, age: 14, warnings: [] });
  });

  it('refuses a birth after the inspection day', () => {
    expect(checkDateOfBirth('2026-05-02', '2026-05-01')).toEqual({ ok: false, error: 'Ngày sinh không được sau ngày kiểm tra' });
  });

  it('refuses malformed or impossible dates in Vietnamese', () => {
    const result = checkDateOfBirth('2012-02-30', '2026-05-01');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^Ngày sinh không hợp lệ/);
    expect(checkDateOfBirth('2012-02-10', '01/05/2026').ok).toBe(false);
  });

  it('refuses an absurd year', () => {
    expect(checkDateOfBirth('1850-01-01', '2026-05-01').ok).toBe(false);
  });

  it('warns above 17 and below 5, but still accepts', () => {
    const adult = checkDateOfBirth('2008-01-01', '2026-05-01');
    expect(adult).toMatchObject({ ok: true, age: 18 });
    expect(adult.ok && adult.warnings[0]).toMatch(/không còn là lao động chưa thành niên/);
    const toddler = checkDateOfBirth('2023-01-01', '2026-05-01');
    expect(toddler).toMatchObject({ ok: true, age: 3 });
    expect(toddler.ok && toddler.warnings).toHaveLength(1);
    expect(checkDateOfBirth('2021-05-01', '2026-05-01')).toEqual({ ok: true, age: 5, warnings: [] });
    expect(checkDateOfBirth('2008-05-02', '2026-05-01')).toEqual({ ok: true, age: 17, warnings: [] });
  });
});

describe('checkAge (estimated age)', () => {
  it('accepts 5–17 silently, warns outside, refuses nonsense', () => {
    expect(checkAge(14)).toEqual({ ok: true, age: 14, warnings: [] });
    expect(checkAge(19)).toMatchObject({ ok: true, warnings: [expect.stringContaining('19')] });
    expect(checkAge(-1).ok).toBe(false);
    expect(checkAge(12.5).ok).toBe(false);
    expect(checkAge(150).ok).toBe(false);
  });
});

describe('isFutureDate', () => {
  it('compares ISO days', () => {
    expect(isFutureDate('2026-05-02', '2026-05-01')).toBe(true);
    expect(isFutureDate('2026-05-01', '2026-05-01')).toBe(false);
    expect(isFutureDate('2025-12-31', '2026-01-01')).toBe(false);
  });
});
