import { Flex, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Inspection } from '../../../../../shared/schemas/inspection';
import type { ExportColumn } from '../../../ui/listExport';
import { byDate, byNumber, byText } from '../../../ui/sorters';
import { formatDate } from '../../plans/dates';
import { StatusTag } from '../tags';

const dash = <Typography.Text type="secondary">—</Typography.Text>;
const count = (n: number, alert: boolean) => (
  <span style={{ fontVariantNumeric: 'tabular-nums', ...(alert && n > 0 ? { color: '#c2410c', fontWeight: 600 } : {}) }}>{n}</span>
);
const STATUS_ORDER = { draft: 0, amending: 1, finalised: 2 } as const;

/** The list's columns, each sortable; the newest visit first until another order is chosen. */
export function useInspectionColumns(): ColumnsType<Inspection> {
  const { t } = useTranslation();
  return [
    {
      title: t('inspections.list.columnDate'),
      key: 'date',
      width: 120,
      sorter: byDate((i: Inspection) => `${i.inspectionDate} ${i.startTime ?? ''}`),
      defaultSortOrder: 'descend',
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
      minWidth: 220,
      sorter: byText((i: Inspection) => i.establishmentName),
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
      width: 220,
      sorter: byText((i: Inspection) => i.planTitle),
      render: (_, i) =>
        i.planTitle ? (
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: i.planTitle }} style={{ margin: 0 }}>
            {i.planTitle}
          </Typography.Paragraph>
        ) : (
          <Typography.Text type="secondary">{t('inspections.list.adHoc')}</Typography.Text>
        ),
    },
    {
      title: t('inspections.list.columnStatus'),
      key: 'status',
      width: 130,
      sorter: byNumber((i: Inspection) => STATUS_ORDER[i.status]),
      render: (_, i) => <StatusTag status={i.status} />,
    },
    { title: t('inspections.list.columnMinors'), key: 'minors', width: 90, align: 'right', sorter: byNumber((i: Inspection) => i.minorCount), render: (_, i) => count(i.minorCount, true) },
    {
      title: t('inspections.list.columnViolations'),
      key: 'violations',
      width: 90,
      align: 'right',
      sorter: byNumber((i: Inspection) => i.violationCount),
      render: (_, i) => (i.violationCount ? count(i.violationCount, true) : dash),
    },
  ];
}

/** The same list in an Excel file: plain values, the words of the screen. */
export function useInspectionExportColumns(): ExportColumn<Inspection>[] {
  const { t } = useTranslation();
  return [
    { title: t('inspections.list.columnDate'), value: (i) => formatDate(i.inspectionDate), width: 13 },
    { title: t('inspections.list.columnTime'), value: (i) => i.startTime, width: 10 },
    { title: t('inspections.list.columnEstablishment'), value: (i) => i.establishmentName },
    { title: t('inspections.list.columnNumber'), value: (i) => i.number },
    { title: t('inspections.list.columnPlan'), value: (i) => i.planTitle ?? t('inspections.list.adHoc') },
    { title: t('inspections.list.columnStatus'), value: (i) => t(`inspections.status.${i.status}`), width: 16 },
    { title: t('inspections.list.columnMinors'), value: (i) => i.minorCount, width: 12 },
    { title: t('inspections.list.columnViolations'), value: (i) => i.violationCount, width: 10 },
  ];
}
