import { DeleteOutlined, EditOutlined, LockOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InspectionDetail } from '../../../../../shared/schemas/inspection';
import { useCan } from '../../../ui/session';
import { AmendDialog } from './AmendDialog';
import { useFinaliseConfirm } from './useFinaliseConfirm';
import { useRemoveInspection } from './useRemoveInspection';

/**
 * The record's life cycle: finalise (lock), amend with a reason, or delete a draft. Those who
 * record but may not finalise or amend see the button disabled with who may; a viewer sees none.
 */
export function InspectionActions({ detail, unsaved }: { detail: InspectionDetail; unsaved: string[] }) {
  const { t } = useTranslation();
  const { inspection } = detail;
  const finalise = useFinaliseConfirm(detail, unsaved);
  const remove = useRemoveInspection();
  const [amending, setAmending] = useState(false);
  const canRecord = useCan('inspections.update');
  const canRemove = useCan('inspections.remove');
  const canFinalise = useCan('inspections.finalise');
  const canAmend = useCan('inspections.amend');
  if (!canRecord) return null;

  if (inspection.status === 'finalised') {
    return (
      <>
        <Tooltip title={canAmend ? undefined : t('auth.rights.leadersOnly')}>
          <Button icon={<EditOutlined aria-hidden />} disabled={!canAmend} onClick={() => setAmending(true)}>
            {t('inspections.amend.open')}
          </Button>
        </Tooltip>
        {amending && <AmendDialog open inspectionId={inspection.id} onClose={() => setAmending(false)} />}
      </>
    );
  }
  return (
    <>
      {inspection.status === 'draft' && canRemove && (
        <Button danger icon={<DeleteOutlined aria-hidden />} onClick={() => remove(inspection)}>
          {t('common.delete')}
        </Button>
      )}
      <Tooltip title={canFinalise ? undefined : t('auth.rights.leadersOnly')}>
        <Button type="primary" icon={<LockOutlined aria-hidden />} loading={finalise.pending} disabled={!canFinalise} onClick={finalise.confirm}>
          {t('inspections.finalise.button')}
        </Button>
      </Tooltip>
    </>
  );
}
