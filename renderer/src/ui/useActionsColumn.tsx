import type { ColumnType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { CommandName } from '../../../shared/commands';
import { RecordActions } from './RecordActions';
import { useCan } from './session';
import { NARROW_WINDOW, useMediaQuery } from './useMediaQuery';

export interface RowHandlers<T> {
  onEdit: (record: T) => void;
  onDelete: (record: T) => void;
  onRestore: (record: T) => void;
}

/**
 * The last column of every register table: Edit / Delete, or Restore for a deleted row; hidden
 * for a role that may not run `command` (the table's update command).
 */
export function useActionsColumn<T extends { deletedAt: string | null }>(nameOf: (record: T) => string, handlers: RowHandlers<T>, command: CommandName): ColumnType<T> {
  const { t } = useTranslation();
  const allowed = useCan(command);
  const narrow = useMediaQuery(NARROW_WINDOW);
  return {
    title: t('common.actions'),
    key: 'actions',
    width: narrow ? 90 : 150,
    hidden: !allowed,
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
