import { ageBand, checkAge, checkDateOfBirth, isChild, type AgeBand } from '../../../../../shared/minors/age';

export type LiveAge =
  | { state: 'unknown' }
  | { state: 'invalid'; error: string }
  | { state: 'ok'; age: number; estimated: boolean; band: AgeBand; child: boolean; warnings: string[] };

/** The age on the inspection date, recomputed as the date of birth (or the estimate) is typed. */
export function liveAge(dateOfBirth: string | undefined, estimatedAge: number | undefined, inspectionDate: string): LiveAge {
  const check = dateOfBirth ? checkDateOfBirth(dateOfBirth, inspectionDate) : estimatedAge !== undefined ? checkAge(estimatedAge) : undefined;
  if (!check) return { state: 'unknown' };
  if (!check.ok) return { state: 'invalid', error: check.error };
  return { state: 'ok', age: check.age, estimated: !dateOfBirth, band: ageBand(check.age), child: isChild(check.age), warnings: check.warnings };
}
