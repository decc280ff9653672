import { useSyncExternalStore } from 'react';

/** Whether a CSS media query matches now, following the window as it is resized. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (changed) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', changed);
      return () => list.removeEventListener('change', changed);
    },
    () => window.matchMedia(query).matches,
  );
}

/** Below 1100 px the navigation folds to its icons, so the page keeps its width. */
export const NARROW_WINDOW = '(max-width: 1099.98px)';
