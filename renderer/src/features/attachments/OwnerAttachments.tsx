import { Alert, Flex, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AttachmentGallery } from './AttachmentGallery';
import { AttachmentUploader } from './AttachmentUploader';
import { useAttachments, type Owner } from './queries';
import { useGalleryRights } from './rights';

interface OwnerAttachmentsProps {
  owner: Owner;
  inspectionId: string;
}

/** One record's photos and files: warning for a child's photos, upload with progress, the gallery, removed ones on demand. */
export function OwnerAttachments({ owner, inspectionId }: OwnerAttachmentsProps) {
  const { t } = useTranslation();
  const [showDeleted, setShowDeleted] = useState(false);
  const { lockedByMinutes, ...rights } = useGalleryRights(inspectionId, owner.ownerTable);
  const list = useAttachments(owner, showDeleted);
  const child = owner.ownerTable === 'minors' || owner.ownerTable === 'case_visits';

  return (
    <Flex vertical gap={16}>
      {child && <Alert type="warning" showIcon title={t('attachments.minorWarning')} />}
      {lockedByMinutes && <Alert type="info" showIcon title={t('attachments.lockedHint')} />}
      {rights.canWrite && <AttachmentUploader owner={owner} />}
      {rights.canWrite && (
        <Flex justify="flex-end">
          <Typography.Text type="secondary" style={{ fontSize: 12.5 }}>
            <Switch size="small" checked={showDeleted} onChange={setShowDeleted} aria-label={t('attachments.showDeleted')} /> {t('attachments.showDeleted')}
          </Typography.Text>
        </Flex>
      )}
      <AttachmentGallery attachments={list.data ?? []} {...rights} />
    </Flex>
  );
}
