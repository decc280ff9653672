import { Divider, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../../shared/schemas/attachment';
import type { InspectionDetail } from '../../../../shared/schemas/inspection';
import { AttachmentGallery } from './AttachmentGallery';
import { OwnerAttachments } from './OwnerAttachments';
import { useInspectionAttachments } from './queries';
import { useGalleryRights } from './rights';

/** Names the record each attachment of the overview belongs to (children by the name the record shows). */
function ownerNames(detail: InspectionDetail): Map<string, string> {
  const names = new Map<string, string>();
  for (const m of detail.minors) names.set(m.id, m.fullName);
  for (const v of detail.violations) names.set(v.id, v.typeCode);
  detail.commitments.forEach((c, i) => c.items.forEach((item, j) => names.set(item.id, `${i + 1}.${j + 1}`)));
  return names;
}

/**
 * The record's "Ảnh, tệp" tab: the inspection's own photos (upload, gallery), then every photo and
 * file of its minors, violations and commitment items, where the annex of the minutes is chosen.
 */
export function InspectionAttachmentsSection({ detail }: { detail: InspectionDetail }) {
  const { t } = useTranslation();
  const inspectionId = detail.inspection.id;
  const all = useInspectionAttachments(inspectionId);
  const { lockedByMinutes: _, ...rights } = useGalleryRights(inspectionId, 'violations');
  const others = (all.data ?? []).filter((a) => a.ownerTable !== 'inspections');
  const annexed = (all.data ?? []).filter((a) => a.inMinutesAnnex).length;
  const names = ownerNames(detail);
  const ownerLine = (a: Attachment) => [t(`attachments.owner.${a.ownerTable}`), names.get(a.ownerId)].filter(Boolean).join(' ');

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="baseline" gap={12} wrap>
        <Typography.Paragraph type="secondary" style={{ margin: 0, maxWidth: 760 }}>
          {t('attachments.sectionIntro')}
        </Typography.Paragraph>
        <Typography.Text strong>{t('attachments.annexCount', { count: annexed })}</Typography.Text>
      </Flex>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('attachments.ownGallery')}
      </Typography.Title>
      <OwnerAttachments owner={{ ownerTable: 'inspections', ownerId: inspectionId }} inspectionId={inspectionId} />
      {others.length > 0 && (
        <>
          <Divider style={{ margin: '8px 0' }} />
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('attachments.othersTitle')}
          </Typography.Title>
          <AttachmentGallery attachments={others} canWrite={false} canAnnex={rights.canAnnex} ownerLine={ownerLine} />
        </>
      )}
    </Flex>
  );
}
