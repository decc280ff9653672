/** A form's draft: what the user typed, what it was typed over, and on which version of the record. */
export interface FormDraft {
  base: Record<string, unknown>;
  values: Record<string, unknown>;
  version?: number;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields the user changed in the draft. */
export const draftedFields = (draft: FormDraft): string[] =>
  [...new Set([...Object.keys(draft.values), ...Object.keys(draft.base)])].filter((field) => !same(draft.values[field], draft.base[field]));

/**
 * The form's values with the draft put back: only the fields the user changed, over the record
 * as it is now, so a draft older than the record's last save does not undo someone else's edits.
 */
export function withDraft(current: Record<string, unknown>, draft: FormDraft): Record<string, unknown> {
  const merged = { ...current };
  for (const field of draftedFields(draft)) merged[field] = draft.values[field];
  return merged;
}
