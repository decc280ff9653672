import { Alert, Button, Card, Flex, Segmented, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { CommandOutput } from '../../../../../shared/commands';
import { call } from '../../../api';
import { ExportButton } from '../../../ui/ExportButton';
import type { ExportColumn } from '../../../ui/listExport';
import { PageHeader } from '../../../ui/PageHeader';
import { QueryError } from '../../../ui/QueryError';
import { byDate, byNumber, byText } from '../../../ui/sorters';
import { formatDate } from '../../plans/dates';
import { useProvinces } from '../../reference/queries';
import { useReportScope } from '../../reports/useReportScope';
import { todayIso } from '../format';
import { INSPECTIONS, useCommitmentsDue } from '../queries';
import { ItemStatusTag } from '../tags';
import { ItemStatusActions } from './ItemStatusActions';

type Row = CommandOutput<'commitments.due'>[number];
const VIEWS = ['follow', 'open', 'overdue', 'fulfilled', 'breached', 'all'] as const;
type View = (typeof VIEWS)[number];
const STATUS_ORDER = { overdue: 0, open: 1, breached: 2, fulfilled: 3 } as const;

const matches = (view: View, row: Row) => {
  const status = row.item.displayStatus;
  if (view === 'all') return true;
  if (view === 'follow') return status === 'open' || status === 'overdue';
  return status === view;
};

/**
 * The items a report's figures count (the dashboard links here with its period and area):
 * the same inspections, each item as it stood on the figures' day.
 */
function useScopedItems(enabled: boolean) {
  const { scope, input } = useReportScope({ withFilters: true });
  const query = useQuery({ queryKey: [...INSPECTIONS, 'commitmentItems', input], queryFn: () => call('reports.commitmentItems', input), enabled });
  return { scope, query };
}

/**
 * "Cam kết cần theo dõi": every promise made by inspected establishments, overdue first, as it
 * stands today — or, opened from a figure of the dashboard, the items that figure counts, as they
 * stood on its day. Either way the page says as of which date.
 */
export function CommitmentsDuePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // The view lives in the URL (?status=overdue), so the dashboard can link straight to it.
  const [params, setParams] = useSearchParams();
  const scoped = params.has('period');
  const view = VIEWS.find((v) => v === params.get('status')) ?? 'follow';
  const setView = (next: View) => {
    const out = new URLSearchParams(params);
    if (next === 'follow') out.delete('status');
    else out.set('status', next);
    setParams(out, { replace: true });
  };
  const due = useCommitmentsDue();
  const inScope = useScopedItems(scoped);
  const provinces = useProvinces();
  const today = todayIso();
  const query = scoped ? inScope.query : due;
  const data = scoped ? inScope.query.data?.items : due.data;
  const asOf = scoped ? inScope.query.data?.asOf : today;
  // Following up (marking done or breached) is about today; a past day's list is for reading.
  const canAct = !scoped || asOf === today;
  const rows = (data ?? []).filter((row) => matches(view, row));
  const count = (v: View) => (data ?? []).filter((row) => matches(v, row)).length;
  const { scope } = inScope;
  const province = provinces.data?.find((p) => p.code === scope.provinceCode)?.name;

  const columns: ColumnsType<Row> = [
    {
      title: t('inspections.due.columnEstablishment'),
      key: 'establishment',
      width: 220,
      sorter: byText((row: Row) => row.establishmentName),
      render: (_, row) => (
        <Flex vertical gap={2}>
          <Link to={`/inspections/${row.inspectionId}?tab=commitments`} style={{ fontWeight: 500 }}>
            {row.establishmentName}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12.5 }}>
            {t('inspections.due.inspectedOn', { date: formatDate(row.inspectionDate), signer: row.signerName })}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('inspections.commitment.content'), key: 'content', minWidth: 220, render: (_, row) => <span style={{ whiteSpace: 'pre-wrap' }}>{row.item.content}</span> },
    {
      title: t('inspections.commitment.deadline'),
      key: 'deadline',
      width: 120,
      sorter: byDate((row: Row) => row.item.deadline),
      render: (_, row) => (
        <Typography.Text strong={row.item.displayStatus === 'overdue'} type={row.item.displayStatus === 'overdue' ? 'danger' : undefined}>
          {formatDate(row.item.deadline)}
        </Typography.Text>
      ),
    },
    {
      title: t('inspections.commitment.status'),
      key: 'status',
      width: 140,
      sorter: byNumber((row: Row) => STATUS_ORDER[row.item.displayStatus]),
      render: (_, row) => (
        <Flex vertical gap={2} align="flex-start">
          <ItemStatusTag status={row.item.displayStatus} />
          {row.item.statusDate && row.item.status !== 'open' && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('inspections.due.statusOn', { status: t(`inspections.itemStatus.${row.item.status}`), date: formatDate(row.item.statusDate) })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    ...(canAct
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 190,
            render: (_: unknown, row: Row) => (
              <ItemStatusActions
                item={row.item}
                label={`${row.establishmentName}: ${row.item.content.slice(0, 60)}`}
                inspectionId={row.inspectionId}
                establishmentName={row.establishmentName}
                inspectionDate={row.inspectionDate}
              />
            ),
          },
        ]
      : []),
  ];
  const exportColumns: ExportColumn<Row>[] = [
    { title: t('inspections.due.columnEstablishment'), value: (row) => row.establishmentName },
    { title: t('inspections.due.columnInspected'), value: (row) => formatDate(row.inspectionDate), width: 14 },
    { title: t('inspections.commitment.signerName'), value: (row) => row.signerName },
    { title: t('inspections.commitment.content'), value: (row) => row.item.content, width: 60 },
    { title: t('inspections.commitment.deadline'), value: (row) => formatDate(row.item.deadline), width: 12 },
    { title: t('inspections.due.columnStatusAsOf', { date: formatDate(asOf) }), value: (row) => t(`inspections.itemStatus.${row.item.displayStatus}`), width: 18 },
    { title: t('inspections.due.columnStatusDate'), value: (row) => (row.item.status !== 'open' ? formatDate(row.item.statusDate) : ''), width: 14 },
    { title: t('inspections.commitment.dialog.note'), value: (row) => row.item.note, width: 40 },
  ];
  const describedScope = scoped
    ? [
        t('inspections.due.scopePeriod', {
          period: t(`reports.period.preset.${scope.preset}`),
          from: formatDate(scope.range.from),
          to: formatDate(scope.range.to),
        }),
        ...(province ? [t('inspections.due.scopeArea', { area: province })] : []),
      ]
    : [];

  return (
    <>
      <PageHeader
        title={t('inspections.due.title')}
        description={
          <>
            {t('inspections.due.description')}
            {asOf && (
              <>
                {' · '}
                <Typography.Text strong data-testid="commitments-as-of">
                  {asOf === today ? t('inspections.due.asOfToday', { date: formatDate(asOf) }) : t('inspections.due.asOf', { date: formatDate(asOf) })}
                </Typography.Text>
              </>
            )}
          </>
        }
      />
      {scoped && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('inspections.due.scopedTitle')}
          description={
            <>
              <div>{describedScope.join('; ')}.</div>
              {inScope.query.data && <div>{inScope.query.data.asOfNote}.</div>}
            </>
          }
          action={
            <Button size="small" onClick={() => navigate(view === 'follow' ? '/commitments' : `/commitments?status=${view}`)}>
              {t('inspections.due.showAll')}
            </Button>
          }
        />
      )}
      <Card>
        <Flex gap={12} wrap align="center" justify="space-between" style={{ marginBottom: 16 }}>
          <Segmented<View>
            aria-label={t('inspections.due.filter')}
            value={view}
            onChange={setView}
            options={VIEWS.map((v) => ({ value: v, label: `${t(`inspections.due.view.${v}`)} (${count(v)})` }))}
          />
          <ExportButton
            title={t('inspections.due.exportTitle')}
            columns={exportColumns}
            rows={rows}
            filters={[...describedScope, t('inspections.due.filterView', { view: t(`inspections.due.view.${view}`) })]}
            disabled={!rows.length}
          />
        </Flex>
        {query.isError ? (
          <QueryError error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Table<Row>
            rowKey={(row) => row.item.id}
            size="middle"
            loading={query.isFetching}
            dataSource={rows}
            scroll={{ x: 890 }}
            showSorterTooltip={false}
            pagination={{ pageSize: 30, hideOnSinglePage: true, showSizeChanger: false }}
            locale={{ emptyText: query.isPending ? ' ' : t('inspections.due.empty') }}
            columns={columns}
          />
        )}
      </Card>
    </>
  );
}
