import { Alert, Button, Modal, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BackupJob } from '../../../../shared/schemas/backup';
import { ApiCallError } from '../../api';
import { formatDateTime } from './BackupSummaryView';

interface JobProgressModalProps {
  job: BackupJob | undefined;
  statusError: unknown;
  cancelling: boolean;
  onCancel: () => void;
  onClose: () => void;
  /** After a restore: everyone signs in again. */
  onSignInAgain?: () => void;
}

/** A backup, check or restore while it runs (stage, bar, cancel), then what came of it. */
export function JobProgressModal({ job, statusError, cancelling, onCancel, onClose, onSignInAgain }: JobProgressModalProps) {
  const { t } = useTranslation();
  const running = job?.state === 'in_progress' && !statusError;
  const restored = job?.kind === 'restore' && job.state === 'completed';
  const footer = running
    ? [
        <Button key="cancel" danger loading={cancelling} onClick={onCancel}>
          {t('backup.job.cancel')}
        </Button>,
      ]
    : restored
      ? [
          <Button key="signin" type="primary" onClick={onSignInAgain}>
            {t('backup.job.signInAgain')}
          </Button>,
        ]
      : [
          <Button key="close" onClick={onClose}>
            {t('backup.job.close')}
          </Button>,
        ];
  return (
    <Modal
      open={Boolean(job)}
      title={job && t(`backup.job.${job.kind}`)}
      closable={!running && !restored}
      mask={{ closable: false }}
      keyboard={!running && !restored}
      onCancel={onClose}
      footer={footer}
      destroyOnHidden
      width={620}
    >
      {job &&
        (statusError ? (
          <Alert type="error" showIcon title={t('backup.job.lost')} description={statusError instanceof ApiCallError ? statusError.message : undefined} />
        ) : job.state === 'failed' ? (
          <Alert type="error" showIcon title={t('backup.job.failed')} description={job.error} />
        ) : job.state === 'cancelled' ? (
          <Alert type="info" showIcon title={t('backup.job.cancelled')} />
        ) : (
          <>
            <Progress percent={Math.floor(job.progress * 100)} status={job.state === 'completed' ? 'success' : 'active'} aria-label={t('backup.job.progress')} />
            <Typography.Paragraph role="status" aria-live="polite" style={{ margin: '8px 0 0' }}>
              {job.stage}
            </Typography.Paragraph>
            {job.state === 'completed' && job.kind === 'backup' && job.file && (
              <Typography.Paragraph copyable={{ text: job.file }} style={{ margin: '4px 0 0' }}>
                {t('backup.job.savedTo', { path: job.file })}
              </Typography.Paragraph>
            )}
            {job.state === 'completed' && job.kind === 'check' && (
              <Alert type="success" showIcon title={t('backup.job.checked')} description={job.report?.map((line) => <div key={line}>{line}</div>)} style={{ marginTop: 8 }} />
            )}
            {restored && (
              <Alert
                type="success"
                showIcon
                title={t('backup.job.restored', { date: job.summary ? formatDateTime(job.summary.createdAt) : '' })}
                description={job.previousDataBackup && t('backup.job.previous', { path: job.previousDataBackup })}
                style={{ marginTop: 8 }}
              />
            )}
          </>
        ))}
    </Modal>
  );
}
