import { Card, Table, Tabs, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CommandOutput } from '../../../../shared/commands';
import type { EstablishmentViolation } from '../../../../shared/schemas/establishment-violations';
import type { Inspection } from '../../../../shared/schemas/inspection';
import { call } from '../../api';
import { byDate, byNumber, byText } from '../../ui/sorters';
import { formatAmount } from '../inspections/format';
import { INSPECTIONS, useInspectionList } from '../inspections/queries';
import { ItemStatusTag, StatusTag } from '../inspections/tags';
import { formatDate } from '../plans/dates';

type Due = CommandOutput<'commitments.due'>[number];
const tabular = { fontVariantNumeric: 'tabular-nums' } as const;
const STATUS_ORDER = { overdue: 0, open: 1, breached: 2, fulfilled: 3 } as const;

/**
 * What the team has on record about one establishment: its inspections, the violations found
 * and the commitments made, each leading to the inspection it belongs to.
 */
export function EstablishmentRecord({ establishmentId }: { establishmentId: string }) {
  const { t } = useTranslation();
  const inspections = useInspectionList({ establishmentId });
  const violations = useQuery({
    queryKey: [...INSPECTIONS, 'establishmentViolations', establishmentId],
    queryFn: () => call('establishments.violations', { id: establishmentId }),
  });
  const commitments = useQuery({
    queryKey: [...INSPECTIONS, 'commitmentsDue', { establishmentId }],
    queryFn: () => call('commitments.due', { establishmentId }),
  });
  const live = (inspections.data ?? []).filter((i) => !i.deletedAt);
  const overdue = (commitments.data ?? []).filter((c) => c.item.displayStatus === 'overdue').length;

  const inspectionTable = (
    <Table<Inspection>
      rowKey="id"
      size="small"
      loading={inspections.isPending}
      dataSource={live}
      pagination={live.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      locale={{ emptyText: t('establishment.record.noInspections') }}
      showSorterTooltip={false}
      columns={[
        {
          title: t('inspections.list.columnDate'),
          key: 'date',
          width: 130,
          sorter: byDate((i: Inspection) => i.inspectionDate),
          defaultSortOrder: 'descend',
          render: (_, i) => (
            <Link to={`/inspections/${i.id}`} style={tabular}>
              {formatDate(i.inspectionDate)}
            </Link>
          ),
        },
        { title: t('inspections.list.columnPlan'), key: 'plan', render: (_, i) => i.planTitle ?? <Typography.Text type="secondary">{t('inspections.list.adHoc')}</Typography.Text> },
        { title: t('inspections.list.columnStatus'), key: 'status', width: 140, render: (_, i) => <StatusTag status={i.status} /> },
        { title: t('inspections.list.columnMinors'), key: 'minors', width: 100, align: 'right', render: (_, i) => i.minorCount },
        { title: t('inspections.list.columnViolations'), key: 'violations', width: 90, align: 'right', render: (_, i) => i.violationCount },
      ]}
    />
  );
  const violationTable = (
    <Table<EstablishmentViolation>
      rowKey="id"
      size="small"
      loading={violations.isPending}
      dataSource={violations.data}
      pagination={(violations.data?.length ?? 0) > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      locale={{ emptyText: t('establishment.record.noViolations') }}
      showSorterTooltip={false}
      columns={[
        {
          title: t('inspections.list.columnDate'),
          key: 'date',
          width: 130,
          sorter: byDate((v: EstablishmentViolation) => v.inspectionDate),
          render: (_, v) => (
            <Link to={`/inspections/${v.inspectionId}?tab=violations`} style={tabular}>
              {formatDate(v.inspectionDate)}
            </Link>
          ),
        },
        {
          title: t('establishment.record.violation'),
          key: 'title',
          sorter: byText((v: EstablishmentViolation) => v.title),
          render: (_, v) => (
            <>
              <div>{v.title}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12.5 }}>
                {v.legalReference}
              </Typography.Text>
            </>
          ),
        },
        { title: t('establishment.record.children'), key: 'children', width: 100, align: 'right', render: (_, v) => v.minorCount || '—' },
        {
          title: t('establishment.record.fine'),
          key: 'fine',
          width: 150,
          align: 'right',
          sorter: byNumber((v: EstablishmentViolation) => v.proposedFine),
          render: (_, v) => <span style={tabular}>{formatAmount(v.proposedFine)}</span>,
        },
        { title: t('inspections.list.columnStatus'), key: 'status', width: 130, render: (_, v) => <StatusTag status={v.inspectionStatus} /> },
      ]}
    />
  );
  const commitmentTable = (
    <Table<Due>
      rowKey={(row) => row.item.id}
      size="small"
      loading={commitments.isPending}
      dataSource={commitments.data}
      pagination={(commitments.data?.length ?? 0) > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      locale={{ emptyText: t('establishment.record.noCommitments') }}
      showSorterTooltip={false}
      columns={[
        {
          title: t('inspections.due.columnInspected'),
          key: 'inspected',
          width: 130,
          render: (_, row) => (
            <Link to={`/inspections/${row.inspectionId}?tab=commitments`} style={tabular}>
              {formatDate(row.inspectionDate)}
            </Link>
          ),
        },
        { title: t('inspections.commitment.content'), key: 'content', render: (_, row) => <span style={{ whiteSpace: 'pre-wrap' }}>{row.item.content}</span> },
        { title: t('inspections.commitment.deadline'), key: 'deadline', width: 120, sorter: byDate((row: Due) => row.item.deadline), render: (_, row) => formatDate(row.item.deadline) },
        {
          title: t('inspections.commitment.status'),
          key: 'status',
          width: 150,
          sorter: byNumber((row: Due) => STATUS_ORDER[row.item.displayStatus]),
          render: (_, row) => <ItemStatusTag status={row.item.displayStatus} />,
        },
      ]}
    />
  );

  return (
    <Card title={t('establishment.record.title')} style={{ marginTop: 16 }} styles={{ body: { paddingTop: 4 } }}>
      <Tabs
        items={[
          { key: 'inspections', label: t('establishment.record.inspections', { count: live.length }), children: inspectionTable },
          { key: 'violations', label: t('establishment.record.violations', { count: violations.data?.length ?? 0 }), children: violationTable },
          {
            key: 'commitments',
            label: overdue
              ? t('establishment.record.commitmentsOverdue', { count: commitments.data?.length ?? 0, overdue })
              : t('establishment.record.commitments', { count: commitments.data?.length ?? 0 }),
            children: commitmentTable,
          },
        ]}
      />
    </Card>
  );
}
