/** Vietnamese tax code (mã số thuế) checks, see legal-reference §9.1. */

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

export type TaxCodeProblem = 'format' | 'checksum' | 'sequence' | 'branch';

/** Strips the separators people type: space, dash, dot. */
export function normalizeTaxCode(raw: string): string {
  return raw.replace(/[\s.-]/g, '');
}

function checkDigitOk(ten: string): boolean {
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(ten[i]), 0);
  return 10 - (sum % 11) === Number(ten[9]);
}

/**
 * Accepts 10 digits (with check digit), 13 = 10 + 3-digit branch, or the 12-digit
 * personal identification number used by household businesses since 07/2025.
 * Returns null when valid, otherwise what is wrong.
 */
export function taxCodeProblem(raw: string): TaxCodeProblem | null {
  const code = normalizeTaxCode(raw);
  if (!/^\d+$/.test(code) || ![10, 12, 13].includes(code.length)) return 'format';
  if (code.length === 12) return null;
  if (code.slice(2, 9) === '0000000') return 'sequence';
  if (code.length === 13 && code.slice(10) === '000') return 'branch';
  return checkDigitOk(code.slice(0, 10)) ? null : 'checksum';
}
