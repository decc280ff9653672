import { useEffect, useId } from 'react';

/**
 * Forms that hold unsaved changes right now, by an id of the form, with the words that name it
 * ("Thông tin chung", "Thêm cơ sở"). Leaving the page, reloading or signing out asks first while
 * any is listed (NavigationGuard). A form takes itself off the list as soon as its save succeeds,
 * so the navigation that follows a save is not stopped.
 */
const unsaved = new Map<string, string>();

export function markUnsaved(id: string, label: string): void {
  unsaved.set(id, label);
}

export function clearUnsaved(id: string): void {
  unsaved.delete(id);
}

export const hasUnsaved = (): boolean => unsaved.size > 0;

/** The names of the forms with unsaved changes, each once. */
export const unsavedLabels = (): string[] => [...new Set(unsaved.values())].filter(Boolean);

/** Forgets every form: the user chose to leave without saving. */
export function forgetUnsaved(): void {
  unsaved.clear();
}

/**
 * Lists the form while `active` (open and changed). Returns the id, for a save handler that must
 * take the form off the list before navigating (`clearUnsaved(id)`).
 */
export function useUnsavedGuard(active: boolean, label: string, givenId?: string): string {
  const ownId = useId();
  const id = givenId ?? ownId;
  // Every render, so a form cleared by its save is listed again at its next change.
  useEffect(() => {
    if (active) markUnsaved(id, label);
    else clearUnsaved(id);
  });
  useEffect(() => () => clearUnsaved(id), [id]);
  return id;
}
