import { useEffect, useState } from 'react';
import { useDebouncedValue } from './useDebouncedValue';

/**
 * What is typed in a search box, handed on as the applied query once typing pauses.
 * The applied query never writes back into the box, so a slow answer cannot undo a keystroke.
 */
export function useDebouncedSearch(query: string, onQuery: (query: string) => void, delayMs = 300) {
  const [text, setText] = useState(query);
  const debounced = useDebouncedValue(text.trim(), delayMs);
  useEffect(() => {
    if (debounced !== query) onQuery(debounced);
  }, [debounced]);
  return [text, setText] as const;
}
