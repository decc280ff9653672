import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Table } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Inspection } from '../../../../../shared/schemas/inspection';
import { foldVietnamese } from '../../../../../shared/text/fold';
import { ExportButton } from '../../../ui/ExportButton';
import { PageHeader } from '../../../ui/PageHeader';
import { QueryError } from '../../../ui/QueryError';
import { useCan } from '../../../ui/session';
import { useDrawerState } from '../../../ui/useDrawerState';
import { useInspectionList } from '../queries';
import { StartInspectionDrawer } from '../start/StartInspectionDrawer';
import { InspectionFiltersBar } from './InspectionFiltersBar';
import { formatDate } from '../../plans/dates';
import { useInspectionColumns, useInspectionExportColumns } from './useInspectionColumns';
import { useInspectionFilters } from './useInspectionFilters';

export function InspectionListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { filters, update, hasFilters } = useInspectionFilters();
  const list = useInspectionList({ status: filters.status, provinceCode: filters.province, from: filters.from, to: filters.to });
  const columns = useInspectionColumns();
  const exportColumns = useInspectionExportColumns();
  // Text search runs over the list the filters returned: every word must appear (marks optional).
  const rows = useMemo(() => {
    const words = foldVietnamese(filters.q ?? '').split(' ').filter(Boolean);
    if (!words.length) return list.data;
    return list.data?.filter((i) => {
      const text = foldVietnamese([i.establishmentName, i.planTitle, i.number].filter(Boolean).join(' '));
      return words.every((w) => text.includes(w));
    });
  }, [list.data, filters.q]);
  const described = [
    filters.status && t('inspections.list.filterStatus', { status: t(`inspections.status.${filters.status}`) }),
    (filters.from || filters.to) && t('inspections.list.filterDates', { from: formatDate(filters.from) || '…', to: formatDate(filters.to) || '…' }),
    filters.q && t('inspections.list.filterSearch', { text: filters.q }),
  ].filter((line): line is string => Boolean(line));
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
        <InspectionFiltersBar
          filters={filters}
          onChange={update}
          hasFilters={hasFilters}
          extra={<ExportButton title={t('inspections.list.exportTitle')} columns={exportColumns} rows={rows ?? []} filters={described} disabled={!rows?.length} />}
        />
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Table<Inspection>
            rowKey="id"
            size="middle"
            loading={list.isFetching}
            dataSource={rows}
            scroll={{ x: 870 }}
            showSorterTooltip={false}
            columns={columns}
            onRow={(i) => ({ onDoubleClick: () => navigate(`/inspections/${i.id}`) })}
            pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
            footer={rows?.length ? () => t('inspections.list.total', { count: rows.length }) : undefined}
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
