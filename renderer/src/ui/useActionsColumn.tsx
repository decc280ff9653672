import type { ColumnType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { RecordActions } from './RecordActions';

export interface RowHandlers<T> {
  onEdit: (record: T) => void;
  onDelete: (record: T) => void;
  onRestore: (record: T) => void;
}

/** The last column of every register table: Edit / Delete, or Restore for a deleted row. */
export function useActionsColumn<T extends { deletedAt: string | null }>(nameOf: (record: T) => string, handlers: RowHandlers<T>): ColumnType<T> {
  const { t } = useTranslation();
  return {
    title: t('common.actions'),
    key: 'actions',
    width: 150,
    render: (_, record) => (
      <RecordActions
        deleted={Boolean(record.deletedAt)}
        name={nameOf(record)}
        onEdit={() => handlers.onEdit(record)}
        onDelete={() => handlers.onDelete(record)}
        onRestore={() => handlers.onRestore(record)}
      />
    ),
  };
}
