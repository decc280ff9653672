import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Establishment } from '../../../../shared/schemas/establishment';
import type { RowHandlers } from '../../ui/useActionsColumn';
import { useEstablishmentColumns } from './useEstablishmentColumns';

interface MemberListProps {
  members: Establishment[];
  canAdd: boolean;
  onAdd: () => void;
  handlers: RowHandlers<Establishment>;
}

/** Households and workshops of a craft village. */
export function MemberList({ members, canAdd, onAdd, handlers }: MemberListProps) {
  const { t } = useTranslation();
  const columns = useEstablishmentColumns(handlers);
  const addButton = canAdd && (
    <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={onAdd}>
      {t('establishment.detail.addMember')}
    </Button>
  );
  return (
    <Card
      title={`${t('establishment.detail.members')} (${members.length})`}
      extra={addButton}
      style={{ marginTop: 20 }}
    >
      <Table<Establishment>
        rowKey="id"
        size="middle"
        dataSource={members}
        columns={[columns.name, columns.kind, columns.taxCode, columns.workers, columns.actions]}
        pagination={members.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('establishment.detail.noMembers')} /> }}
      />
    </Card>
  );
}
