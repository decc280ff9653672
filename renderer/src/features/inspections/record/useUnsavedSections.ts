import { useCallback, useEffect, useState } from 'react';

/**
 * Which sections of the record hold unsaved changes, so the tab shows it and finalising waits
 * for them to be saved (a locked record would otherwise silently lose them).
 */
export function useUnsavedSections() {
  const [dirty, setDirty] = useState<Record<string, boolean>>({});
  const reporter = useCallback((section: string) => (value: boolean) => setDirty((d) => (Boolean(d[section]) === value ? d : { ...d, [section]: value })), []);
  const unsaved = Object.keys(dirty).filter((section) => dirty[section]);
  return { unsaved, reporter };
}

/** Reports a section's unsaved state to the page whenever it changes. */
export function useReportDirty(dirty: boolean, onDirty: ((dirty: boolean) => void) | undefined) {
  useEffect(() => {
    onDirty?.(dirty);
  }, [dirty, onDirty]);
}
