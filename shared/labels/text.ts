/**
 * A label inside a sentence: the same words with the first letter in lower case
 * ("Kiểm tra định kỳ" → "02 cuộc kiểm tra định kỳ", "Hộ gia đình" → "04 hộ gia đình").
 * Only for labels that start with a common noun, never a title such as "Trưởng đoàn".
 */
export const labelInText = (label: string): string => label.charAt(0).toLocaleLowerCase('vi') + label.slice(1);
