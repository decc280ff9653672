import { Flex, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Plan } from '../../../../shared/schemas/plan';
import type { ExportColumn } from '../../ui/listExport';
import { RecordName } from '../../ui/RecordName';
import { byDate, byNumber, byText } from '../../ui/sorters';
import { useActionsColumn, type RowHandlers } from '../../ui/useActionsColumn';
import { formatDate } from './dates';
import { PlanKindTag, PlanStatusTag } from './PlanTags';

const dash = <Typography.Text type="secondary">—</Typography.Text>;
const tabular = { fontVariantNumeric: 'tabular-nums' } as const;

const STATUS_ORDER = { draft: 0, approved: 1, in_progress: 2, completed: 3, cancelled: 4 } as const;

export function usePlanColumns(handlers: RowHandlers<Plan>): ColumnsType<Plan> {
  const { t } = useTranslation();
  const actions = useActionsColumn<Plan>((p) => p.title, handlers, 'plans.update');
  return [
    { title: t('plans.list.columnNumber'), key: 'number', width: 100, sorter: byText((p: Plan) => p.number), render: (_, p) => (p.number ? <span style={tabular}>{p.number}</span> : dash) },
    {
      title: t('plans.list.columnTitle'),
      key: 'title',
      minWidth: 200,
      sorter: byText((p: Plan) => p.title),
      render: (_, p) => (
        <Flex vertical gap={2}>
          <RecordName deleted={Boolean(p.deletedAt)}>
            <Link to={`/plans/${p.id}`} style={{ fontWeight: 500 }}>
              {p.title}
            </Link>
          </RecordName>
          {p.issuingAgencyName && (
            <Typography.Text type="secondary" style={{ fontSize: 12.5 }}>
              {p.issuingAgencyName}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { title: t('plans.list.columnKind'), key: 'kind', width: 120, responsive: ['xl'], sorter: byText((p: Plan) => t(`plans.kind.${p.kind}`)), render: (_, p) => <PlanKindTag kind={p.kind} /> },
    {
      title: t('plans.list.columnPeriod'),
      key: 'period',
      width: 116,
      sorter: byDate((p: Plan) => p.periodStart),
      defaultSortOrder: 'descend',
      render: (_, p) => (
        <Flex vertical style={tabular}>
          <span>{formatDate(p.periodStart)}</span>
          <Typography.Text type="secondary">{formatDate(p.periodEnd)}</Typography.Text>
        </Flex>
      ),
    },
    { title: t('plans.list.columnStatus'), key: 'status', width: 150, sorter: byNumber((p: Plan) => STATUS_ORDER[p.status]), render: (_, p) => <PlanStatusTag status={p.status} /> },
    { title: t('plans.list.columnTargets'), dataIndex: 'targetCount', width: 80, align: 'right', sorter: byNumber((p: Plan) => p.targetCount) },
    { title: t('plans.list.columnTeam'), dataIndex: 'memberCount', width: 80, responsive: ['xl'], align: 'right', sorter: byNumber((p: Plan) => p.memberCount) },
    actions,
  ];
}

/** The plans list in an Excel file. */
export function usePlanExportColumns(): ExportColumn<Plan>[] {
  const { t } = useTranslation();
  return [
    { title: t('plans.list.columnNumber'), value: (p) => p.number, width: 14 },
    { title: t('plans.list.columnTitle'), value: (p) => p.title },
    { title: t('plans.field.issuingAgency'), value: (p) => p.issuingAgencyName },
    { title: t('plans.list.columnKind'), value: (p) => t(`plans.kind.${p.kind}`), width: 18 },
    { title: t('plans.field.period'), value: (p) => `${formatDate(p.periodStart)} – ${formatDate(p.periodEnd)}`, width: 24 },
    { title: t('plans.list.columnStatus'), value: (p) => t(`plans.status.${p.status}`), width: 16 },
    { title: t('plans.list.columnTargets'), value: (p) => p.targetCount, width: 10 },
    { title: t('plans.list.columnTeam'), value: (p) => p.memberCount, width: 10 },
  ];
}
