import { CloudUploadOutlined, SafetyOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Collapse, Descriptions, Flex, Form, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BACKUP_KEEP_MAX, BACKUP_KEEP_MIN, BACKUP_SCHEDULES, type BackupJob, type BackupListItem, type BackupOverview, type BackupSchedule, type BackupSummary } from '../../../../shared/schemas/backup';
import { ApiCallError, call } from '../../api';
import { PageHeader } from '../../ui/PageHeader';
import { QueryError } from '../../ui/QueryError';
import { useSession } from '../../ui/session';
import { BackupSummaryView, formatDateTime } from './BackupSummaryView';
import { JobProgressModal } from './JobProgressModal';
import { PathInput } from './PathInput';
import { canChoosePath, formatSize } from './paths';
import { OVERVIEW, useBackupOverview } from './queries';
import { RestoreDialog } from './RestoreDialog';
import { useBackupJob } from './useBackupJob';

const errorText = (error: unknown, fallback: string) => (error instanceof ApiCallError ? error.message : fallback);

/**
 * "Sao lưu và khôi phục" (admin): back up now to a folder (a USB stick), the automatic backup's
 * schedule, folder and number kept, the backups of that folder with check and restore, another
 * file to check or restore, and the copies made before upgrades. Long work runs in the background
 * with progress and cancel (useBackupJob); a restore ends every session.
 */
export function BackupPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const session = useSession();
  const overview = useBackupOverview();
  const tracker = useBackupJob();
  const [restorePath, setRestorePath] = useState<string>();

  const start = useMutation({
    mutationFn: (run: () => Promise<BackupJob>) => run(),
    onSuccess: tracker.follow,
    onError: (error) => void message.error(errorText(error, t('common.unexpectedError'))),
  });
  const check = (path: string) => start.mutate(() => call('backup.check', { path }));

  const data = overview.data;
  return (
    <>
      <PageHeader title={t('backup.title')} description={t('backup.description')} />
      {overview.isError ? (
        <QueryError error={overview.error} onRetry={() => void overview.refetch()} />
      ) : (
        <Flex vertical gap={16} style={{ maxWidth: 1000 }}>
          {data?.running && !tracker.job && (
            <Alert
              type="info"
              showIcon
              title={data.running.stage}
              action={<Button onClick={() => tracker.follow(data.running)}>{t('backup.job.progress')}</Button>}
            />
          )}
          <BackupNowCard defaultFolder={data?.settings.folder} onStart={(folder) => start.mutate(() => call('backup.create', { folder }))} starting={start.isPending} />
          {data && <AutoBackupCard overview={data} />}
          <Card title={t('backup.list.title')} loading={overview.isPending}>
            {data && (
              <>
                <Typography.Paragraph type="secondary" copyable={{ text: data.settings.folder }}>
                  {t('backup.list.folder', { folder: data.settings.folder })}
                </Typography.Paragraph>
                <BackupTable items={data.backups} onCheck={check} onRestore={setRestorePath} />
              </>
            )}
          </Card>
          <OtherFileCard onCheck={check} onRestore={setRestorePath} />
          {data && data.upgradeCopies.length > 0 && (
            <Collapse
              items={[
                {
                  key: 'upgrade',
                  label: t('backup.upgrade.title', { count: data.upgradeCopies.length }),
                  children: (
                    <>
                      <Typography.Paragraph type="secondary">{t('backup.upgrade.description')}</Typography.Paragraph>
                      <Table
                        size="small"
                        rowKey="fileName"
                        pagination={false}
                        dataSource={data.upgradeCopies}
                        columns={[
                          { key: 'at', title: t('backup.list.createdAt'), render: (_, c) => formatDateTime(c.createdAt), width: 170 },
                          { key: 'file', title: t('backup.upgrade.fileName'), dataIndex: 'fileName' },
                          { key: 'size', title: t('backup.list.size'), render: (_, c) => formatSize(c.sizeBytes), width: 110 },
                        ]}
                      />
                    </>
                  ),
                },
              ]}
            />
          )}
        </Flex>
      )}
      <RestoreDialog path={restorePath} onClose={() => setRestorePath(undefined)} onStarted={tracker.follow} />
      <JobProgressModal
        job={tracker.job}
        statusError={tracker.statusError}
        cancelling={tracker.cancelling}
        onCancel={tracker.cancel}
        onClose={tracker.close}
        onSignInAgain={() => void session.refresh()}
      />
    </>
  );
}

