import { DeleteOutlined, EditOutlined, FilePdfOutlined, FileUnknownOutlined, UndoOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Checkbox, Empty, Flex, Skeleton, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../../shared/schemas/attachment';
import { ApiCallError, call } from '../../api';
import { HISTORY } from '../../ui/history/queries';
import { CaptionModal } from './CaptionModal';
import { AttachmentViewer } from './AttachmentViewer';
import { formatTakenAt } from './format';
import { ATTACHMENTS, useThumbnail } from './queries';
import './attachments.css';

export interface GalleryRights {
  /** Add, caption and remove (a recorder; the record open for this kind of evidence). */
  canWrite: boolean;
  /** Choose photos for the minutes' annex (also needs the minutes not finalised). */
  canAnnex: boolean;
}

interface AttachmentGalleryProps extends GalleryRights {
  attachments: Attachment[];
  /** A line above the caption naming what each one is attached to (the inspection's overview). */
  ownerLine?: (attachment: Attachment) => string | undefined;
}

function Thumbnail({ attachment }: { attachment: Attachment }) {
  const { t } = useTranslation();
  const image = attachment.mimeType.startsWith('image/');
  const thumb = useThumbnail(attachment.id, attachment.contentHash, image);
  if (image && thumb.isError) {
    // A row received from another laptop of the team before its file.
    const missing = thumb.error instanceof ApiCallError && thumb.error.error.code === 'NOT_FOUND';
    return (
      <Tooltip title={missing ? t('attachments.fileMissingHint') : thumb.error.message}>
        <div className="attachment-thumb attachment-thumb-file attachment-thumb-missing" role="img" aria-label={t(missing ? 'attachments.fileMissing' : 'attachments.loadFailed')}>
          <FileUnknownOutlined aria-hidden />
          <Typography.Text type="secondary">{t(missing ? 'attachments.fileMissing' : 'attachments.loadFailed')}</Typography.Text>
        </div>
      </Tooltip>
    );
  }
  if (!image) {
    return (
      <div className="attachment-thumb attachment-thumb-file">
        <FilePdfOutlined aria-hidden />
      </div>
    );
  }
  return thumb.data ? <img className="attachment-thumb" src={thumb.data} alt="" /> : <Skeleton.Image active className="attachment-thumb" />;
}

/** Photos and files as tiles; a click opens the full-size viewer. */
export function AttachmentGallery({ attachments, canWrite, canAnnex, ownerLine }: AttachmentGalleryProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [viewing, setViewing] = useState<number | null>(null);
  const [editing, setEditing] = useState<Attachment>();
  const live = attachments.filter((a) => !a.deletedAt);
  const refresh = () => Promise.all([ATTACHMENTS, HISTORY].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
  const fail = (error: unknown) => void message.error(error instanceof ApiCallError ? error.error.message : t('common.unexpectedError'));

  const setAnnex = async (attachment: Attachment, inMinutesAnnex: boolean) => {
    try {
      await call('attachments.update', { id: attachment.id, inMinutesAnnex });
      await refresh();
      void message.success(t(inMinutesAnnex ? 'attachments.annexAdded' : 'attachments.annexRemoved'));
    } catch (error) {
      fail(error);
    }
  };

  const restore = async (attachment: Attachment) => {
    try {
      await call('attachments.restore', { id: attachment.id });
      await refresh();
      void message.success(t('attachments.restored', { name: attachment.fileName }));
    } catch (error) {
      fail(error);
    }
  };

  const remove = async (attachment: Attachment) => {
    try {
      await call('attachments.remove', { id: attachment.id, expectedVersion: attachment.version });
      await refresh();
      const key = `undo-${attachment.id}`;
      void message.success({
        key,
        duration: 8,
        content: (
          <span>
            {t('attachments.removed', { name: attachment.fileName })}{' '}
            <Button type="link" size="small" style={{ paddingInline: 4 }} onClick={() => (message.destroy(key), void restore(attachment))}>
              {t('common.undo')}
            </Button>
          </span>
        ),
      });
    } catch (error) {
      fail(error);
    }
  };

  if (attachments.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('attachments.empty')} />;

  return (
    <>
      <div className="attachment-grid" role="list" aria-label={t('attachments.gallery')}>
        {attachments.map((a) => {
          const deleted = Boolean(a.deletedAt);
          const name = a.caption ?? a.fileName;
          return (
            <Card
              key={a.id}
              role="listitem"
              aria-label={a.fileName}
              size="small"
              className={deleted ? 'attachment-card attachment-card-deleted' : 'attachment-card'}
              cover={
                <button type="button" className="attachment-open" aria-label={t('attachments.open', { name: a.fileName })} disabled={deleted} onClick={() => setViewing(live.indexOf(a))}>
                  <Thumbnail attachment={a} />
                </button>
              }
            >
              <Flex vertical gap={4}>
                {ownerLine?.(a) && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis>
                    {ownerLine(a)}
                  </Typography.Text>
                )}
                <Typography.Text ellipsis={{ tooltip: name }} type={a.caption ? undefined : 'secondary'}>
                  {a.caption ?? a.fileName}
                </Typography.Text>
                {a.takenAt && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('attachments.takenAt', { time: formatTakenAt(a.takenAt) })}
                  </Typography.Text>
                )}
                <Flex gap={4} wrap>
                  {deleted && <Tag color="default">{t('attachments.deletedTag')}</Tag>}
                  {a.inMinutesAnnex && !deleted && <Tag color="blue">{t('attachments.annexTag')}</Tag>}
                </Flex>
                {!deleted && a.mimeType.startsWith('image/') && (canAnnex || a.inMinutesAnnex) && (
                  <Tooltip title={canAnnex ? t('attachments.inAnnexHint') : t('attachments.annexLocked')}>
                    <Checkbox checked={a.inMinutesAnnex} disabled={!canAnnex} onChange={(e) => void setAnnex(a, e.target.checked)} style={{ fontSize: 12.5 }}>
                      {t('attachments.inAnnex')}
                    </Checkbox>
                  </Tooltip>
                )}
                {canWrite && (
                  <Flex gap={4}>
                    {deleted ? (
                      <Button size="small" icon={<UndoOutlined aria-hidden />} aria-label={t('attachments.restoreLabel', { name: a.fileName })} onClick={() => void restore(a)}>
                        {t('attachments.restore')}
                      </Button>
                    ) : (
                      <>
                        <Button size="small" type="text" icon={<EditOutlined aria-hidden />} aria-label={`${t('attachments.edit')} ${a.fileName}`} onClick={() => setEditing(a)}>
                          {t('attachments.edit')}
                        </Button>
                        <Button size="small" type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={t('attachments.removeLabel', { name: a.fileName })} onClick={() => void remove(a)}>
                          {t('attachments.remove')}
                        </Button>
                      </>
                    )}
                  </Flex>
                )}
              </Flex>
            </Card>
          );
        })}
      </div>
      <AttachmentViewer items={live} index={viewing} onIndex={setViewing} canAnnex={canAnnex} onAnnex={(a, inAnnex) => void setAnnex(a, inAnnex)} />
      {editing && <CaptionModal attachment={editing} onClose={() => setEditing(undefined)} />}
    </>
  );
}
