import { describe, expect, it } from 'vitest';
import { formatOfficialDate, officialDateLine } from '../../shared/text/official-date';

describe('formatOfficialDate (Decree 30/2020: day < 10 and months 1–2 take a leading zero)', () => {
  it.each([
    ['2026-03-05', 'ngày 05 tháng 3 năm 2026'],
    ['2026-01-05', 'ngày 05 tháng 01 năm 2026'],
    ['2026-02-09', 'ngày 09 tháng 02 năm 2026'],
    ['2026-02-28', 'ngày 28 tháng 02 năm 2026'],
    ['2026-09-10', 'ngày 10 tháng 9 năm 2026'],
    ['2026-11-23', 'ngày 23 tháng 11 năm 2026'],
    ['2028-02-29', 'ngày 29 tháng 02 năm 2028'],
  ])('%s → %s', (iso, expected) => {
    expect(formatOfficialDate(iso)).toBe(expected);
  });

  it.each(['2026-02-30', '2027-02-29', '2026-13-01', '2026-00-10', '5/3/2026', '2026-3-5', ''])(
    'rejects %j',
    (iso) => {
      expect(() => formatOfficialDate(iso)).toThrow(RangeError);
    },
  );
});

describe('officialDateLine', () => {
  it('puts the place, a comma and the date on one line', () => {
    expect(officialDateLine('Bắc Ninh', '2026-03-05')).toBe('Bắc Ninh, ngày 05 tháng 3 năm 2026');
  });

  it('trims the place and refuses an empty one', () => {
    expect(officialDateLine('  Hà Nội ', '2026-12-01')).toBe('Hà Nội, ngày 01 tháng 12 năm 2026');
    expect(() => officialDateLine('  ', '2026-12-01')).toThrow(RangeError);
  });
});
