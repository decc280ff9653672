/**
 * A label inside a sentence: the same words with the first letter in lower case
 * ("Kiểm tra định kỳ" → "02 cuộc kiểm tra định kỳ", "Hộ gia đình" → "04 hộ gia đình").
 * Only for labels that start with a common noun, never a title such as "Trưởng đoàn".
 */
export const labelInText = (label: string): string => label.charAt(0).toLocaleLowerCase('vi') + label.slice(1);

/** "2026-03-05" → "05/03/2026": dates in messages and lists (ISO dates stay in the data). */
export function shortDate(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-');
  return y && m && d ? `${d}/${m}/${y}` : isoDate;
}
