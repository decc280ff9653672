import { describe, expect, it } from 'vitest';
import { normalizeTaxCode, taxCodeProblem } from '../../shared/ids/tax-code';

describe('taxCodeProblem', () => {
  it.each(['0100233488', '0314409058', '0312687878', '0100112437', '0100109106'])('accepts the known valid code %s', (code) => {
    expect(taxCodeProblem(code)).toBeNull();
  });

  it('rejects a wrong check digit', () => {
    expect(taxCodeProblem('0100233480')).toBe('checksum');
  });

  it('accepts a branch code of 13 digits and rejects branch 000', () => {
    expect(taxCodeProblem('0100233488-001')).toBeNull();
    expect(taxCodeProblem('0100233488000')).toBe('branch');
  });

  it('accepts the 12-digit personal number used by household businesses', () => {
    expect(taxCodeProblem('001203004567')).toBeNull();
  });

  it('rejects other lengths, letters and an all-zero sequence', () => {
    expect(taxCodeProblem('12345')).toBe('format');
    expect(taxCodeProblem('01002334AB')).toBe('format');
    expect(taxCodeProblem('01000000000')).toBe('format');
    expect(taxCodeProblem('0100000003')).toBe('sequence');
  });

  it('strips spaces, dots and dashes people type', () => {
    expect(normalizeTaxCode(' 0100 233.488-001 ')).toBe('0100233488001');
  });
});
