import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Input, Table, type InputRef } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Official } from '../../../../shared/schemas/directory';
import { ExportButton } from '../../ui/ExportButton';
import { LabeledSwitch } from '../../ui/LabeledSwitch';
import { QueryError } from '../../ui/QueryError';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { useCan } from '../../ui/session';
import { useDrawerState } from '../../ui/useDrawerState';
import { useSearchHotkey } from '../../ui/useSearchHotkey';
import { useSoftDelete } from '../../ui/useSoftDelete';
import { AgencySelect } from './AgencySelect';
import { OfficialFormDrawer } from './OfficialFormDrawer';
import { AGENCIES, useOfficials } from './queries';
import { useOfficialColumns, useOfficialExportColumns } from './useOfficialColumns';

/** Officials of the member agencies, filtered by agency and searched without marks. */
export function OfficialsPanel() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [agencyId, setAgencyId] = useState<string>();
  const [includeDeleted, setIncludeDeleted] = useState(false);
  const query = useDebouncedValue(text.trim(), 250);
  const searchRef = useRef<InputRef>(null);
  useSearchHotkey(searchRef);
  const officials = useOfficials({ agencyId, query: query || undefined, includeDeleted });
  const drawer = useDrawerState<Official>();
  const softDelete = useSoftDelete('officials', [AGENCIES]);
  const canAdd = useCan('officials.create');
  const columns = useOfficialColumns({
    onEdit: (o) => drawer.show(o),
    onDelete: (o) => softDelete.confirmRemove({ id: o.id, version: o.version, name: o.fullName, title: t('directory.officials.deleteConfirm', { name: o.fullName }) }),
    onRestore: (o) => softDelete.restore({ id: o.id, name: o.fullName }),
  });
  const filtered = Boolean(query || agencyId);
  const exportColumns = useOfficialExportColumns();

  return (
    <>
      <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
        <Input
          ref={searchRef}
          allowClear
          value={text}
          onChange={(e) => setText(e.target.value)}
          prefix={<SearchOutlined style={{ color: 'rgba(0,0,0,0.35)' }} aria-hidden />}
          placeholder={t('directory.officials.searchPlaceholder')}
          aria-label={t('directory.officials.searchLabel')}
          title={t('common.searchHint')}
          style={{ width: 320 }}
        />
        <AgencySelect
          allowClear
          aria-label={t('directory.officials.agencyFilter')}
          placeholder={t('directory.officials.allAgencies')}
          value={agencyId}
          onChange={setAgencyId}
          style={{ width: 340 }}
        />
        <LabeledSwitch label={t('directory.officials.showDeleted')} checked={includeDeleted} onChange={setIncludeDeleted} />
        <Flex gap={8} style={{ marginInlineStart: 'auto' }}>
          <ExportButton title={t('directory.officials.exportTitle')} columns={exportColumns} rows={officials.data ?? []} disabled={!officials.data?.length} />
          {canAdd && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => drawer.show()}>
              {t('directory.officials.add')}
            </Button>
          )}
        </Flex>
      </Flex>
      {officials.isError ? (
        <QueryError error={officials.error} onRetry={() => void officials.refetch()} />
      ) : (
        <Table<Official>
          rowKey="id"
          size="middle"
          loading={officials.isFetching}
          dataSource={officials.data}
          columns={columns}
          scroll={{ x: 780 }}
          showSorterTooltip={false}
          rowClassName={(o) => (o.deletedAt ? 'row-deleted' : '')}
          pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
          footer={officials.data?.length ? () => t('directory.officials.total', { count: officials.data.length }) : undefined}
          locale={{
            emptyText: officials.isPending ? ' ' : (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={
                  filtered ? (
                    t('directory.officials.noResultTitle')
                  ) : (
                    <>
                      <strong>{t('directory.officials.emptyTitle')}</strong>
                      <br />
                      {t('directory.officials.emptyText')}
                    </>
                  )
                }
              />
            ),
          }}
        />
      )}
      <OfficialFormDrawer key={drawer.key} open={drawer.open} onClose={drawer.close} editing={drawer.payload} agencyId={agencyId} />
    </>
  );
}
