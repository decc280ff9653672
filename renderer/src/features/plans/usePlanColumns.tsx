import { Flex, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Plan } from '../../../../shared/schemas/plan';
import { RecordName } from '../../ui/RecordName';
import { useActionsColumn, type RowHandlers } from '../../ui/useActionsColumn';
import { formatDate } from './dates';
import { PlanKindTag, PlanStatusTag } from './PlanTags';

const dash = <Typography.Text type="secondary">—</Typography.Text>;
const tabular = { fontVariantNumeric: 'tabular-nums' } as const;

export function usePlanColumns(handlers: RowHandlers<Plan>): ColumnsType<Plan> {
  const { t } = useTranslation();
  const actions = useActionsColumn<Plan>((p) => p.title, handlers, 'plans.update');
  return [
    { title: t('plans.list.columnNumber'), key: 'number', width: 104, render: (_, p) => (p.number ? <span style={tabular}>{p.number}</span> : dash) },
    {
      title: t('plans.list.columnTitle'),
      key: 'title',
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
    { title: t('plans.list.columnKind'), key: 'kind', width: 112, render: (_, p) => <PlanKindTag kind={p.kind} /> },
    {
      title: t('plans.list.columnPeriod'),
      key: 'period',
      width: 108,
      render: (_, p) => (
        <Flex vertical style={tabular}>
          <span>{formatDate(p.periodStart)}</span>
          <Typography.Text type="secondary">{formatDate(p.periodEnd)}</Typography.Text>
        </Flex>
      ),
    },
    { title: t('plans.list.columnStatus'), key: 'status', width: 150, render: (_, p) => <PlanStatusTag status={p.status} /> },
    { title: t('plans.list.columnTargets'), dataIndex: 'targetCount', width: 64, align: 'right' },
    { title: t('plans.list.columnTeam'), dataIndex: 'memberCount', width: 64, align: 'right' },
    actions,
  ];
}
