import { Card, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Commitment, CommitmentItem } from '../../../../../shared/schemas/inspection';
import { RecordActions } from '../../../ui/RecordActions';
import { AttachmentsButton } from '../../attachments/AttachmentsButton';
import { formatDate } from '../../plans/dates';
import { ItemStatusTag } from '../tags';
import { ItemStatusActions } from './ItemStatusActions';

interface CommitmentCardProps {
  commitment: Commitment;
  index: number;
  locked: boolean;
  onEdit: () => void;
  onDelete: () => void;
  /** The record is finalised: its items are verified at a re-inspection. */
  finalised: boolean;
  establishmentName: string;
  inspectionDate: string;
}

/** One signed commitment: who signed, when, and each promise with its deadline and follow-up status. */
export function CommitmentCard({ commitment: c, index, locked, onEdit, onDelete, finalised, establishmentName, inspectionDate }: CommitmentCardProps) {
  const { t } = useTranslation();
  const name = t('inspections.commitment.cardTitle', { n: index + 1 });
  return (
    <Card
      size="small"
      role="article"
      aria-label={name}
      title={
        <Flex gap={12} align="baseline" wrap style={{ whiteSpace: 'normal', padding: '4px 0' }}>
          <span>{name}</span>
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
            {t('inspections.commitment.signedBy', { name: c.signerName, position: c.signerPosition ?? '—', date: formatDate(c.signedDate) })}
          </Typography.Text>
        </Flex>
      }
      extra={!locked && <RecordActions deleted={false} name={name} onEdit={onEdit} onDelete={onDelete} onRestore={() => undefined} />}
    >
      <Table<CommitmentItem>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={c.items}
        columns={[
          { title: '#', key: 'n', width: 40, render: (_, __, i) => i + 1 },
          { title: t('inspections.commitment.content'), dataIndex: 'content', key: 'content', render: (text: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{text}</span> },
          { title: t('inspections.commitment.deadline'), key: 'deadline', width: 110, render: (_, item) => formatDate(item.deadline) },
          {
            title: t('inspections.commitment.status'),
            key: 'status',
            width: 150,
            render: (_, item) => (
              <Flex vertical gap={2}>
                <ItemStatusTag status={item.displayStatus} />
                {item.statusDate && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatDate(item.statusDate)}</Typography.Text>}
              </Flex>
            ),
          },
          {
            title: t('attachments.button'),
            key: 'attachments',
            width: 120,
            render: (_, item, i) => <AttachmentsButton ownerTable="commitment_items" ownerId={item.id} inspectionId={c.inspectionId} name={`${name}, ${t('inspections.commitment.itemN', { n: i + 1 })}`} />,
          },
          ...(finalised
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 150,
                  render: (_: unknown, item: CommitmentItem, i: number) => (
                    <ItemStatusActions
                      item={item}
                      label={`${name}, ${t('inspections.commitment.itemN', { n: i + 1 })}`}
                      inspectionId={c.inspectionId}
                      establishmentName={establishmentName}
                      inspectionDate={inspectionDate}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
