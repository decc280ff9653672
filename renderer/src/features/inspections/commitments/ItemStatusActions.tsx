import { AuditOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CommitmentItem } from '../../../../../shared/schemas/inspection';
import { ApiCallError, call } from '../../../api';
import { useCan } from '../../../ui/session';
import { StartReinspectionDialog } from '../../follow-up/verification/StartReinspectionDialog';

interface ItemStatusActionsProps {
  item: CommitmentItem;
  label: string;
  /** The inspection where the commitment was signed. */
  inspectionId: string;
  establishmentName: string;
  inspectionDate: string;
}

/**
 * Following up a commitment item is verifying it at a re-inspection (issue 11): «Kiểm tra lại»
 * opens the re-inspection of this establishment still being recorded, or starts one linked to the
 * inspection where the commitment was signed; there each item is marked kept or breached, with
 * its evidence (and undone there). An item already settled shows its status only.
 */
export function ItemStatusActions({ item, label, inspectionId, establishmentName, inspectionDate }: ItemStatusActionsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [starting, setStarting] = useState(false);
  const [busy, setBusy] = useState(false);
  const allowed = useCan('verification.record');
  if (!allowed || item.status !== 'open') return null;
  const verify = async () => {
    setBusy(true);
    try {
      const verification = await call('verification.get', { inspectionId });
      const open = verification.reinspections.find((r) => r.status !== 'finalised');
      if (open) navigate(`/inspections/${open.id}?tab=commitments`);
      else setStarting(true);
    } catch (error) {
      void message.error(error instanceof ApiCallError ? error.error.message : t('common.unexpectedError'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button size="small" icon={<AuditOutlined aria-hidden />} loading={busy} onClick={() => void verify()} aria-label={t('followUp.verification.verifyItemOf', { label })}>
        {t('followUp.verification.verifyItem')}
      </Button>
      {starting && (
        <StartReinspectionDialog followsInspectionId={inspectionId} establishmentName={establishmentName} inspectionDate={inspectionDate} onClose={() => setStarting(false)} />
      )}
    </>
  );
}
