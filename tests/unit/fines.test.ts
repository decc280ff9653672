import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOGUE } from '../../shared/catalogue/default-catalogue';
import type { ViolationType } from '../../shared/catalogue/schema';
import { fineBracketFor, finedAsOrganisation, isWithinBracket, proposedFine } from '../../shared/minors/fines';
import { ESTABLISHMENT_KINDS, type EstablishmentKind } from '../../shared/schemas/establishment';

function type(code: string): ViolationType {
  const found = DEFAULT_CATALOGUE.violationTypes.find((t) => t.code === code);
  if (!found) throw new Error(`missing ${code}`);
  return found;
}

const bracket = (fineMin: number, fineMax: number) => ({ fineMin, fineMax });

describe('finedAsOrganisation', () => {
  const expected: Record<EstablishmentKind, boolean> = {
    enterprise: true,
    cooperative: true,
    cooperative_group: true,
    household_business: false,
    household: false,
    craft_village: true,
    other: true,
  };

  it('covers every establishment kind', () => {
    expect(Object.keys(expected).sort()).toEqual([...ESTABLISHMENT_KINDS].sort());
  });

  it.each(Object.entries(expected) as [EstablishmentKind, boolean][])('%s → %s', (kind, organisation) => {
    expect(finedAsOrganisation(kind)).toBe(organisation);
  });
});

describe('fineBracketFor (individual bracket, ×2 for organisations)', () => {
  it.each([
    ['household', 20_000_000, 25_000_000],
    ['household_business', 20_000_000, 25_000_000],
    ['enterprise', 40_000_000, 50_000_000],
    ['cooperative', 40_000_000, 50_000_000],
    ['cooperative_group', 40_000_000, 50_000_000],
    ['craft_village', 40_000_000, 50_000_000],
    ['other', 40_000_000, 50_000_000],
  ] as [EstablishmentKind, number, number][])('LDCTN-04, %s → %i–%i', (kind, min, max) => {
    expect(fineBracketFor(type('LDCTN-04'), kind)).toEqual({ min, max });
  });

  it('matches the organisation amounts of legal-reference §4.4 notes (k1 2–4 M, k2 40–50 M, k3 100–150 M)', () => {
    expect(fineBracketFor(type('LDCTN-01'), 'enterprise')).toEqual({ min: 2_000_000, max: 4_000_000 });
    expect(fineBracketFor(type('LDCTN-02'), 'enterprise')).toEqual({ min: 40_000_000, max: 50_000_000 });
    expect(fineBracketFor(type('LDCTN-09b'), 'enterprise')).toEqual({ min: 100_000_000, max: 150_000_000 });
  });
});

describe('proposedFine (mean of the bracket, nearest 1,000 VND)', () => {
  it.each([
    ['LDCTN-01', 'household', 1_500_000],
    ['LDCTN-01', 'enterprise', 3_000_000],
    ['LDCTN-04', 'household_business', 22_500_000],
    ['LDCTN-04', 'cooperative', 45_000_000],
    ['LDCTN-09b', 'household', 62_500_000],
    ['LDCTN-09b', 'enterprise', 125_000_000],
  ] as [string, EstablishmentKind, number][])('%s for %s → %i', (code, kind, amount) => {
    expect(proposedFine(type(code), kind)).toBe(amount);
  });

  it('reproduces the Hải Dương karaoke decision: 62.5 M VND for an individual under k3 c', () => {
    expect(proposedFine(type('LDCTN-09b'), 'household_business')).toBe(62_500_000);
  });

  it.each(ESTABLISHMENT_KINDS)('doubles for organisations only (%s)', (kind) => {
    const individual = proposedFine(type('LDCTN-05'), 'household');
    expect(proposedFine(type('LDCTN-05'), kind)).toBe(finedAsOrganisation(kind) ? individual * 2 : individual);
  });

  it('rounds to the nearest thousand, half up', () => {
    expect(proposedFine(bracket(1_000_000, 1_001_001), 'household')).toBe(1_001_000); // mean 1,000,500.5
    expect(proposedFine(bracket(1_000_000, 1_000_998), 'household')).toBe(1_000_000); // mean 1,000,499
    expect(proposedFine(bracket(1_000_000, 1_001_000), 'household')).toBe(1_001_000); // mean 1,000,500
  });

  it('rounds the organisation mean, not twice the rounded individual mean', () => {
    // individual mean 1,000,500 → 1,001,000; organisation mean 2,001,000 exactly
    expect(proposedFine(bracket(1_000_000, 1_001_000), 'enterprise')).toBe(2_001_000);
  });

  it('stays inside the bracket when rounding would leave it', () => {
    expect(proposedFine(bracket(1_000_100, 1_000_200), 'household')).toBe(1_000_100);
    expect(proposedFine(bracket(1_999_700, 1_999_900), 'household')).toBe(1_999_900);
  });
});

describe('isWithinBracket', () => {
  it('checks bounds inclusively for the offender kind', () => {
    const t = type('LDCTN-02');
    expect(isWithinBracket(20_000_000, t, 'household')).toBe(true);
    expect(isWithinBracket(25_000_000, t, 'household')).toBe(true);
    expect(isWithinBracket(25_000_001, t, 'household')).toBe(false);
    expect(isWithinBracket(19_999_999, t, 'household')).toBe(false);
    expect(isWithinBracket(25_000_000, t, 'enterprise')).toBe(false);
    expect(isWithinBracket(40_000_000, t, 'enterprise')).toBe(true);
    expect(isWithinBracket(50_000_000, t, 'enterprise')).toBe(true);
  });

  it('refuses non-integer amounts', () => {
    expect(isWithinBracket(22_500_000.5, type('LDCTN-02'), 'household')).toBe(false);
    expect(isWithinBracket(Number.NaN, type('LDCTN-02'), 'household')).toBe(false);
  });
});
