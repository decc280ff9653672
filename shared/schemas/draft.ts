import * as z from 'zod';

/**
 * An unsaved form kept aside while the user types (never lose input, issue 10): which form of
 * which record (`inspections.update:<id>`, `minors.create:<inspectionId>`…), and the values.
 */
export const DraftKey = z.string().min(1).max(200).regex(/^[\w.:-]+$/, 'Tên bản nháp không hợp lệ');
/** What the form needs to put the draft back: its values and what they were edited from. */
export const DRAFT_MAX_CHARS = 500_000;
export const DraftData = z.json().refine((v) => JSON.stringify(v).length <= DRAFT_MAX_CHARS, 'Bản nháp quá lớn');

export const DraftKeyInput = z.object({ key: DraftKey });
export const DraftSaveInput = z.object({ key: DraftKey, data: DraftData });
export const StoredDraft = z.object({ savedAt: z.string(), data: z.json() });
export type StoredDraft = z.infer<typeof StoredDraft>;
