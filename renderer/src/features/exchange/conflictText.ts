import type { TFunction } from 'i18next';
import type { ConflictEntry } from '../../../../shared/schemas/exchange';
import { labelOf, valueOf } from '../../ui/history/HistoryPanel';

const noNames = () => undefined;

/**
 * The field as its form names it (the service's Vietnamese label otherwise); for a deletion
 * against an edit, the fields the edit changed.
 */
export const fieldText = (entry: ConflictEntry, t: TFunction): string =>
  entry.kind === 'delete_edit' && entry.edits?.length
    ? entry.edits.map((e) => labelOf({ table: entry.tableName, field: e.field, fieldLabel: e.fieldLabel }, t)).join(', ')
    : labelOf({ table: entry.tableName, field: entry.field, fieldLabel: entry.fieldLabel }, t);

/** A value as the reader sees it: enum labels, dates dd/mm/yyyy, amounts with dots, nothing as "—". */
export const valueText = (entry: ConflictEntry, value: unknown, t: TFunction): string =>
  valueOf({ table: entry.tableName, field: entry.field }, value, t, noNames);

/**
 * What one side of an entry says: its value; for a deletion against an edit, "deleted" on one
 * side and the edited fields with their values on the other.
 */
export function sideText(entry: ConflictEntry, side: 'a' | 'b', t: TFunction): string {
  if (entry.kind !== 'delete_edit') return valueText(entry, entry[side].value, t);
  if (side === 'a') return t('exchange.inbox.deletedRecord');
  const edits = entry.edits ?? [];
  if (edits.length === 0) return valueText(entry, entry.b.value, t);
  return edits
    .map((e) => {
      const one = { ...entry, field: e.field, fieldLabel: e.fieldLabel };
      return `${labelOf({ table: entry.tableName, field: e.field, fieldLabel: e.fieldLabel }, t)}: ${valueText(one, e.value, t)}`;
    })
    .join('\n');
}

/** The page that shows the record, where there is one of its own. */
export function recordPath(entry: ConflictEntry): string | undefined {
  if (entry.tableName === 'establishments') return `/establishments/${entry.rowId}`;
  if (entry.tableName === 'plans') return `/plans/${entry.rowId}`;
  if (entry.tableName === 'inspections') return `/inspections/${entry.rowId}`;
  return undefined;
}

