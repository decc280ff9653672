import { DownloadOutlined, FilePdfOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Flex, Modal, Spin, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../../shared/schemas/attachment';
import { ApiCallError } from '../../api';
import { fetchContent, fileSize, openOrDownload } from './files';
import { formatTakenAt } from './format';

interface AttachmentViewerProps {
  items: Attachment[];
  index: number | null;
  onIndex: (index: number | null) => void;
  /** Whether the annex choice may change (a recorder, minutes not finalised). */
  canAnnex: boolean;
  onAnnex: (attachment: Attachment, inAnnex: boolean) => void;
}

/** The photo at full size (decrypted by the service, shown from a blob: URL freed on close). */
function FullImage({ attachment }: { attachment: Attachment }) {
  const { t } = useTranslation();
  const content = useQuery({
    queryKey: ['attachment-files', 'content', attachment.id, attachment.contentHash],
    queryFn: async () => URL.createObjectURL((await fetchContent(attachment.id)).blob),
    staleTime: Infinity,
    gcTime: 0,
  });
  const url = content.data;
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);
  if (content.isError) {
    const missing = content.error instanceof ApiCallError && content.error.error.code === 'NOT_FOUND';
    return <Alert type={missing ? 'info' : 'error'} showIcon title={t(missing ? 'attachments.fileMissing' : 'attachments.loadFailed')} description={missing ? t('attachments.fileMissingHint') : content.error.message} />;
  }
  if (!url) return <Spin size="large" style={{ margin: 80 }} />;
  return <img src={url} alt={attachment.caption ?? attachment.fileName} style={{ maxWidth: '100%', maxHeight: '68vh', objectFit: 'contain', display: 'block', margin: '0 auto' }} />;
}

/** Full-size viewer of a gallery: previous/next (arrow keys too), caption, time taken, annex choice, download. */
export function AttachmentViewer({ items, index, onIndex, canAnnex, onAnnex }: AttachmentViewerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const current = index === null ? undefined : items[index];
  const total = items.length;
  const go = (step: number) => index !== null && total > 0 && onIndex((index + step + total) % total);

  useEffect(() => {
    if (index === null) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'ArrowRight') go(1);
      if (event.key === 'ArrowLeft') go(-1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const download = () =>
    openOrDownload(current!.id).catch((error: unknown) => void message.error(error instanceof ApiCallError ? error.error.message : t('attachments.loadFailed')));

  return (
    <Modal
      open={Boolean(current)}
      onCancel={() => onIndex(null)}
      width="min(1100px, 96vw)"
      centered
      destroyOnHidden
      title={current ? t('attachments.viewerTitle', { n: index! + 1, total, name: current.fileName }) : ''}
      footer={null}
    >
      {current && (
        <Flex vertical gap={12}>
          <Flex align="center" gap={8}>
            <Button shape="circle" icon={<LeftOutlined aria-hidden />} aria-label={t('attachments.previous')} onClick={() => go(-1)} disabled={total < 2} />
            <div style={{ flex: 1, minHeight: 240, display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#f5f6f8', borderRadius: 6 }}>
              {current.mimeType.startsWith('image/') ? (
                <FullImage key={current.id} attachment={current} />
              ) : (
                <Flex vertical align="center" gap={12} style={{ padding: 48 }}>
                  <FilePdfOutlined style={{ fontSize: 64, color: '#b91c1c' }} aria-hidden />
                  <Typography.Text>{t('attachments.pdf')}</Typography.Text>
                  <Button type="primary" onClick={() => void download()}>
                    {t('attachments.openFile')}
                  </Button>
                </Flex>
              )}
            </div>
            <Button shape="circle" icon={<RightOutlined aria-hidden />} aria-label={t('attachments.next')} onClick={() => go(1)} disabled={total < 2} />
          </Flex>
          <Flex justify="space-between" align="flex-start" gap={16} wrap>
            <Flex vertical gap={2} style={{ flex: 1, minWidth: 260 }}>
              <Typography.Text strong>{current.caption ?? <Typography.Text type="secondary">{t('attachments.noCaption')}</Typography.Text>}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12.5 }}>
                {[
                  current.takenAt && t('attachments.takenAt', { time: formatTakenAt(current.takenAt) }),
                  current.width && current.height ? `${current.width} × ${current.height}` : undefined,
                  fileSize(current.sizeBytes),
                  t('attachments.addedBy', { name: current.updatedBy }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography.Text>
            </Flex>
            <Flex gap={12} align="center">
              {current.mimeType.startsWith('image/') && (
                <Checkbox checked={current.inMinutesAnnex} disabled={!canAnnex} onChange={(e) => onAnnex(current, e.target.checked)}>
                  {t('attachments.inAnnex')}
                </Checkbox>
              )}
              <Button icon={<DownloadOutlined aria-hidden />} onClick={() => void download()}>
                {t('attachments.download')}
              </Button>
            </Flex>
          </Flex>
        </Flex>
      )}
    </Modal>
  );
}
