/**
 * Age of a minor on a given day, from ISO date strings only: integer year/month/day arithmetic,
 * never `new Date('YYYY-MM-DD')`, so the result cannot shift with the machine's time zone.
 */

export const MINOR_AGE_BANDS = ['under13', '13to15', '15to18'] as const;
export type MinorAgeBand = (typeof MINOR_AGE_BANDS)[number];
/** The Labour Code 2019 bands and `adult` for someone found to be 18 or over (labels: shared/labels/age.ts). */
export const AGE_BANDS = [...MINOR_AGE_BANDS, 'adult'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses "YYYY-MM-DD" into integers, or undefined when malformed or not a real calendar day. */
export function parseIsoDate(value: string): CalendarDate | undefined {
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== undefined;
}

function requireIsoDate(value: string, what: string): CalendarDate {
  const date = parseIsoDate(value);
  if (!date) throw new RangeError(`${what} không hợp lệ (cần ngày có thật, định dạng YYYY-MM-DD): "${value}"`);
  return date;
}

/** Negative, zero or positive like a comparator; ISO strings of valid dates sort correctly. */
export function compareIsoDates(a: string, b: string): number {
  requireIsoDate(a, 'Ngày');
  requireIsoDate(b, 'Ngày');
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Day of `year` on which someone born on `birth` has a birthday.
 *
 * A 29 February birth reaches its birthday on 1 March in common years: until then the child has
 * not lived the full years (a 12-year-old born on 29 February is still 12, in the under-13 band,
 * on 28 February of a common year). This is the one rule of the app: every age is computed here
 * (services, forms, documents, reports read the ages stored from it). Chosen by issue 10 as the
 * reading that protects the child; the inspectorate's own reading is to be confirmed.
 */
function birthdayIn(year: number, birth: CalendarDate): { month: number; day: number } {
  if (birth.month === 2 && birth.day === 29 && !isLeapYear(year)) return { month: 3, day: 1 };
  return { month: birth.month, day: birth.day };
}

/** Completed years on `onDate`; the birthday itself counts as reached. */
export function ageAt(dateOfBirth: string, onDate: string): number {
  const birth = requireIsoDate(dateOfBirth, 'Ngày sinh');
  const on = requireIsoDate(onDate, 'Ngày tính tuổi');
  if (dateOfBirth > onDate) throw new RangeError(`Ngày sinh ${dateOfBirth} sau ngày tính tuổi ${onDate}`);
  const birthday = birthdayIn(on.year, birth);
  const reached = on.month > birthday.month || (on.month === birthday.month && on.day >= birthday.day);
  return on.year - birth.year - (reached ? 0 : 1);
}

function requireAge(age: number): void {
  if (!Number.isInteger(age) || age < 0) throw new RangeError(`Tuổi phải là số nguyên không âm: ${age}`);
}

/** Labour Code 2019 bands: < 13, 13 – < 15, 15 – < 18 (Điều 143, 145, 146, 147). */
export function ageBand(age: number): AgeBand {
  requireAge(age);
  if (age < 13) return 'under13';
  if (age < 15) return '13to15';
  if (age < 18) return '15to18';
  return 'adult';
}

/** "Lao động chưa thành niên là người lao động chưa đủ 18 tuổi" (Điều 143 khoản 1 BLLĐ). */
export function isMinor(age: number): boolean {
  requireAge(age);
  return age < 18;
}

/** "Trẻ em là người dưới 16 tuổi" (Điều 1 Luật Trẻ em 2016). */
export function isChild(age: number): boolean {
  requireAge(age);
  return age < 16;
}

/** Minors found working are expected to be 5–17 (Decision 782/QĐ-TTg counts children aged 5–17). */
export const EXPECTED_MIN_AGE = 5;
export const EXPECTED_MAX_AGE = 17;
const EARLIEST_BIRTH_YEAR = 1900;

export type AgeCheck = { ok: true; age: number; warnings: string[] } | { ok: false; error: string };

function warningsFor(age: number): string[] {
  if (age < EXPECTED_MIN_AGE) return [`Tuổi tính được là ${age}, dưới ${EXPECTED_MIN_AGE} tuổi — kiểm tra lại ngày sinh`];
  if (age > EXPECTED_MAX_AGE) return [`Người này đã đủ ${age} tuổi, không còn là lao động chưa thành niên — kiểm tra lại ngày sinh`];
  return [];
}

/**
 * Checks a date of birth against the inspection date. Errors block saving (bad date, birth after
 * the inspection, absurd year); warnings only ask the inspector to look again (outside 5–17).
 */
export function checkDateOfBirth(dateOfBirth: string, inspectionDate: string): AgeCheck {
  const birth = parseIsoDate(dateOfBirth);
  if (!birth) return { ok: false, error: 'Ngày sinh không hợp lệ (cần ngày có thật, định dạng YYYY-MM-DD)' };
  if (!parseIsoDate(inspectionDate)) return { ok: false, error: 'Ngày kiểm tra không hợp lệ (cần ngày có thật, định dạng YYYY-MM-DD)' };
  if (dateOfBirth > inspectionDate) return { ok: false, error: 'Ngày sinh không được sau ngày kiểm tra' };
  if (birth.year < EARLIEST_BIRTH_YEAR) return { ok: false, error: `Năm sinh không hợp lệ (trước ${EARLIEST_BIRTH_YEAR})` };
  const age = ageAt(dateOfBirth, inspectionDate);
  return { ok: true, age, warnings: warningsFor(age) };
}

/** Same checks for an age given directly (estimated when the date of birth is unknown). */
export function checkAge(age: number): AgeCheck {
  if (!Number.isInteger(age) || age < 0) return { ok: false, error: 'Tuổi phải là số nguyên không âm' };
  if (age > 120) return { ok: false, error: 'Tuổi không hợp lệ (quá 120)' };
  return { ok: true, age, warnings: warningsFor(age) };
}

/** A date that must not lie after `today` (the caller supplies today: this module has no clock). */
export function isFutureDate(date: string, today: string): boolean {
  return compareIsoDates(date, today) > 0;
}
