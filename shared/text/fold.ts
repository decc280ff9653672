/**
 * Folds Vietnamese text for search and duplicate detection: lower case, no diacritics,
 * đ/Đ → d (Unicode does not decompose đ, so NFD alone leaves it), single spaces.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
