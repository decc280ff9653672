import { useEffect } from 'react';

/** Alt+1 … Alt+9 opens the n-th section, so the record can be filled without the mouse. */
export function useTabHotkeys(keys: readonly string[], onSelect: (key: string) => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const index = Number(event.code.replace(/^(Digit|Numpad)/, '')) - 1;
      const key = keys[index];
      if (!Number.isInteger(index) || key === undefined) return;
      event.preventDefault();
      onSelect(key);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [keys, onSelect]);
}
