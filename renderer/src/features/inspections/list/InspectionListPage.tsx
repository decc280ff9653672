import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Inspection } from '../../../../../shared/schemas/inspection';
import { PageHeader } from '../../../ui/PageHeader';
import { QueryError } from '../../../ui/QueryError';
import { useCan } from '../../../ui/session';
import { useDrawerState } from '../../../ui/useDrawerState';
import { useInspectionList } from '../queries';
import { StartInspectionDrawer } from '../start/StartInspectionDrawer';
import { InspectionFiltersBar } from './InspectionFiltersBar';
import { useInspectionColumns } from './useInspectionColumns';
import { useInspectionFilters } from './useInspectionFilters';

export function InspectionListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { filters, update, hasFilters } = useInspectionFilters();
  const list = useInspectionList({ status: filters.status, provinceCode: filters.province, from: filters.from, to: filters.to });
  const columns = useInspectionColumns();
  const drawer = useDrawerState();
  const start = useCan('inspections.create') && (
    <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => drawer.show()}>
      {t('inspections.list.start')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('inspections.list.title')} description={t('inspections.list.description')} extra={start} />
      <Card>
        <InspectionFiltersBar filters={filters} onChange={update} hasFilters={hasFilters} />
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Table<Inspection>
            rowKey="id"
            size="middle"
            loading={list.isFetching}
            dataSource={list.data}
            columns={columns}
            onRow={(i) => ({ onDoubleClick: () => navigate(`/inspections/${i.id}`) })}
            pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
            footer={list.data?.length ? () => t('inspections.list.total', { count: list.data.length }) : undefined}
            locale={{
              emptyText: list.isPending ? ' ' : hasFilters ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('inspections.list.noResult')} />
              ) : (
                <Empty description={<><strong>{t('inspections.list.emptyTitle')}</strong><br />{t('inspections.list.emptyText')}</>} style={{ padding: '32px 0' }}>
                  {start}
                </Empty>
              ),
            }}
          />
        )}
      </Card>
      <StartInspectionDrawer key={drawer.key} open={drawer.open} onClose={drawer.close} onStarted={(id) => navigate(`/inspections/${id}`)} />
    </>
  );
}
