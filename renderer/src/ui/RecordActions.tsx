import { DeleteOutlined, EditOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';

interface RecordActionsProps {
  deleted: boolean;
  /** Spoken after the verb for screen readers and tests, e.g. "Sửa Công an tỉnh". */
  name: string;
  onEdit: () => void;
  onDelete: () => void;
  onRestore: () => void;
}

/** Row buttons of a soft-deletable record: Edit and Delete, or Restore once deleted. */
export function RecordActions({ deleted, name, onEdit, onDelete, onRestore }: RecordActionsProps) {
  const { t } = useTranslation();
  if (deleted) {
    return (
      <Button size="small" icon={<UndoOutlined aria-hidden />} onClick={onRestore} aria-label={`${t('common.restore')} ${name}`}>
        {t('common.restore')}
      </Button>
    );
  }
  return (
    <Flex gap={4}>
      <Button size="small" type="text" icon={<EditOutlined aria-hidden />} onClick={onEdit} aria-label={`${t('common.edit')} ${name}`}>
        {t('common.edit')}
      </Button>
      <Button size="small" type="text" danger icon={<DeleteOutlined aria-hidden />} onClick={onDelete} aria-label={`${t('common.delete')} ${name}`}>
        {t('common.delete')}
      </Button>
    </Flex>
  );
}
