import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Table } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Establishment } from '../../../../shared/schemas/establishment';
import { PageHeader } from '../../ui/PageHeader';
import { QueryError } from '../../ui/QueryError';
import { useDebouncedSearch } from '../../ui/useDebouncedSearch';
import { useCan } from '../../ui/session';
import { useDrawerState } from '../../ui/useDrawerState';
import { EstablishmentEmpty } from './EstablishmentEmpty';
import { EstablishmentFilters } from './EstablishmentFilters';
import { EstablishmentFormDrawer, type EstablishmentDrawerPayload } from './form/EstablishmentFormDrawer';
import { useEstablishmentSearch } from './queries';
import { useEstablishmentActions } from './useEstablishmentActions';
import { useEstablishmentColumns } from './useEstablishmentColumns';
import { useListFilters } from './useListFilters';

const PAGE_SIZE = 20;

export function EstablishmentListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { filters, update, hasFilters } = useListFilters();
  const [searchText, setSearchText] = useDebouncedSearch(filters.query, (query) => update({ query }));
  const drawer = useDrawerState<EstablishmentDrawerPayload>();
  const actions = useEstablishmentActions();
  const canAdd = useCan('establishments.create');
  const search = useEstablishmentSearch({
    query: filters.query || undefined,
    kind: filters.kind,
    provinceCode: filters.provinceCode,
    communeCode: filters.communeCode,
    includeDeleted: filters.includeDeleted,
    limit: PAGE_SIZE,
    offset: (filters.page - 1) * PAGE_SIZE,
  });
  const columns = useEstablishmentColumns(
    { onEdit: (editing) => drawer.show({ editing }), onDelete: actions.remove, onRestore: actions.restore },
    { showParent: true },
  );
  // Deleting the last row of the last page leaves an empty page: step back to the new last one.
  const total = search.data?.total ?? 0;
  const pageIsEmpty = search.data?.items.length === 0 && total > 0;
  useEffect(() => {
    if (pageIsEmpty) update({ page: Math.ceil(total / PAGE_SIZE) });
  }, [pageIsEmpty]);
  const clearFilters = () => {
    setSearchText('');
    update({ query: '', kind: undefined, provinceCode: undefined, communeCode: undefined });
  };
  const onSaved = (saved: Establishment, created: boolean) => {
    if (created) navigate(`/establishments/${saved.id}`);
  };

  return (
    <>
      <PageHeader
        title={t('establishment.list.title')}
        description={t('establishment.list.description')}
        extra={
          canAdd && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => drawer.show({})}>
              {t('establishment.list.add')}
            </Button>
          )
        }
      />
      <Card>
        <EstablishmentFilters filters={filters} onChange={update} text={searchText} onTextChange={setSearchText} />
        {search.isError ? (
          <QueryError error={search.error} onRetry={() => void search.refetch()} />
        ) : (
          <Table<Establishment>
            rowKey="id"
            size="middle"
            loading={search.isFetching}
            dataSource={search.data?.items}
            columns={[columns.name, columns.kind, columns.taxCode, columns.location, columns.workers, columns.actions]}
            rowClassName={(e) => (e.deletedAt ? 'row-deleted' : '')}
            locale={{
              emptyText: search.isPending ? ' ' : (
                <EstablishmentEmpty filtered={hasFilters} onAdd={canAdd ? () => drawer.show({}) : undefined} onClearFilters={clearFilters} />
              ),
            }}
            pagination={{
              current: filters.page,
              pageSize: PAGE_SIZE,
              total,
              showSizeChanger: false,
              hideOnSinglePage: false,
              showTotal: (count) => t('establishment.list.total', { count }),
            }}
            onChange={(pagination) => update({ page: pagination.current ?? 1 })}
          />
        )}
      </Card>
      <EstablishmentFormDrawer key={drawer.key} open={drawer.open} onClose={drawer.close} onSaved={onSaved} {...drawer.payload} />
    </>
  );
}
