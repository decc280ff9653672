/**
 * Whether react-hook-form's dirtyFields holds any changed field. Its `isDirty` compares object
 * shapes, and a row saved without an optional key (the server omits empty values) then reads as
 * changed forever once the key's input registers; dirtyFields compares values only.
 */
export function hasChanges(dirtyFields: unknown): boolean {
  if (dirtyFields === true) return true;
  if (Array.isArray(dirtyFields)) return dirtyFields.some(hasChanges);
  if (dirtyFields && typeof dirtyFields === 'object') return Object.values(dirtyFields).some(hasChanges);
  return false;
}
