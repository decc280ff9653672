import type { AgeBand } from '../../../../../shared/minors/age';
import type { FactKey } from './minorValues';

/**
 * Which facts decide a violation in each Labour Code age band (shared/minors/suggest-violations.ts):
 * the form shows these and no others, so the inspector asks only what matters for this child.
 */
export const CONDITION_FACTS: Record<AgeBand | 'unknown', FactKey[]> = {
  under13: ['inRegister', 'guardianConsent', 'writtenContract', 'healthCertificate'],
  '13to15': ['inRegister', 'guardianConsent', 'writtenContract', 'healthCertificate'],
  '15to18': ['inRegister', 'guardianConsent', 'writtenContract'],
  adult: [],
  unknown: ['inRegister', 'guardianConsent', 'writtenContract', 'healthCertificate'],
};

export const BAND_FACTS: Record<AgeBand, FactKey[]> = {
  under13: ['artSportWork', 'provincialConsent', 'hazardousJob'],
  '13to15': ['jobInLightWorkList', 'hazardousJob', 'hazardousWorkplace'],
  '15to18': ['jobInOvertimeNightList', 'hazardousJob', 'hazardousWorkplace'],
  adult: [],
};

const ALL_FACTS = new Set<FactKey>([...Object.values(CONDITION_FACTS).flat(), ...Object.values(BAND_FACTS).flat()]);

/** Facts that no longer apply when the band changes (e.g. a corrected date of birth). */
export function factsOutside(band: AgeBand): FactKey[] {
  const kept = new Set([...CONDITION_FACTS[band], ...BAND_FACTS[band]]);
  return [...ALL_FACTS].filter((fact) => !kept.has(fact));
}
