import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Table, Tag, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CatalogueVersionInfo } from '../../../../shared/schemas/catalogue';
import { ApiCallError, call } from '../../api';
import { PageHeader } from '../../ui/PageHeader';
import { QueryError } from '../../ui/QueryError';
import { formatVietnamTime } from '../../ui/formatValue';
import { useCan } from '../../ui/session';
import { formatDate } from '../plans/dates';

const VERSIONS = ['catalogue', 'versions'] as const;

/** "Danh mục pháp lý": which version is in force today and from when, every version with its hashes, and the admin's import. */
export function CataloguePage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const canImport = useCan('catalogue.import');
  const versions = useQuery({ queryKey: VERSIONS, queryFn: () => call('catalogue.versions', {}) });
  const current = versions.data?.find((v) => v.current);
  const upcoming = versions.data?.filter((v) => v.upcoming) ?? [];

  const importFile = useMutation({
    mutationFn: async (file: File) => call('catalogue.import', { json: await file.text(), fileName: file.name }),
    onSuccess: (info) => {
      void queryClient.invalidateQueries({ queryKey: ['catalogue'] });
      void message.success(t(info.unchanged ? 'catalogue.unchanged' : 'catalogue.importDone', { version: info.version, date: formatDate(info.effectiveDate) }));
    },
    onError: (error) =>
      void modal.error({
        title: t('catalogue.import'),
        content: error instanceof ApiCallError ? error.message : t('catalogue.unreadable'),
        width: 560,
      }),
  });

  const status = (v: CatalogueVersionInfo) =>
    v.current ? <Tag color="green">{t('catalogue.statusCurrent')}</Tag> : v.upcoming ? <Tag color="blue">{t('catalogue.statusUpcoming')}</Tag> : <Tag>{t('catalogue.statusPast')}</Tag>;

  return (
    <>
      <PageHeader
        title={t('catalogue.title')}
        description={t('catalogue.description')}
        extra={
          canImport && (
            <Upload
              accept=".json,application/json"
              showUploadList={false}
              beforeUpload={(file) => {
                importFile.mutate(file);
                return false;
              }}
            >
              <Button type="primary" icon={<UploadOutlined aria-hidden />} loading={importFile.isPending}>
                {t('catalogue.import')}
              </Button>
            </Upload>
          )
        }
      />
      {versions.isError ? (
        <QueryError error={versions.error} onRetry={() => void versions.refetch()} />
      ) : (
        <Flex vertical gap={16}>
          {current && (
            <Alert
              type="success"
              showIcon
              role="status"
              title={t('catalogue.inForce', { version: current.version, title: current.title })}
              description={
                <>
                  <div>{t('catalogue.inForceSince', { date: formatDate(current.effectiveDate) })}</div>
                  {upcoming.map((v) => (
                    <div key={v.version}>{t('catalogue.upcoming', { version: v.version, date: formatDate(v.effectiveDate) })}</div>
                  ))}
                </>
              }
            />
          )}
          <Card>
            {canImport && (
              <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
                {t('catalogue.importHint')}
              </Typography.Paragraph>
            )}
            <Table<CatalogueVersionInfo>
              rowKey="version"
              size="middle"
              loading={versions.isFetching}
              dataSource={[...(versions.data ?? [])].reverse()}
              pagination={false}
              columns={[
                { title: t('catalogue.version'), dataIndex: 'version', width: 100, render: (v: string) => <Typography.Text strong>{v}</Typography.Text> },
                { title: t('catalogue.titleColumn'), dataIndex: 'title' },
                { title: t('catalogue.effectiveDate'), dataIndex: 'effectiveDate', width: 130, render: (d: string) => formatDate(d) },
                { title: t('catalogue.status'), key: 'status', width: 190, render: (_, v) => status(v) },
                {
                  title: t('catalogue.imported'),
                  key: 'imported',
                  width: 230,
                  render: (_, v) => (v.importedBy === 'seed' ? t('catalogue.seed') : t('catalogue.importedBy', { at: formatVietnamTime(v.importedAt), by: v.importedBy })),
                },
                {
                  title: t('catalogue.hash'),
                  key: 'hash',
                  width: 220,
                  render: (_, v) => (
                    <Flex vertical style={{ fontSize: 12 }}>
                      {v.contentHash && (
                        <Typography.Text code copyable={{ text: v.contentHash }} title={v.contentHash}>
                          {t('catalogue.contentHash', { hash: v.contentHash.slice(0, 12) })}
                        </Typography.Text>
                      )}
                      {v.fileHash && (
                        <Typography.Text code copyable={{ text: v.fileHash }} title={v.fileHash}>
                          {t('catalogue.fileHash', { hash: v.fileHash.slice(0, 12) })}
                        </Typography.Text>
                      )}
                    </Flex>
                  ),
                },
              ]}
            />
          </Card>
        </Flex>
      )}
    </>
  );
}