function BackupNowCard({ defaultFolder, onStart, starting }: { defaultFolder: string | undefined; onStart: (folder: string) => void; starting: boolean }) {
  const { t } = useTranslation();
  const [folder, setFolder] = useState('');
  useEffect(() => {
    if (defaultFolder && !folder) setFolder(defaultFolder);
  }, [defaultFolder, folder]);
  return (
    <Card title={t('backup.now.title')}>
      <Form layout="vertical" component="div">
        <Form.Item label={t('backup.now.folder')} htmlFor="backup-now-folder" extra={canChoosePath() ? t('backup.now.folderHint') : t('backup.now.folderHintBrowser')}>
          <PathInput id="backup-now-folder" kind="folder" value={folder} onChange={setFolder} />
        </Form.Item>
        <Button type="primary" icon={<CloudUploadOutlined aria-hidden />} disabled={!folder.trim()} loading={starting} onClick={() => onStart(folder.trim())}>
          {t('backup.now.start')}
        </Button>
      </Form>
    </Card>
  );
}

function AutoBackupCard({ overview }: { overview: BackupOverview }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [schedule, setSchedule] = useState<BackupSchedule>(overview.settings.schedule);
  const [folder, setFolder] = useState(overview.settings.folder);
  const [keep, setKeep] = useState<number>(overview.settings.keep);
  const [folderError, setFolderError] = useState<string>();
  const save = useMutation({
    mutationFn: () => call('backup.updateSettings', { schedule, folder, keep }),
    onSuccess: () => {
      setFolderError(undefined);
      void message.success(t('backup.auto.saved'));
      void queryClient.invalidateQueries({ queryKey: OVERVIEW });
    },
    onError: (error) => {
      const issue = error instanceof ApiCallError ? error.error.issues?.find((i) => i.path[0] === 'folder') : undefined;
      if (issue) setFolderError(issue.message);
      else void message.error(errorText(error, t('common.unexpectedError')));
    },
  });
  const dueNow = overview.nextDueAt !== undefined && Date.parse(overview.nextDueAt) <= Date.now();
  return (
    <Card title={t('backup.auto.title')}>
      <Form layout="vertical" component="div">
        <Form.Item label={t('backup.auto.schedule')} htmlFor="backup-schedule" extra={t('backup.auto.scheduleHint')}>
          <Select id="backup-schedule" value={schedule} onChange={setSchedule} style={{ maxWidth: 330 }} options={BACKUP_SCHEDULES.map((value) => ({ value, label: t(`backup.schedule.${value}`) }))} />
        </Form.Item>
        <Form.Item label={t('backup.auto.folder')} htmlFor="backup-auto-folder" validateStatus={folderError ? 'error' : undefined} help={folderError}>
          <PathInput id="backup-auto-folder" kind="folder" value={folder} onChange={setFolder} />
        </Form.Item>
        {folder === overview.defaultFolder && <Alert type="warning" showIcon title={t('backup.auto.sameDisk')} style={{ marginBottom: 16 }} />}
        <Form.Item label={t('backup.auto.keep')} htmlFor="backup-keep" extra={t('backup.auto.keepHint')}>
          <InputNumber id="backup-keep" min={BACKUP_KEEP_MIN} max={BACKUP_KEEP_MAX} value={keep} onChange={(v) => setKeep(v ?? overview.settings.keep)} />
        </Form.Item>
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'last', label: t('backup.auto.last'), children: overview.lastScheduledAt ? formatDateTime(overview.lastScheduledAt) : t('backup.auto.never') },
              ...(overview.nextDueAt ? [{ key: 'next', label: t('backup.auto.next'), children: dueNow ? t('backup.auto.dueNow') : formatDateTime(overview.nextDueAt) }] : []),
            ]}
          />
          {overview.lastScheduledFailure && (
            <Alert type="error" showIcon title={t('backup.auto.failed', { at: formatDateTime(overview.lastScheduledFailure.at), message: overview.lastScheduledFailure.message })} />
          )}
          <Button type="primary" loading={save.isPending} disabled={!folder.trim()} onClick={() => save.mutate()}>
            {t('backup.auto.save')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}

