import { Empty, Flex, Skeleton, Table, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConflictEntry } from '../../../../shared/schemas/exchange';
import { PageHeader } from '../../ui/PageHeader';
import { QueryError } from '../../ui/QueryError';
import { formatVietnamTime } from '../../ui/formatValue';
import { ConflictCard } from './ConflictCard';
import { fieldText, sideText } from './conflictText';
import { DuplicateCard } from './DuplicateCard';
import { useConflicts } from './queries';

/**
 * "Xung đột cần xử lý": what two laptops changed apart, one card each until settled; settled
 * entries (here or on another laptop, through an exchange) stay in the history tab.
 */
export function ConflictInboxPage() {
  const { t } = useTranslation();
  const all = useConflicts(true);
  const open = (all.data ?? []).filter((c) => !c.resolution);
  const settled = (all.data ?? []).filter((c) => c.resolution);
  return (
    <>
      <PageHeader title={t('exchange.inbox.title')} description={t('exchange.inbox.description')} />
      {all.isError ? (
        <QueryError error={all.error} onRetry={() => void all.refetch()} />
      ) : all.isPending ? (
        <Skeleton active />
      ) : (
        <Tabs
          items={[
            {
              key: 'open',
              label: t('exchange.inbox.open', { count: open.length }),
              children:
                open.length === 0 ? (
                  <Empty description={t('exchange.inbox.empty')} />
                ) : (
                  <Flex vertical gap={16} style={{ maxWidth: 1100 }}>
                    {open.map((entry) =>
                      entry.kind === 'duplicate_establishment' ? <DuplicateCard key={entry.id} entry={entry} /> : <ConflictCard key={entry.id} entry={entry} />,
                    )}
                  </Flex>
                ),
            },
            { key: 'settled', label: t('exchange.inbox.resolvedTab'), children: <SettledTable entries={settled} /> },
          ]}
        />
      )}
    </>
  );
}

/** Settled entries: both values, the one chosen, by whom and when. */
function SettledTable({ entries }: { entries: ConflictEntry[] }) {
  const { t } = useTranslation();
  const shown = (e: ConflictEntry, side: 'a' | 'b') => {
    if (e.kind === 'duplicate_establishment') return e[side].user;
    const chosen =
      ((e.resolution === 'kept_a' || e.resolution === 'kept_deleted') && side === 'a') || ((e.resolution === 'kept_b' || e.resolution === 'restored') && side === 'b');
    const text = sideText(e, side, t);
    return (
      <Flex vertical>
        <Typography.Text strong={chosen} style={{ whiteSpace: 'pre-wrap' }} delete={e.resolution !== 'dismissed' && e.resolution !== 'edited' && !chosen}>
          {text}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {e[side].user} · {formatVietnamTime(e[side].at)}
        </Typography.Text>
      </Flex>
    );
  };
  return (
    <Table<ConflictEntry>
      rowKey="id"
      size="small"
      dataSource={entries}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      aria-label={t('exchange.inbox.resolvedTab')}
      locale={{ emptyText: t('exchange.inbox.emptyResolved') }}
      columns={[
        {
          title: t('exchange.inbox.record'),
          key: 'record',
          render: (_, e) => (
            <Flex vertical>
              <Typography.Text strong>{e.recordLabel}</Typography.Text>
              <Typography.Text type="secondary">{e.kind === 'duplicate_establishment' ? t(`exchange.conflictKind.${e.kind}`) : fieldText(e, t)}</Typography.Text>
            </Flex>
          ),
        },
        { title: t('exchange.side.a'), key: 'a', render: (_, e) => shown(e, 'a') },
        { title: t('exchange.side.b'), key: 'b', render: (_, e) => shown(e, 'b') },
        {
          title: t('exchange.inbox.resolvedTab'),
          key: 'resolution',
          render: (_, e) => (
            <Flex vertical gap={2} align="flex-start">
              {e.resolution && <Tag color="green">{t(`exchange.resolution.${e.resolution}`)}</Tag>}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {[e.resolvedBy, e.resolvedAt && formatVietnamTime(e.resolvedAt)].filter(Boolean).join(' · ')}
              </Typography.Text>
            </Flex>
          ),
        },
      ]}
    />
  );
}
