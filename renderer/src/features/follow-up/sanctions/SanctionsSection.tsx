import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { InspectionDetail } from '../../../../../shared/schemas/inspection';
import type { SanctionDecision } from '../../../../../shared/schemas/verification';
import { RecordActions } from '../../../ui/RecordActions';
import { useCan } from '../../../ui/session';
import { useCommandMutation } from '../../../ui/useCommandMutation';
import { useDrawerState } from '../../../ui/useDrawerState';
import { formatAmount } from '../../inspections/format';
import { formatDate } from '../../plans/dates';
import { useSanctions, VERIFICATION_WRITES } from '../queries';
import { SanctionDrawer } from './SanctionDrawer';

/**
 * "Quyết định xử phạt" under the violations of a finalised record: the decisions issued on what was
 * found (number, date, issuer, amount, paid), beside the proposed total.
 */
export function SanctionsSection({ detail }: { detail: InspectionDetail }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const { inspection } = detail;
  const list = useSanctions(inspection.id);
  const canWrite = useCan('sanctions.create');
  const drawer = useDrawerState<SanctionDecision>();
  const restore = useCommandMutation('sanctions.restore', { invalidates: VERIFICATION_WRITES });
  const remove = useCommandMutation('sanctions.remove', { invalidates: VERIFICATION_WRITES });
  if (inspection.status === 'draft' || detail.violations.length === 0) return null;
  const data = list.data;
  const decisions = data?.decisions ?? [];
  const confirmRemove = (row: SanctionDecision) =>
    modal.confirm({
      title: t('followUp.sanctions.deleteConfirm', { number: row.number }),
      content: t('common.deleteHint'),
      okText: t('common.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        remove.mutate(
          { id: row.id, expectedVersion: row.version },
          {
            onSuccess: () => {
              const key = `sanction-${row.id}`;
              void message.success({
                key,
                duration: 8,
                content: (
                  <span>
                    {t('followUp.sanctions.removed', { number: row.number })}{' '}
                    <Button type="link" size="small" style={{ paddingInline: 4 }} onClick={() => (message.destroy(key), restore.mutate({ id: row.id }))}>
                      {t('common.undo')}
                    </Button>
                  </span>
                ),
              });
            },
          },
        ),
    });
  const columns: ColumnsType<SanctionDecision> = [
    { title: t('followUp.sanctions.number'), dataIndex: 'number', key: 'number', width: 160 },
    { title: t('followUp.sanctions.decidedOn'), key: 'on', width: 120, render: (_, row) => formatDate(row.decidedOn) },
    { title: t('followUp.sanctions.issuedBy'), key: 'by', render: (_, row) => row.issuedBy },
    { title: t('followUp.sanctions.amount'), key: 'amount', width: 150, align: 'right', render: (_, row) => formatAmount(row.amount) },
    {
      title: t('followUp.sanctions.paid'),
      key: 'paid',
      width: 150,
      render: (_, row) =>
        row.paid ? (
          <Typography.Text type="success">{row.paidOn ? t('followUp.sanctions.paidOnValue', { date: formatDate(row.paidOn) }) : t('followUp.sanctions.paid')}</Typography.Text>
        ) : (
          <Typography.Text type="warning">{t('followUp.sanctions.notPaid')}</Typography.Text>
        ),
    },
    ...(canWrite
      ? [
          {
            title: '',
            key: 'actions',
            width: 90,
            render: (_: unknown, row: SanctionDecision) => (
              <RecordActions deleted={false} name={row.number} onEdit={() => drawer.show(row)} onDelete={() => confirmRemove(row)} onRestore={() => undefined} />
            ),
          },
        ]
      : []),
  ];
  const decided = decisions.reduce((sum, d) => sum + d.amount, 0);
  return (
    <Card
      size="small"
      title={t('followUp.sanctions.title')}
      style={{ marginTop: 16 }}
      extra={
        canWrite && (
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => drawer.show()}>
            {t('followUp.sanctions.add')}
          </Button>
        )
      }
    >
      {data && (
        <Flex gap={16} wrap style={{ marginBottom: 8 }}>
          <Typography.Text type="secondary">{t('followUp.sanctions.summary', { violations: data.violations, amount: formatAmount(data.proposedFine) })}</Typography.Text>
          {decisions.length > 0 && <Typography.Text strong>{t('followUp.sanctions.total', { amount: formatAmount(decided) })}</Typography.Text>}
        </Flex>
      )}
      <Table<SanctionDecision> rowKey="id" size="small" pagination={false} loading={list.isPending} dataSource={decisions} columns={columns} scroll={{ x: 700 }} locale={{ emptyText: t('followUp.sanctions.empty') }} />
      {canWrite && <SanctionDrawer key={drawer.key} inspectionId={inspection.id} open={drawer.open} onClose={drawer.close} editing={drawer.payload} proposedFine={data?.proposedFine ?? 0} />}
    </Card>
  );
}
