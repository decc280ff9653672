import { Card, Flex, Segmented, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { CommandOutput } from '../../../../../shared/commands';
import { PageHeader } from '../../../ui/PageHeader';
import { QueryError } from '../../../ui/QueryError';
import { formatDate } from '../../plans/dates';
import { useCommitmentsDue } from '../queries';
import { ItemStatusTag } from '../tags';
import { ItemStatusActions } from './ItemStatusActions';

type Row = CommandOutput<'commitments.due'>[number];
const VIEWS = ['follow', 'open', 'overdue', 'fulfilled', 'breached', 'all'] as const;
type View = (typeof VIEWS)[number];

const matches = (view: View, row: Row) => {
  const status = row.item.displayStatus;
  if (view === 'all') return true;
  if (view === 'follow') return status === 'open' || status === 'overdue';
  return status === view;
};

/** "Cam kết cần theo dõi": every promise made by inspected establishments, overdue first. */
export function CommitmentsDuePage() {
  const { t } = useTranslation();
  // The view lives in the URL (?status=overdue), so the dashboard can link straight to it.
  const [params, setParams] = useSearchParams();
  const view = VIEWS.find((v) => v === params.get('status')) ?? 'follow';
  const setView = (next: View) => setParams(next === 'follow' ? {} : { status: next }, { replace: true });
  const due = useCommitmentsDue();
  const rows = (due.data ?? []).filter((row) => matches(view, row));
  const count = (v: View) => (due.data ?? []).filter((row) => matches(v, row)).length;

  return (
    <>
      <PageHeader title={t('inspections.due.title')} description={t('inspections.due.description')} />
      <Card>
        <Segmented<View>
          aria-label={t('inspections.due.filter')}
          value={view}
          onChange={setView}
          options={VIEWS.map((v) => ({ value: v, label: `${t(`inspections.due.view.${v}`)} (${count(v)})` }))}
          style={{ marginBottom: 16 }}
        />
        {due.isError ? (
          <QueryError error={due.error} onRetry={() => void due.refetch()} />
        ) : (
          <Table<Row>
            rowKey={(row) => row.item.id}
            size="middle"
            loading={due.isFetching}
            dataSource={rows}
            pagination={{ pageSize: 30, hideOnSinglePage: true, showSizeChanger: false }}
            locale={{ emptyText: due.isPending ? ' ' : t('inspections.due.empty') }}
            columns={[
              {
                title: t('inspections.due.columnEstablishment'),
                key: 'establishment',
                width: 260,
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
              { title: t('inspections.commitment.content'), key: 'content', render: (_, row) => <span style={{ whiteSpace: 'pre-wrap' }}>{row.item.content}</span> },
              {
                title: t('inspections.commitment.deadline'),
                key: 'deadline',
                width: 120,
                render: (_, row) => (
                  <Typography.Text strong={row.item.displayStatus === 'overdue'} type={row.item.displayStatus === 'overdue' ? 'danger' : undefined}>
                    {formatDate(row.item.deadline)}
                  </Typography.Text>
                ),
              },
              { title: t('inspections.commitment.status'), key: 'status', width: 150, render: (_, row) => <ItemStatusTag status={row.item.displayStatus} /> },
              {
                title: t('common.actions'),
                key: 'actions',
                width: 270,
                render: (_, row) => <ItemStatusActions item={row.item} label={`${row.establishmentName}: ${row.item.content.slice(0, 60)}`} />,
              },
            ]}
          />
        )}
      </Card>
    </>
  );
}
