import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency } from '../../../../shared/schemas/directory';
import { ExportButton } from '../../ui/ExportButton';
import { LabeledSwitch } from '../../ui/LabeledSwitch';
import { QueryError } from '../../ui/QueryError';
import { useCan } from '../../ui/session';
import { useDrawerState } from '../../ui/useDrawerState';
import { useSoftDelete } from '../../ui/useSoftDelete';
import { AgencyFormDrawer } from './AgencyFormDrawer';
import { useAgencies } from './queries';
import { useAgencyColumns, useAgencyExportColumns } from './useAgencyColumns';

/** Member agencies of the joint team: rename, add, delete and restore. */
export function AgenciesPanel() {
  const { t } = useTranslation();
  const [includeDeleted, setIncludeDeleted] = useState(false);
  const agencies = useAgencies(includeDeleted);
  const drawer = useDrawerState<Agency>();
  const softDelete = useSoftDelete('agencies');
  const canAdd = useCan('agencies.create');
  const columns = useAgencyColumns({
    onEdit: (a) => drawer.show(a),
    onDelete: (a) =>
      softDelete.confirmRemove({
        id: a.id,
        version: a.version,
        name: a.name,
        title: t('directory.agencies.deleteConfirm', { name: a.name }),
        detail: a.officialCount > 0 ? t('directory.agencies.deleteWithOfficials', { count: a.officialCount }) : undefined,
      }),
    onRestore: (a) => softDelete.restore({ id: a.id, name: a.name }),
  });

  const exportColumns = useAgencyExportColumns();

  return (
    <>
      <Alert type="info" showIcon title={t('directory.agencies.note')} style={{ marginBottom: 16 }} />
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <LabeledSwitch label={t('directory.agencies.showDeleted')} checked={includeDeleted} onChange={setIncludeDeleted} />
        <Flex gap={8}>
          <ExportButton title={t('directory.agencies.exportTitle')} columns={exportColumns} rows={agencies.data ?? []} disabled={!agencies.data?.length} />
          {canAdd && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => drawer.show()}>
              {t('directory.agencies.add')}
            </Button>
          )}
        </Flex>
      </Flex>
      {agencies.isError ? (
        <QueryError error={agencies.error} onRetry={() => void agencies.refetch()} />
      ) : (
        <Table<Agency>
          rowKey="id"
          size="middle"
          loading={agencies.isFetching}
          dataSource={agencies.data}
          columns={columns}
          scroll={{ x: 760 }}
          showSorterTooltip={false}
          pagination={false}
          rowClassName={(a) => (a.deletedAt ? 'row-deleted' : '')}
          locale={{ emptyText: t('directory.agencies.empty') }}
        />
      )}
      <AgencyFormDrawer key={drawer.key} open={drawer.open} onClose={drawer.close} editing={drawer.payload} />
    </>
  );
}
