import { PaperClipOutlined } from '@ant-design/icons';
import { Button, Drawer } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OwnerAttachments } from './OwnerAttachments';
import { useInspectionAttachments, type Owner } from './queries';

interface AttachmentsButtonProps extends Owner {
  inspectionId: string;
  /** What the record is called on screen ("LDCTN-04", "Nguyễn Văn An", "Cam kết 1, nội dung 2"). */
  name: string;
}

/** "Ảnh, tệp (n)" beside a record: opens its photos and files in a drawer. */
export function AttachmentsButton({ ownerTable, ownerId, inspectionId, name }: AttachmentsButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const all = useInspectionAttachments(inspectionId);
  const count = all.data?.filter((a) => a.ownerTable === ownerTable && a.ownerId === ownerId).length ?? 0;
  return (
    <>
      <Button size="small" type="text" icon={<PaperClipOutlined aria-hidden />} aria-label={t('attachments.buttonLabel', { name })} onClick={() => setOpen(true)}>
        {count > 0 ? t('attachments.buttonCount', { count }) : t('attachments.button')}
      </Button>
      <Drawer open={open} onClose={() => setOpen(false)} title={t('attachments.drawerTitle', { name })} size="large" destroyOnHidden>
        {open && <OwnerAttachments owner={{ ownerTable, ownerId }} inspectionId={inspectionId} />}
      </Drawer>
    </>
  );
}
