import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Table, type InputRef } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Plan, PlanStatus } from '../../../../shared/schemas/plan';
import { ExportButton } from '../../ui/ExportButton';
import { LabeledSwitch } from '../../ui/LabeledSwitch';
import { PageHeader } from '../../ui/PageHeader';
import { QueryError } from '../../ui/QueryError';
import { SearchSelect } from '../../ui/SearchSelect';
import { useDebouncedSearch } from '../../ui/useDebouncedSearch';
import { useCan } from '../../ui/session';
import { useDrawerState } from '../../ui/useDrawerState';
import { useSearchHotkey } from '../../ui/useSearchHotkey';
import { PlanFormDrawer } from './form/PlanFormDrawer';
import { usePlanOptions } from './labels';
import { PlanEmpty } from './PlanEmpty';
import { useLegalBases, usePlans } from './queries';
import { usePlanActions } from './usePlanActions';
import { usePlanColumns, usePlanExportColumns } from './usePlanColumns';
import { usePlanListFilters } from './usePlanListFilters';

export function PlanListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { filters, update, hasFilters } = usePlanListFilters();
  const [searchText, setSearchText] = useDebouncedSearch(filters.query, (query) => update({ query }));
  const searchRef = useRef<InputRef>(null);
  useSearchHotkey(searchRef);
  const plans = usePlans({ query: filters.query || undefined, status: filters.status, includeDeleted: filters.includeDeleted });
  useLegalBases(); // fetched ahead, so a new plan's form opens with its căn cứ already filled in
  const { statuses } = usePlanOptions();
  const drawer = useDrawerState<Plan>();
  const actions = usePlanActions();
  const columns = usePlanColumns({ onEdit: (p) => drawer.show(p), onDelete: actions.remove, onRestore: actions.restore });
  const exportColumns = usePlanExportColumns();
  const clearFilters = () => {
    setSearchText('');
    update({ query: '', status: undefined });
  };
  const canAdd = useCan('plans.create');
  const addButton = canAdd && (
    <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => drawer.show()}>
      {t('plans.list.add')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('plans.list.title')} description={t('plans.list.description')} extra={addButton} />
      <Card>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
          <Input
            ref={searchRef}
            allowClear
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
            prefix={<SearchOutlined style={{ color: 'rgba(0,0,0,0.35)' }} aria-hidden />}
            placeholder={t('plans.list.searchPlaceholder')}
            aria-label={t('plans.list.searchLabel')}
            title={t('common.searchHint')}
            style={{ width: 340 }}
          />
          <SearchSelect<PlanStatus>
            aria-label={t('plans.list.statusFilter')}
            placeholder={t('plans.list.allStatuses')}
            options={statuses}
            value={filters.status}
            onChange={(status) => update({ status })}
            style={{ width: 200 }}
          />
          <LabeledSwitch label={t('plans.list.showDeleted')} checked={filters.includeDeleted} onChange={(includeDeleted) => update({ includeDeleted })} />
          <div style={{ marginInlineStart: 'auto' }}>
            <ExportButton title={t('plans.list.exportTitle')} columns={exportColumns} rows={plans.data ?? []} disabled={!plans.data?.length} />
          </div>
        </Flex>
        {plans.isError ? (
          <QueryError error={plans.error} onRetry={() => void plans.refetch()} />
        ) : (
          <Table<Plan>
            rowKey="id"
            size="middle"
            loading={plans.isFetching}
            dataSource={plans.data}
            columns={columns}
            scroll={{ x: 720 }}
            showSorterTooltip={false}
            rowClassName={(p) => (p.deletedAt ? 'row-deleted' : '')}
            pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
            footer={plans.data?.length ? () => t('plans.list.total', { count: plans.data.length }) : undefined}
            locale={{
              emptyText: plans.isPending ? ' ' : <PlanEmpty filtered={hasFilters} onAdd={canAdd ? () => drawer.show() : undefined} onClearFilters={clearFilters} />,
            }}
          />
        )}
      </Card>
      <PlanFormDrawer
        key={drawer.key}
        open={drawer.open}
        onClose={drawer.close}
        editing={drawer.payload}
        onSaved={(plan, created) => created && navigate(`/plans/${plan.id}`)}
      />
    </>
  );
}
