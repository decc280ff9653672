import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Form, Modal, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupJob } from '../../../../shared/schemas/backup';
import { ApiCallError, call } from '../../api';
import { BackupSummaryView } from './BackupSummaryView';
import { credentialErrors, credentialsInput, CredentialsFields, EMPTY_CREDENTIALS, type CredentialErrors, type Credentials } from './CredentialsFields';
import { BACKUP } from './queries';

/**
 * Restore, asked first: what the backup holds, the warning, the password of the backup's data when
 * it is not the data open now, and a confirmation. The job it starts is followed by the page.
 */
export function RestoreDialog({ path, onClose, onStarted }: { path: string | undefined; onClose: () => void; onStarted: (job: BackupJob) => void }) {
  const { t } = useTranslation();
  const summary = useQuery({ queryKey: [...BACKUP, 'inspect', path], queryFn: () => call('backup.inspect', { path: path! }), enabled: Boolean(path), retry: false });
  const [credentials, setCredentials] = useState<Credentials>(EMPTY_CREDENTIALS);
  const [confirmed, setConfirmed] = useState(false);
  const [errors, setErrors] = useState<CredentialErrors>({});
  const [failure, setFailure] = useState<string>();
  const [starting, setStarting] = useState(false);
  const data = summary.data;
  const needsCredentials = data !== undefined && !data.sameKey;

  const close = () => {
    setCredentials(EMPTY_CREDENTIALS);
    setConfirmed(false);
    setErrors({});
    setFailure(undefined);
    onClose();
  };

  const start = async () => {
    if (!path) return;
    setStarting(true);
    setErrors({});
    setFailure(undefined);
    try {
      const job = await call('backup.restore', { path, confirm: true, ...(needsCredentials ? { credentials: credentialsInput(credentials) } : {}) });
      close();
      onStarted(job);
    } catch (error) {
      const issues = error instanceof ApiCallError ? error.error.issues : undefined;
      const byField = credentialErrors(issues);
      setErrors(byField);
      if (Object.keys(byField).length === 0) setFailure(error instanceof ApiCallError ? error.message : t('common.unexpectedError'));
    } finally {
      setStarting(false);
    }
  };

  return (
    <Modal
      open={Boolean(path)}
      title={t('backup.restore.title')}
      onCancel={close}
      width={720}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={close}>
          {t('common.cancel')}
        </Button>,
        <Button key="ok" type="primary" danger disabled={!data || Boolean(data.refusal) || !confirmed} loading={starting} onClick={() => void start()}>
          {t('backup.restore.start')}
        </Button>,
      ]}
    >
      {summary.isPending ? (
        <Spin />
      ) : summary.isError ? (
        <Alert type="error" showIcon title={t('backup.restore.refused')} description={summary.error instanceof ApiCallError ? summary.error.message : t('common.unexpectedError')} />
      ) : (
        <Form layout="vertical" component="div">
          <BackupSummaryView summary={summary.data} showSameKey={false} />
          {!summary.data.refusal && (
            <>
              <Alert type="warning" showIcon title={t('backup.restore.warning')} style={{ margin: '12px 0' }} />
              {needsCredentials && (
                <>
                  <Alert type="info" showIcon title={t('backup.restore.credentials')} style={{ marginBottom: 12 }} />
                  <CredentialsFields value={credentials} onChange={setCredentials} errors={errors} />
                </>
              )}
              <Checkbox checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)}>
                {t('backup.restore.confirm')}
              </Checkbox>
              {failure && <Alert type="error" showIcon title={failure} style={{ marginTop: 12 }} />}
            </>
          )}
        </Form>
      )}
    </Modal>
  );
}
