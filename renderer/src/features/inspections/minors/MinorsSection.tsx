import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Minor } from '../../../../../shared/schemas/inspection';
import { useDrawerState } from '../../../ui/useDrawerState';
import type { SectionProps } from '../record/sectionProps';
import { useConfirmRemove } from '../useConfirmRemove';
import { MinorFormDrawer } from './MinorFormDrawer';
import { useMinorColumns } from './useMinorColumns';

/** "Trẻ em, người chưa thành niên": every minor found working, with the facts the rules need. */
export function MinorsSection({ detail, locked }: SectionProps) {
  const { t } = useTranslation();
  const drawer = useDrawerState<Minor>();
  const confirmRemove = useConfirmRemove('minors.remove');
  const columns = useMinorColumns({
    locked,
    onEdit: (minor) => drawer.show(minor),
    onDelete: (minor) => confirmRemove({ id: minor.id, version: minor.version, title: t('inspections.minor.deleteConfirm', { name: minor.fullName }) }),
  });
  const warned = detail.minors.filter((m) => m.warnings.length > 0);
  const add = (
    <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => drawer.show()} disabled={locked}>
      {t('inspections.minor.add')}
    </Button>
  );

  return (
    <>
      <Flex justify="space-between" align="center" gap={16} style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('inspections.minor.privacy')}</Typography.Text>
        {add}
      </Flex>
      {warned.map((m) => (
        <Alert key={m.id} type="warning" showIcon title={`${m.fullName}: ${m.warnings.join('; ')}`} style={{ marginBottom: 8 }} />
      ))}
      <Table<Minor>
        rowKey="id"
        size="middle"
        pagination={false}
        // Wide enough for names and facts to read as lines; a narrow window scrolls the table instead of squeezing it.
        scroll={{ x: 1000 }}
        dataSource={detail.minors}
        columns={columns}
        onRow={(m) => ({ onDoubleClick: () => !locked && drawer.show(m) })}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('inspections.minor.empty')} /> }}
      />
      <MinorFormDrawer
        key={drawer.key}
        open={drawer.open}
        onClose={drawer.close}
        inspectionId={detail.inspection.id}
        inspectionDate={detail.inspection.inspectionDate}
        editing={drawer.payload}
      />
    </>
  );
}
