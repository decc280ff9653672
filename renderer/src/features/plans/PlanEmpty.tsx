import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty } from 'antd';
import { useTranslation } from 'react-i18next';

interface PlanEmptyProps {
  filtered: boolean;
  /** Absent for a role that may not make plans. */
  onAdd?: () => void;
  onClearFilters: () => void;
}

/** No plan yet (offer to draw one up), or none matching the filters. */
export function PlanEmpty({ filtered, onAdd, onClearFilters }: PlanEmptyProps) {
  const { t } = useTranslation();
  if (filtered) {
    return (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('plans.list.noResult')}>
        <Button onClick={onClearFilters}>{t('common.clearFilters')}</Button>
      </Empty>
    );
  }
  return (
    <Empty description={<><strong>{t('plans.list.emptyTitle')}</strong><br />{t('plans.list.emptyText')}</>} style={{ padding: '32px 0' }}>
      {onAdd && (
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={onAdd}>
          {t('plans.list.add')}
        </Button>
      )}
    </Empty>
  );
}
