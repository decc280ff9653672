import { Empty, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Minor, Violation } from '../../../../../shared/schemas/inspection';
import { RecordActions } from '../../../ui/RecordActions';
import { AttachmentsButton } from '../../attachments/AttachmentsButton';
import { formatAmount } from '../format';
import { UnverifiedTag } from '../tags';
import { FineBracket } from './FineBracket';
import { minorNames } from './minorNames';

interface ViolationTableProps {
  violations: Violation[];
  minors: Minor[];
  locked: boolean;
  onEdit: (violation: Violation) => void;
  onDelete: (violation: Violation) => void;
}

/** The violations the team recorded: act, children concerned, proposed fine (in figures and words), record. */
export function ViolationTable({ violations, minors, locked, onEdit, onDelete }: ViolationTableProps) {
  const { t } = useTranslation();
  return (
    <Table<Violation>
      rowKey="id"
      size="middle"
      pagination={false}
      dataSource={violations}
      onRow={(v) => ({ onDoubleClick: () => !locked && onEdit(v) })}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('inspections.violation.empty')} /> }}
      columns={[
        {
          title: t('inspections.violation.columnAct'),
          key: 'act',
          render: (_, v) => (
            <Flex vertical gap={4}>
              <Flex gap={6} align="center" wrap>
                <Tag color="red" style={{ marginInlineEnd: 0 }}>{v.typeCode}</Tag>
                {v.origin === 'suggestion' && <Tag variant="outlined" style={{ marginInlineEnd: 0 }}>{t('inspections.violation.origin.suggestion')}</Tag>}
                {!v.verified && <UnverifiedTag />}
              </Flex>
              <Typography.Text strong>{v.summary}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12.5 }}>{v.legalReference}</Typography.Text>
            </Flex>
          ),
        },
        {
          title: t('inspections.violation.minorsConcerned'),
          key: 'minors',
          width: 190,
          render: (_, v) => minorNames(v.minorIds, minors, (age) => t('inspections.minor.age', { age })) || <Typography.Text type="secondary">—</Typography.Text>,
        },
        {
          title: t('inspections.violation.proposedFine'),
          key: 'fine',
          width: 250,
          render: (_, v) => (
            <Flex vertical gap={2}>
              <Typography.Text strong style={{ fontVariantNumeric: 'tabular-nums' }}>
                {formatAmount(v.proposedFine)} {t('inspections.currency')}
              </Typography.Text>
              <Typography.Text italic style={{ fontSize: 12.5 }}>({v.proposedFineInWords})</Typography.Text>
              <FineBracket min={v.fineMin} max={v.fineMax} />
            </Flex>
          ),
        },
        {
          title: t('inspections.violation.columnRecord'),
          key: 'record',
          width: 150,
          render: (_, v) =>
            v.recordMade ? (
              <Flex vertical gap={2}>
                <Tag color="purple" style={{ alignSelf: 'flex-start' }}>{t('inspections.violation.recordMadeTag')}</Tag>
                {v.recordedByName && <Typography.Text type="secondary" style={{ fontSize: 12.5 }}>{v.recordedByName}</Typography.Text>}
              </Flex>
            ) : (
              <Typography.Text type="secondary">{t('inspections.violation.noRecord')}</Typography.Text>
            ),
        },
        {
          title: t('attachments.button'),
          key: 'attachments',
          width: 120,
          render: (_, v) => <AttachmentsButton ownerTable="violations" ownerId={v.id} inspectionId={v.inspectionId} name={v.typeCode} />,
        },
        {
          title: t('common.actions'),
          key: 'actions',
          width: 140,
          render: (_, v) =>
            locked ? null : <RecordActions deleted={false} name={v.typeCode} onEdit={() => onEdit(v)} onDelete={() => onDelete(v)} onRestore={() => undefined} />,
        },
      ]}
    />
  );
}
