import type { Minor } from '../../../../../shared/schemas/inspection';

/** "Nguyễn Văn An (12 tuổi), Lò Thị Bình (16 tuổi)" for the minors a violation concerns. */
export function minorNames(ids: readonly string[], minors: readonly Minor[], ageLabel: (age: number) => string): string {
  return ids
    .map((id) => minors.find((m) => m.id === id))
    .filter((m): m is Minor => Boolean(m))
    .map((m) => `${m.fullName} (${ageLabel(m.ageAtInspection)})`)
    .join(', ');
}
