import type { ViolationType } from '../catalogue/schema';
import type { EstablishmentKind } from '../schemas/establishment';

export interface FineBracket {
  min: number;
  max: number;
}

const ORGANISATION_MULTIPLIER = 2;
const ROUNDING_STEP = 1_000;

/**
 * Decree 12/2022 states amounts for individuals; organisations pay double (khoản 1 Điều 6).
 * Households and household businesses are fined as individuals (legal-reference §4.1, glossary).
 * Uncertain cases, defaulting to "organisation" as the seed data does:
 * - cooperative_group (tổ hợp tác): no legal personality; treatment in Decree 12/2022 not verified.
 * - craft_village (làng nghề): not itself an employer; the offender should be the member household or
 *   workshop, recorded as its own establishment. If a village is recorded anyway, ×2 applies.
 * - other: unknown legal form, treated as an organisation; the inspector may adjust the amount.
 */
export function finedAsOrganisation(kind: EstablishmentKind): boolean {
  switch (kind) {
    case 'household':
    case 'household_business':
      return false;
    case 'enterprise':
    case 'cooperative':
    case 'cooperative_group':
    case 'craft_village':
    case 'other':
      return true;
  }
}

/** The applicable bracket for this offender: the catalogue's individual bracket, ×2 for organisations. */
export function fineBracketFor(type: Pick<ViolationType, 'fineMin' | 'fineMax'>, kind: EstablishmentKind): FineBracket {
  const factor = finedAsOrganisation(kind) ? ORGANISATION_MULTIPLIER : 1;
  return { min: type.fineMin * factor, max: type.fineMax * factor };
}

/**
 * Default amount when there is no aggravating or mitigating circumstance: the mean of the
 * applicable bracket (Law on Handling Administrative Violations, Art. 23 — unverified in the
 * reference, but matches the 62.5 M VND Hải Dương decision), rounded to the nearest 1,000 VND.
 * The rounded value is kept inside the bracket, for imported catalogues with odd amounts.
 */
export function proposedFine(type: Pick<ViolationType, 'fineMin' | 'fineMax'>, offenderKind: EstablishmentKind): number {
  const { min, max } = fineBracketFor(type, offenderKind);
  const rounded = Math.round((min + max) / 2 / ROUNDING_STEP) * ROUNDING_STEP;
  return Math.min(max, Math.max(min, rounded));
}

/** Whether an amount typed by the inspector is a whole VND amount inside the applicable bracket. */
export function isWithinBracket(amount: number, type: Pick<ViolationType, 'fineMin' | 'fineMax'>, kind: EstablishmentKind): boolean {
  const { min, max } = fineBracketFor(type, kind);
  return Number.isSafeInteger(amount) && amount >= min && amount <= max;
}
