import { DeleteOutlined, EditOutlined, LockOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InspectionDetail } from '../../../../../shared/schemas/inspection';
import { AmendDialog } from './AmendDialog';
import { useFinaliseConfirm } from './useFinaliseConfirm';
import { useRemoveInspection } from './useRemoveInspection';

/** The record's life cycle: finalise (lock), amend with a reason, or delete a draft. */
export function InspectionActions({ detail, unsaved }: { detail: InspectionDetail; unsaved: string[] }) {
  const { t } = useTranslation();
  const { inspection } = detail;
  const finalise = useFinaliseConfirm(detail, unsaved);
  const remove = useRemoveInspection();
  const [amending, setAmending] = useState(false);

  if (inspection.status === 'finalised') {
    return (
      <>
        <Button icon={<EditOutlined aria-hidden />} onClick={() => setAmending(true)}>
          {t('inspections.amend.open')}
        </Button>
        {amending && <AmendDialog open inspectionId={inspection.id} onClose={() => setAmending(false)} />}
      </>
    );
  }
  return (
    <>
      {inspection.status === 'draft' && (
        <Button danger icon={<DeleteOutlined aria-hidden />} onClick={() => remove(inspection)}>
          {t('common.delete')}
        </Button>
      )}
      <Button type="primary" icon={<LockOutlined aria-hidden />} loading={finalise.pending} onClick={finalise.confirm}>
        {t('inspections.finalise.button')}
      </Button>
    </>
  );
}
