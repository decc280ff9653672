import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty } from 'antd';
import { useTranslation } from 'react-i18next';

interface EstablishmentEmptyProps {
  filtered: boolean;
  /** Absent for a role that may not add establishments. */
  onAdd?: () => void;
  onClearFilters: () => void;
}

/** What an empty table says: nothing registered yet, or nothing matches the filters. */
export function EstablishmentEmpty({ filtered, onAdd, onClearFilters }: EstablishmentEmptyProps) {
  const { t } = useTranslation();
  if (filtered) {
    return (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={<><strong>{t('establishment.list.noResultTitle')}</strong><br />{t('establishment.list.noResultText')}</>}>
        <Button onClick={onClearFilters}>{t('common.clearFilters')}</Button>
      </Empty>
    );
  }
  return (
    <Empty description={<><strong>{t('establishment.list.emptyTitle')}</strong><br />{t('establishment.list.emptyText')}</>} style={{ padding: '32px 0' }}>
      {onAdd && (
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={onAdd}>
          {t('establishment.list.add')}
        </Button>
      )}
    </Empty>
  );
}
