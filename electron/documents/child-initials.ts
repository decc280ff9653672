/**
 * How a child or other minor worker is named in a document. The establishment keeps a copy of
 * the minutes, and a child's name, age and address are private information (Law on Children
 * Art. 6.11, Decree 56/2017 Art. 33; legal-reference §7): by default only the initials and the
 * year of birth are written. The full name and date of birth appear only when the user chooses
 * `full`. No mode ever writes the home address, school or family details.
 */
import type { ChildNameMode } from '../../shared/schemas/document';
import type { Minor } from '../../shared/schemas/inspection';
import { formatShortDate } from './plan-labels';

export type NamedMinor = Pick<Minor, 'fullName' | 'dateOfBirth' | 'ageAtInspection' | 'ageEstimated'>;

/** "Nguyễn Văn An" → "N.V.A"; "đặng thị ánh" → "Đ.T.Á" (the first letter of each word, as written). */
export function nameInitials(fullName: string): string {
  return fullName
    .normalize('NFC')
    .trim()
    .split(/\s+/u)
    .filter((word) => word.length > 0)
    .map((word) => [...word][0]!.toLocaleUpperCase('vi'))
    .join('.');
}

/**
 * "N.V.A, sinh năm 2014" (initials) or "Nguyễn Văn An, sinh ngày 15/03/2014" (full); without a
 * date of birth the estimated age: "N.V.A, khoảng 14 tuổi".
 */
export function childDisplayName(minor: NamedMinor, mode: ChildNameMode): string {
  const name = mode === 'full' ? minor.fullName.normalize('NFC').trim().replace(/\s+/gu, ' ') : nameInitials(minor.fullName);
  if (minor.dateOfBirth && !minor.ageEstimated) {
    return mode === 'full' ? `${name}, sinh ngày ${formatShortDate(minor.dateOfBirth)}` : `${name}, sinh năm ${minor.dateOfBirth.slice(0, 4)}`;
  }
  return `${name}, khoảng ${minor.ageAtInspection} tuổi`;
}
