import { useState } from 'react';
import type { InspectionDetail } from '../../../../../shared/schemas/inspection';

type Row = InspectionDetail['checklist'][number];
export type CheckResult = Row['result'];
type Entry = Pick<Row, 'result' | 'note'>;

/** Unsaved answers on top of the saved checklist; saving sends only the rows that changed. */
export function useChecklistDraft(saved: Row[]) {
  const [changes, setChanges] = useState<Record<string, Entry>>({});
  const rows = saved.map((row) => ({ ...row, ...changes[row.itemCode] }));
  const set = (itemCode: string, patch: Partial<Entry>) =>
    setChanges((current) => {
      const base = current[itemCode] ?? saved.find((r) => r.itemCode === itemCode)!;
      return { ...current, [itemCode]: { result: base.result, note: base.note, ...patch } };
    });
  const changed = rows.filter((row) => changes[row.itemCode]).map((row) => ({ itemCode: row.itemCode, result: row.result, note: row.note }));
  return {
    rows,
    set,
    changed,
    /** The unsaved answers, as kept in a draft. */
    changes,
    /** Puts back answers kept in a draft (for items the catalogue still has). */
    restore: (kept: Record<string, Entry>) =>
      setChanges((current) => ({ ...current, ...Object.fromEntries(Object.entries(kept).filter(([code]) => saved.some((r) => r.itemCode === code))) })),
    clear: () => setChanges({}),
  };
}
