import { DeleteOutlined, EditOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Flex, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { NARROW_WINDOW, useMediaQuery } from './useMediaQuery';

interface RecordActionsProps {
  deleted: boolean;
  /** Spoken after the verb for screen readers and tests, e.g. "Sửa Công an tỉnh". */
  name: string;
  onEdit: () => void;
  onDelete: () => void;
  onRestore: () => void;
}

/** Row buttons of a soft-deletable record: Edit and Delete, or Restore once deleted; icons alone in a narrow window. */
export function RecordActions({ deleted, name, onEdit, onDelete, onRestore }: RecordActionsProps) {
  const { t } = useTranslation();
  const narrow = useMediaQuery(NARROW_WINDOW);
  if (deleted) {
    return (
      <Button size="small" icon={<UndoOutlined aria-hidden />} onClick={onRestore} aria-label={`${t('common.restore')} ${name}`}>
        {t('common.restore')}
      </Button>
    );
  }
  return (
    <Flex gap={4}>
      <Tooltip title={narrow ? t('common.edit') : undefined}>
        <Button size="small" type="text" icon={<EditOutlined aria-hidden />} onClick={onEdit} aria-label={`${t('common.edit')} ${name}`}>
          {!narrow && t('common.edit')}
        </Button>
      </Tooltip>
      <Tooltip title={narrow ? t('common.delete') : undefined}>
        <Button size="small" type="text" danger icon={<DeleteOutlined aria-hidden />} onClick={onDelete} aria-label={`${t('common.delete')} ${name}`}>
          {!narrow && t('common.delete')}
        </Button>
      </Tooltip>
    </Flex>
  );
}
