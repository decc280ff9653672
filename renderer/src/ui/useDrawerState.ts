import { useCallback, useState } from 'react';

/**
 * Open/close state of a form drawer with what it edits. `key` changes on every opening,
 * so keying the drawer on it gives each opening a fresh form.
 */
export function useDrawerState<T>() {
  const [state, setState] = useState<{ open: boolean; payload?: T; key: number }>({ open: false, key: 0 });
  const show = useCallback((payload?: T) => setState((s) => ({ open: true, payload, key: s.key + 1 })), []);
  const close = useCallback(() => setState((s) => ({ ...s, open: false })), []);
  return { ...state, show, close };
}
