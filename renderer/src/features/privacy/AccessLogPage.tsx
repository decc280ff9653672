import { useQuery } from '@tanstack/react-query';
import { Card, DatePicker, Flex, Form, Select, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { childDataBasisText } from '../../../../shared/labels/report';
import { CHILD_ACCESS_KINDS, type ChildAccessEntry, type ChildAccessKind } from '../../../../shared/schemas/privacy';
import { call } from '../../api';
import { PageHeader } from '../../ui/PageHeader';
import { QueryError } from '../../ui/QueryError';
import { formatVietnamTime } from '../../ui/formatValue';
import { DATE_FORMAT, formatDate, toIsoDate } from '../plans/dates';

const PAGE_SIZE = 50;

/** "Nhật ký truy cập thông tin trẻ em" (admin): views of records with children's identities, exports, purges. */
export function AccessLogPage() {
  const { t } = useTranslation();
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const [userId, setUserId] = useState<string>();
  const [kind, setKind] = useState<ChildAccessKind>();
  const [page, setPage] = useState(1);
  const input = {
    ...(range ? { from: toIsoDate(range[0]), to: toIsoDate(range[1]) } : {}),
    ...(userId ? { userId } : {}),
    ...(kind ? { kind } : {}),
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  };
  const log = useQuery({ queryKey: ['audit', 'childAccess', input], queryFn: () => call('audit.childAccess', input), placeholderData: (previous) => previous });
  const users = useQuery({ queryKey: ['users'], queryFn: () => call('users.list', {}) });
  const filter = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setPage(1);
  };

  const what = (e: ChildAccessEntry) => {
    if (e.inspection) {
      const label = t('privacy.accessLog.inspection', { name: e.inspection.establishmentName ?? e.inspection.id, date: formatDate(e.inspection.inspectionDate) });
      return (
        <Flex vertical>
          <Link to={`/inspections/${e.inspection.id}`}>{label}</Link>
          {e.via === 'history' && <Typography.Text type="secondary">{t('privacy.accessLog.viaHistory')}</Typography.Text>}
        </Flex>
      );
    }
    return e.fileName ?? '';
  };

  return (
    <>
      <PageHeader title={t('privacy.accessLog.title')} description={t('privacy.accessLog.description')} />
      <Card>
        <Form layout="inline" component="div" style={{ marginBottom: 16, rowGap: 8 }}>
          <Form.Item label={t('privacy.accessLog.period')}>
            <DatePicker.RangePicker
              aria-label={t('privacy.accessLog.period')}
              format={DATE_FORMAT}
              value={range}
              onChange={(value) => filter(setRange)(value && value[0] && value[1] ? [value[0], value[1]] : null)}
            />
          </Form.Item>
          <Form.Item label={t('privacy.accessLog.user')}>
            <Select
              aria-label={t('privacy.accessLog.user')}
              allowClear
              style={{ width: 240 }}
              placeholder={t('privacy.accessLog.allUsers')}
              value={userId}
              onChange={filter(setUserId)}
              options={(users.data ?? []).map((u) => ({ value: u.id, label: `${u.fullName} (${u.login})` }))}
            />
          </Form.Item>
          <Form.Item label={t('privacy.accessLog.kindFilter')}>
            <Select
              aria-label={t('privacy.accessLog.kindFilter')}
              allowClear
              style={{ width: 240 }}
              placeholder={t('privacy.accessLog.allKinds')}
              value={kind}
              onChange={filter(setKind)}
              options={CHILD_ACCESS_KINDS.map((k) => ({ value: k, label: t(`privacy.accessLog.kind.${k}`) }))}
            />
          </Form.Item>
        </Form>
        {log.isError ? (
          <QueryError error={log.error} onRetry={() => void log.refetch()} />
        ) : (
          <Table<ChildAccessEntry>
            rowKey="id"
            size="middle"
            loading={log.isFetching}
            dataSource={log.data?.entries ?? []}
            locale={{ emptyText: log.isPending ? ' ' : t('privacy.accessLog.empty') }}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: log.data?.total ?? 0,
              showSizeChanger: false,
              hideOnSinglePage: true,
              onChange: setPage,
              showTotal: (count) => t('privacy.accessLog.total', { count }),
            }}
            columns={[
              { title: t('privacy.accessLog.at'), dataIndex: 'at', width: 150, render: (at: string) => formatVietnamTime(at) },
              { title: t('privacy.accessLog.user'), dataIndex: 'actor', width: 190 },
              { title: t('privacy.accessLog.kindFilter'), dataIndex: 'kind', width: 190, render: (k: ChildAccessKind) => t(`privacy.accessLog.kind.${k}`) },
              { title: t('privacy.accessLog.what'), key: 'what', render: (_, e) => what(e) },
              { title: t('privacy.accessLog.count'), dataIndex: 'count', width: 100, align: 'right' },
              {
                title: t('privacy.accessLog.details'),
                key: 'details',
                render: (_, e) => <span style={{ whiteSpace: 'pre-wrap' }}>{e.legalBasis ? childDataBasisText(e.legalBasis) : e.kind === 'view' ? '' : e.note}</span>,
              },
            ]}
          />
        )}
      </Card>
    </>
  );
}
