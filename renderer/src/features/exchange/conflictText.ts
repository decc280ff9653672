import type { TFunction } from 'i18next';
import type { ConflictEntry } from '../../../../shared/schemas/exchange';
import { labelOf, valueOf } from '../../ui/history/HistoryPanel';

const noNames = () => undefined;

/** The field as its form names it (the service's Vietnamese label otherwise). */
export const fieldText = (entry: ConflictEntry, t: TFunction): string =>
  labelOf({ table: entry.tableName, field: entry.field, fieldLabel: entry.fieldLabel }, t);

/** A value as the reader sees it: enum labels, dates dd/mm/yyyy, amounts with dots, nothing as "—". */
export const valueText = (entry: ConflictEntry, value: unknown, t: TFunction): string =>
  valueOf({ table: entry.tableName, field: entry.field }, value, t, noNames);

/** The page that shows the record, where there is one of its own. */
export function recordPath(entry: ConflictEntry): string | undefined {
  if (entry.tableName === 'establishments') return `/establishments/${entry.rowId}`;
  if (entry.tableName === 'plans') return `/plans/${entry.rowId}`;
  if (entry.tableName === 'inspections') return `/inspections/${entry.rowId}`;
  return undefined;
}

