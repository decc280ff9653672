import { Alert, Button, Flex, Form, Progress, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthStatus } from '../../../../shared/schemas/auth';
import type { BackupSummary } from '../../../../shared/schemas/backup';
import { ApiCallError, call } from '../../api';
import { AuthLayout } from '../auth/AuthLayout';
import { BackupSummaryView } from './BackupSummaryView';
import { credentialErrors, credentialsInput, CredentialsFields, EMPTY_CREDENTIALS, type CredentialErrors, type Credentials } from './CredentialsFields';
import { PathInput } from './PathInput';
import { useBackupJob } from './useBackupJob';

/**
 * First start on a fresh data folder, restoring instead of setting up: the backup file, what it
 * holds, a password of an account in it (or its recovery key), then the restore with progress;
 * afterwards the sign-in with the backup's accounts.
 */
export function SetupRestoreScreen({ onBack, onDone }: { onBack: () => void; onDone: (status: AuthStatus) => void }) {
  const { t } = useTranslation();
  const [path, setPath] = useState('');
  const [summary, setSummary] = useState<BackupSummary>();
  const [credentials, setCredentials] = useState<Credentials>(EMPTY_CREDENTIALS);
  const [errors, setErrors] = useState<CredentialErrors>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const tracker = useBackupJob();
  const job = tracker.job;
  const running = job?.state === 'in_progress';

  const inspect = async () => {
    setBusy(true);
    setFailure(undefined);
    setSummary(undefined);
    try {
      setSummary(await call('auth.inspectBackup', { path: path.trim() }));
    } catch (error) {
      setFailure(error instanceof ApiCallError ? error.message : t('common.unexpectedError'));
    } finally {
      setBusy(false);
    }
  };

  const restore = async () => {
    if (!summary) return;
    setBusy(true);
    setFailure(undefined);
    setErrors({});
    try {
      tracker.follow(await call('auth.restoreBackup', { path: summary.path, credentials: credentialsInput(credentials) }));
    } catch (error) {
      const byField = credentialErrors(error instanceof ApiCallError ? error.error.issues : undefined);
      setErrors(byField);
      if (Object.keys(byField).length === 0) setFailure(error instanceof ApiCallError ? error.message : t('common.unexpectedError'));
    } finally {
      setBusy(false);
    }
  };

  const signIn = async () => onDone(await call('auth.status', {}));

  return (
    <AuthLayout
      title={t('backup.setup.title')}
      width={720}
      footer={
        !job || job.state !== 'completed' ? (
          <Button type="link" onClick={onBack} disabled={running}>
            {t('backup.setup.back')}
          </Button>
        ) : undefined
      }
    >
      {job ? (
        <Flex vertical gap={12}>
          {tracker.statusError ? (
            <Alert type="error" showIcon title={t('backup.job.lost')} />
          ) : job.state === 'failed' ? (
            <Alert type="error" showIcon title={t('backup.job.failed')} description={job.error} />
          ) : job.state === 'cancelled' ? (
            <Alert type="info" showIcon title={t('backup.job.cancelled')} />
          ) : (
            <>
              <Progress percent={Math.floor(job.progress * 100)} status={job.state === 'completed' ? 'success' : 'active'} aria-label={t('backup.job.progress')} />
              <Typography.Paragraph role="status" aria-live="polite" style={{ margin: 0 }}>
                {job.state === 'completed' ? t('backup.setup.done') : job.stage}
              </Typography.Paragraph>
            </>
          )}
          <Flex gap={8} justify="end">
            {running && (
              <Button danger loading={tracker.cancelling} onClick={tracker.cancel}>
                {t('backup.job.cancel')}
              </Button>
            )}
            {job.state === 'completed' && (
              <Button type="primary" size="large" onClick={() => void signIn()}>
                {t('backup.setup.signIn')}
              </Button>
            )}
            {(job.state === 'failed' || job.state === 'cancelled') && <Button onClick={tracker.close}>{t('backup.job.close')}</Button>}
          </Flex>
        </Flex>
      ) : (
        <Form layout="vertical" component="div" aria-label={t('backup.setup.title')}>
          <Alert type="info" showIcon title={t('backup.setup.intro')} style={{ marginBottom: 16 }} />
          <Form.Item label={t('backup.other.path')} htmlFor="setup-backup-path" extra={t('backup.other.pathHint')}>
            <PathInput
              id="setup-backup-path"
              kind="file"
              value={path}
              onChange={(value) => {
                setPath(value);
                setSummary(undefined);
              }}
            />
          </Form.Item>
          {!summary && (
            <Button disabled={!path.trim()} loading={busy} onClick={() => void inspect()}>
              {t('backup.other.open')}
            </Button>
          )}
          {summary && (
            <>
              <BackupSummaryView summary={summary} showSameKey={false} />
              {!summary.refusal && (
                <div style={{ marginTop: 16 }}>
                  <CredentialsFields value={credentials} onChange={setCredentials} errors={errors} />
                  <Flex justify="end">
                    <Button type="primary" size="large" loading={busy} onClick={() => void restore()}>
                      {t('backup.restore.start')}
                    </Button>
                  </Flex>
                </div>
              )}
            </>
          )}
          {failure && <Alert type="error" showIcon title={failure} style={{ marginTop: 16 }} />}
        </Form>
      )}
    </AuthLayout>
  );
}
