import { DeleteOutlined, EditOutlined, WarningFilled } from '@ant-design/icons';
import { App, Button, Empty, Flex, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanTarget } from '../../../../../shared/schemas/plan';
import type { EstablishmentKind } from '../../../../../shared/schemas/establishment';
import { useCommandMutation } from '../../../ui/useCommandMutation';
import { formatDate } from '../dates';
import { SLOT_COLORS } from '../labels';
import { PLANS } from '../queries';
import { PriorityCell } from './PriorityCell';
import type { ScheduleViewProps } from './schedule';
import { TargetInspectionCell } from './TargetInspectionCell';
import { VisitWarningIcon } from './VisitWarnings';
import { NARROW_WINDOW, useMediaQuery } from '../../../ui/useMediaQuery';

const dash = <Typography.Text type="secondary">—</Typography.Text>;

/** The plan's targets in visit order, with their schedule, priority and conflicts. */
export function TargetTable({ targets, conflicts, readOnly, onEdit, inspections, onStart }: ScheduleViewProps) {
  const { t } = useTranslation();
  const narrow = useMediaQuery(NARROW_WINDOW);
  const { message, modal } = App.useApp();
  const remove = useCommandMutation('plans.removeTarget', { invalidates: [PLANS] });
  const confirmRemove = (x: PlanTarget) =>
    modal.confirm({
      title: t('plans.targets.removeConfirm', { name: x.establishmentName }),
      content: t('plans.targets.removeHint'),
      okText: t('plans.targets.removeOk'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => remove.mutateAsync({ id: x.id }).then(() => void message.success(t('plans.targets.removed', { name: x.establishmentName }))),
    });

  return (
    <Table<PlanTarget>
      rowKey="id"
      size="middle"
      dataSource={targets}
      scroll={{ x: 860 }}
      pagination={targets.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      onRow={(x) => (conflicts.has(x.id) ? { style: { background: '#fffbeb' } } : {})}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('plans.targets.empty')} /> }}
      columns={[
        {
          title: t('plans.targets.columnDate'),
          key: 'date',
          width: 100,
          render: (_, x) =>
            x.visitDate ? (
              <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                {formatDate(x.visitDate)}
                <VisitWarningIcon warnings={x.warnings} />
              </span>
            ) : (
              <Tag>{t('plans.targets.unscheduled')}</Tag>
            ),
        },
        {
          title: t('plans.targets.columnSlot'),
          key: 'slot',
          width: 80,
          render: (_, x) => <Tag color={SLOT_COLORS[x.timeSlot]} style={{ marginInlineEnd: 0 }}>{t(`plans.slot.${x.timeSlot}`)}</Tag>,
        },
        { title: t('plans.targets.columnSubTeam'), key: 'subTeam', width: 60, render: (_, x) => x.subTeam ?? dash },
        {
          title: t('plans.targets.columnEstablishment'),
          key: 'establishment',
          render: (_, x) => (
            <Flex gap={6} align="flex-start">
              {conflicts.has(x.id) && (
                <Tooltip title={<span style={{ whiteSpace: 'pre-line' }}>{conflicts.get(x.id)!.join('\n')}</span>}>
                  <WarningFilled style={{ color: '#d97706', marginTop: 4 }} aria-label={t('plans.conflicts.rowLabel')} role="img" />
                </Tooltip>
              )}
              <Flex vertical gap={2}>
                <Link to={`/establishments/${x.establishmentId}`} style={{ fontWeight: 500 }}>
                  {x.establishmentName}
                </Link>
                <Typography.Text type="secondary" style={{ fontSize: 12.5 }}>
                  {[t(`establishment.kind.${x.establishmentKind as EstablishmentKind}`), x.address].filter(Boolean).join(' · ')}
                </Typography.Text>
                {x.notes && (
                  <Typography.Text style={{ fontSize: 12.5, fontStyle: 'italic', whiteSpace: 'pre-wrap' }}>
                    {t('plans.targets.notesLine', { notes: x.notes })}
                  </Typography.Text>
                )}
              </Flex>
            </Flex>
          ),
        },
        { title: t('plans.targets.columnCommune'), key: 'commune', width: 124, responsive: ['xl'], render: (_, x) => x.communeName ?? dash },
        {
          title: t('plans.targets.columnInspection'),
          key: 'inspection',
          width: 170,
          render: (_, x) => <TargetInspectionCell target={x} inspection={inspections.get(x.id)} onStart={onStart} />,
        },
        {
          title: t('plans.targets.columnPriority'),
          key: 'priority',
          width: narrow ? 200 : 290,
          render: (_, x) => <PriorityCell score={x.priorityScore} reasons={x.priorityReasons} compact />,
        },
        ...(readOnly
          ? []
          : [
              {
                title: t('common.actions'),
                key: 'actions',
                width: 84,
                render: (_: unknown, x: PlanTarget) => (
                  <Flex gap={2}>
                    <Button size="small" type="text" icon={<EditOutlined aria-hidden />} onClick={() => onEdit(x)} aria-label={t('plans.targets.editOf', { name: x.establishmentName })} />
                    <Button size="small" type="text" danger icon={<DeleteOutlined aria-hidden />} onClick={() => confirmRemove(x)} aria-label={t('plans.targets.removeOf', { name: x.establishmentName })} />
                  </Flex>
                ),
              },
            ]),
      ]}
    />
  );
}
