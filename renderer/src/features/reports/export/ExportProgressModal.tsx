import { DownloadOutlined, FolderOpenOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Progress, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportJob } from '../../../../../shared/schemas/report';
import { ApiCallError } from '../../../api';
import { openDocument, opensInApp } from '../../plans/openDocument';

interface ExportProgressModalProps {
  job: ExportJob | undefined;
  statusError: unknown;
  cancelling: boolean;
  onCancel: () => void;
  onClose: () => void;
}

const FORMAT_NAMES = { docx: 'Word', xlsx: 'Excel', csv: 'CSV', json: 'JSON' } as const;

/** Progress of one export: stage and bar while it runs, then open/download, or why it stopped. */
export function ExportProgressModal({ job, statusError, cancelling, onCancel, onClose }: ExportProgressModalProps) {
  const { t } = useTranslation();
  const [openError, setOpenError] = useState<string>();
  const running = job?.state === 'running' && !statusError;
  const inApp = opensInApp();

  const open = async (documentId: string) => {
    setOpenError(undefined);
    try {
      await openDocument(documentId);
    } catch (error) {
      setOpenError(error instanceof ApiCallError ? error.message : t('common.unexpectedError'));
    }
  };

  const footer = running
    ? [<Button key="cancel" danger loading={cancelling} onClick={onCancel}>{t('common.cancel')}</Button>]
    : [
        <Button key="close" onClick={onClose}>{t('reports.export.close')}</Button>,
        job?.state === 'done' && job.documentId && (
          <Button key="open" type="primary" icon={inApp ? <FolderOpenOutlined aria-hidden /> : <DownloadOutlined aria-hidden />} onClick={() => void open(job.documentId!)}>
            {inApp ? t('reports.export.open') : t('reports.export.download')}
          </Button>
        ),
      ];

  return (
    <Modal
      open={Boolean(job)}
      title={job && t('reports.export.title', { format: FORMAT_NAMES[job.format] })}
      closable={!running}
      mask={{ closable: false }}
      keyboard={!running}
      onCancel={onClose}
      footer={footer}
      destroyOnHidden
    >
      {job && (
        <>
          {statusError ? (
            <Alert type="error" showIcon title={t('reports.export.lost')} description={statusError instanceof ApiCallError ? statusError.message : undefined} />
          ) : job.state === 'failed' ? (
            <Alert type="error" showIcon title={t('reports.export.failed')} description={job.error} />
          ) : job.state === 'cancelled' ? (
            <Alert type="info" showIcon title={t('reports.export.cancelled')} />
          ) : (
            <>
              <Progress percent={Math.round(job.progress * 100)} status={job.state === 'done' ? 'success' : 'active'} aria-label={t('reports.export.progress')} />
              <Typography.Paragraph role="status" aria-live="polite" style={{ margin: '8px 0 0' }}>
                {job.stage}
              </Typography.Paragraph>
              {job.state === 'done' && job.fileName && (
                <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
                  {t('reports.export.savedAs', { fileName: job.fileName })}
                </Typography.Paragraph>
              )}
            </>
          )}
          {openError && <Alert type="error" showIcon title={openError} style={{ marginTop: 12 }} />}
        </>
      )}
    </Modal>
  );
}
