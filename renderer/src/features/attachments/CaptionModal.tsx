import { DatePicker, Flex, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../../shared/schemas/attachment';
import { useCommandMutation } from '../../ui/useCommandMutation';
import { ATTACHMENTS } from './queries';

const LOCAL = 'YYYY-MM-DDTHH:mm';

/** Caption and time taken of one photo or file (the time comes from the camera when it said). */
export function CaptionModal({ attachment, onClose }: { attachment: Attachment; onClose: () => void }) {
  const { t } = useTranslation();
  const [caption, setCaption] = useState(attachment.caption ?? '');
  const [takenAt, setTakenAt] = useState<Dayjs | null>(attachment.takenAt ? dayjs(attachment.takenAt) : null);
  const save = useCommandMutation('attachments.update', { invalidates: [ATTACHMENTS], onSuccess: onClose });
  const changedTime = (takenAt?.format(LOCAL) ?? null) !== (attachment.takenAt?.slice(0, 16) ?? null);

  return (
    <Modal
      open
      title={t('attachments.editTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onCancel={onClose}
      onOk={() =>
        save.mutate({
          id: attachment.id,
          expectedVersion: attachment.version,
          caption,
          // Seconds from the camera are kept unless the time is changed.
          ...(changedTime ? { takenAt: takenAt ? takenAt.format(LOCAL) : null } : {}),
        })
      }
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{attachment.fileName}</Typography.Text>
        <label>
          <Typography.Text>{t('attachments.caption')}</Typography.Text>
          <Input.TextArea value={caption} maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} placeholder={t('attachments.captionPlaceholder')} onChange={(e) => setCaption(e.target.value)} autoFocus />
        </label>
        <label>
          <Typography.Text>{t('attachments.takenAtLabel')}</Typography.Text>
          <DatePicker showTime={{ format: 'HH:mm' }} format="DD/MM/YYYY HH:mm" value={takenAt} onChange={(value) => setTakenAt(value)} style={{ width: '100%' }} />
        </label>
      </Flex>
    </Modal>
  );
}
