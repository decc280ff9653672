import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Flex, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiCallError, call } from '../../api';
import { PageHeader } from '../../ui/PageHeader';
import { QueryError } from '../../ui/QueryError';
import { formatDate } from '../plans/dates';

const PREVIEW = ['retention', 'preview'] as const;

/**
 * "Thời hạn lưu trữ thông tin trẻ em" (admin): the period, how many records are due, and the
 * purge, confirmed on the count shown (the service refuses it if the count changed meanwhile).
 */
export function RetentionPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const preview = useQuery({ queryKey: PREVIEW, queryFn: () => call('retention.preview', {}) });
  const purge = useMutation({
    mutationFn: (expectedMinors: number) => call('retention.purge', { expectedMinors }),
    onSuccess: (result) => {
      const done = result.papers === 0 ? 'done' : result.minors === 0 ? 'doneOnlyPapers' : 'donePapers';
      void message.success(t(`privacy.retention.${done}`, { count: result.minors, papers: result.papers }));
      void queryClient.invalidateQueries();
    },
    onError: (error) => {
      void message.error(error instanceof ApiCallError ? error.message : t('common.unexpectedError'));
      void preview.refetch();
    },
  });

  // Only papers are due when the children were reduced before (here, or on a team laptop whose records came in).
  const confirm = ({ minors: count, papers }: { minors: number; papers: number }) =>
    modal.confirm({
      title: count > 0 ? t('privacy.retention.confirmTitle', { count }) : t('privacy.retention.confirmPapersTitle', { papers }),
      content: count > 0 ? t('privacy.retention.confirmText', { papers }) : t('privacy.retention.confirmPapersText'),
      okText: t('privacy.retention.confirmOk'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      width: 520,
      onOk: () => purge.mutateAsync(count),
    });

  const data = preview.data;
  return (
    <>
      <PageHeader title={t('privacy.retention.title')} description={t('privacy.retention.description')} />
      {preview.isError ? (
        <QueryError error={preview.error} onRetry={() => void preview.refetch()} />
      ) : (
        <Card loading={preview.isPending} style={{ maxWidth: 940 }}>
          {data && (
            <Flex vertical gap={16}>
              <Flex justify="space-between" align="center" wrap gap={8}>
                <Typography.Text strong>{t('privacy.retention.period', { years: data.retentionYears })}</Typography.Text>
                <Link to="/settings">{t('privacy.retention.changePeriod')}</Link>
              </Flex>
              <Descriptions size="small" column={1} items={[{ key: 'cutoff', label: t('privacy.retention.preview'), children: t('privacy.retention.cutoff', { date: formatDate(data.cutoffDate) }) }]} />
              <Flex gap={32} wrap role="group" aria-label={t('privacy.retention.preview')}>
                <Statistic title={t('privacy.retention.inspections')} value={data.inspections} />
                <Statistic title={t('privacy.retention.minors')} value={data.minors} />
                <Statistic title={t('privacy.retention.photos')} value={data.photos} />
                <Statistic title={t('privacy.retention.papers')} value={data.papers} />
                <Statistic title={t('privacy.retention.changeRows')} value={data.changeRows} />
              </Flex>
              {data.minors === 0 && data.papers === 0 ? (
                <Alert type="info" showIcon title={t('privacy.retention.nothing')} />
              ) : (
                <Flex gap={8}>
                  <Button danger type="primary" loading={purge.isPending} onClick={() => confirm(data)}>
                    {t('privacy.retention.purge')}
                  </Button>
                  <Button onClick={() => void preview.refetch()}>{t('privacy.retention.refresh')}</Button>
                </Flex>
              )}
            </Flex>
          )}
        </Card>
      )}
    </>
  );
}