function BackupTable({ items, onCheck, onRestore }: { items: BackupListItem[]; onCheck: (path: string) => void; onRestore: (path: string) => void }) {
  const { t } = useTranslation();
  return (
    <Table
      size="small"
      rowKey="path"
      dataSource={items}
      pagination={items.length > 10 ? { pageSize: 10 } : false}
      locale={{ emptyText: t('backup.list.empty') }}
      columns={[
        { key: 'at', title: t('backup.list.createdAt'), width: 160, render: (_, item) => (item.summary ? formatDateTime(item.summary.createdAt) : item.fileName) },
        {
          key: 'kind',
          title: t('backup.list.kindColumn'),
          render: (_, item) =>
            item.summary ? (
              <Space size={4} wrap>
                <Tag color={item.summary.kind === 'manual' ? 'blue' : item.summary.kind === 'scheduled' ? 'default' : 'orange'}>{t(`backup.kind.${item.summary.kind}`)}</Tag>
                {item.summary.refusal && <Tag color="red">{t('backup.list.newer')}</Tag>}
              </Space>
            ) : (
              <Typography.Text type="danger">
                <Tag color="red">{t('backup.list.damaged')}</Tag>
                {item.damaged}
              </Typography.Text>
            ),
        },
        { key: 'device', title: t('backup.list.device'), render: (_, item) => item.summary?.device },
        { key: 'size', title: t('backup.list.size'), width: 100, render: (_, item) => formatSize(item.sizeBytes) },
        { key: 'version', title: t('backup.list.version'), width: 90, render: (_, item) => item.summary?.appVersion },
        {
          key: 'actions',
          title: t('backup.list.actions'),
          width: 200,
          render: (_, item) =>
            item.summary && (
              <Space size={4}>
                <Button size="small" icon={<SafetyOutlined aria-hidden />} onClick={() => onCheck(item.path)} aria-label={`${t('backup.list.check')} ${item.fileName}`}>
                  {t('backup.list.check')}
                </Button>
                <Button size="small" danger disabled={Boolean(item.summary.refusal)} onClick={() => onRestore(item.path)} aria-label={`${t('backup.list.restore')} ${item.fileName}`}>
                  {t('backup.list.restore')}
                </Button>
              </Space>
            ),
        },
      ]}
    />
  );
}

function OtherFileCard({ onCheck, onRestore }: { onCheck: (path: string) => void; onRestore: (path: string) => void }) {
  const { t } = useTranslation();
  const [path, setPath] = useState('');
  const [summary, setSummary] = useState<BackupSummary>();
  const [failure, setFailure] = useState<string>();
  const inspect = useMutation({
    mutationFn: () => call('backup.inspect', { path: path.trim() }),
    onMutate: () => {
      setSummary(undefined);
      setFailure(undefined);
    },
    onSuccess: setSummary,
    onError: (error) => setFailure(errorText(error, t('common.unexpectedError'))),
  });
  return (
    <Card title={t('backup.other.title')}>
      <Form layout="vertical" component="div">
        <Form.Item label={t('backup.other.path')} htmlFor="backup-other-path" extra={t('backup.other.pathHint')}>
          <PathInput id="backup-other-path" kind="file" value={path} onChange={setPath} />
        </Form.Item>
        <Button disabled={!path.trim()} loading={inspect.isPending} onClick={() => inspect.mutate()}>
          {t('backup.other.open')}
        </Button>
      </Form>
      {failure && <Alert type="error" showIcon title={failure} style={{ marginTop: 16 }} />}
      {summary && (
        <div style={{ marginTop: 16 }}>
          <BackupSummaryView summary={summary} />
          <Space style={{ marginTop: 12 }}>
            <Button icon={<SafetyOutlined aria-hidden />} onClick={() => onCheck(summary.path)}>
              {t('backup.list.check')}
            </Button>
            <Button danger disabled={Boolean(summary.refusal)} onClick={() => onRestore(summary.path)}>
              {t('backup.list.restore')}
            </Button>
          </Space>
        </div>
      )}
    </Card>
  );
}
