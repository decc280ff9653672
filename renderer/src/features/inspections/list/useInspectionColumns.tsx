import { Flex, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Inspection } from '../../../../../shared/schemas/inspection';
import { formatDate } from '../../plans/dates';
import { StatusTag } from '../tags';

const dash = <Typography.Text type="secondary">—</Typography.Text>;
const count = (n: number, alert: boolean) => (
  <span style={{ fontVariantNumeric: 'tabular-nums', ...(alert && n > 0 ? { color: '#c2410c', fontWeight: 600 } : {}) }}>{n}</span>
);

export function useInspectionColumns(): ColumnsType<Inspection> {
  const { t } = useTranslation();
  return [
    {
      title: t('inspections.list.columnDate'),
      key: 'date',
      width: 130,
      render: (_, i) => (
        <Flex vertical gap={2}>
          <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatDate(i.inspectionDate)}</span>
          {i.startTime && <Typography.Text type="secondary" style={{ fontSize: 12.5 }}>{i.startTime}</Typography.Text>}
        </Flex>
      ),
    },
    {
      title: t('inspections.list.columnEstablishment'),
      key: 'establishment',
      render: (_, i) => (
        <Flex vertical gap={2}>
          <Link to={`/inspections/${i.id}`} style={{ fontWeight: 500 }}>
            {i.establishmentName}
          </Link>
          {i.number && <Typography.Text type="secondary" style={{ fontSize: 12.5 }}>{t('inspections.list.number', { number: i.number })}</Typography.Text>}
        </Flex>
      ),
    },
    {
      title: t('inspections.list.columnPlan'),
      key: 'plan',
      width: 260,
      render: (_, i) => (i.planTitle ? <Typography.Text ellipsis={{ tooltip: i.planTitle }}>{i.planTitle}</Typography.Text> : <Typography.Text type="secondary">{t('inspections.list.adHoc')}</Typography.Text>),
    },
    { title: t('inspections.list.columnStatus'), key: 'status', width: 150, render: (_, i) => <StatusTag status={i.status} /> },
    { title: t('inspections.list.columnMinors'), key: 'minors', width: 120, align: 'right', render: (_, i) => count(i.minorCount, true) },
    { title: t('inspections.list.columnViolations'), key: 'violations', width: 110, align: 'right', render: (_, i) => (i.violationCount ? count(i.violationCount, true) : dash) },
  ];
}
