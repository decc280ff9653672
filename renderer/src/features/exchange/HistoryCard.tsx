import { Card, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ExchangeLogEntry } from '../../../../shared/schemas/exchange';
import { QueryError } from '../../ui/QueryError';
import { formatVietnamTime } from '../../ui/formatValue';
import { useExchangeHistory } from './queries';

/** "Lịch sử trao đổi": packages made here and packages imported, with the laptop and official on the other end. */
export function HistoryCard({ teamId }: { teamId: string }) {
  const { t } = useTranslation();
  const history = useExchangeHistory(teamId);
  return (
    <Card title={t('exchange.log.title')} size="small">
      {history.isError ? (
        <QueryError error={history.error} onRetry={() => void history.refetch()} />
      ) : (
        <Table<ExchangeLogEntry>
          rowKey="id"
          size="small"
          loading={history.isPending}
          dataSource={history.data ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          aria-label={t('exchange.log.title')}
          locale={{ emptyText: t('exchange.log.empty') }}
          columns={[
            { title: t('exchange.log.at'), dataIndex: 'at', width: 150, render: (at: string) => formatVietnamTime(at) },
            {
              title: t('exchange.log.what'),
              dataIndex: 'direction',
              width: 170,
              render: (d: ExchangeLogEntry['direction']) => <Tag color={d === 'import' ? 'blue' : 'green'}>{t(`exchange.direction.${d}`)}</Tag>,
            },
            {
              title: t('exchange.log.other'),
              key: 'other',
              render: (_, e) => (e.direction === 'export' ? t('exchange.log.thisDevice') : `${e.officialName} — ${e.deviceLabel}`),
            },
            { title: t('exchange.log.by'), dataIndex: 'userName' },
            {
              title: t('exchange.log.content'),
              key: 'content',
              render: (_, e) => (
                <>
                  <Typography.Text strong>{t(e.direction === 'export' ? 'exchange.log.changes' : 'exchange.log.records', { count: e.total })}</Typography.Text>
                  <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 0 }} ellipsis={{ rows: 2, tooltip: true }}>
                    {Object.entries(e.counts)
                      .map(([label, n]) => `${label} ${n}`)
                      .join(' · ')}
                  </Typography.Paragraph>
                </>
              ),
            },
            {
              title: t('exchange.log.file'),
              dataIndex: 'fileName',
              ellipsis: true,
              render: (name?: string) => name && <span title={name}>{name}</span>,
            },
          ]}
        />
      )}
    </Card>
  );
}
