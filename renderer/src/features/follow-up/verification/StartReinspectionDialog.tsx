import { Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCommandMutation } from '../../../ui/useCommandMutation';
import { formatDate } from '../../plans/dates';
import { todayIso } from '../../inspections/format';
import { IsoDatePicker } from '../../inspections/inputs/IsoDatePicker';
import { VERIFICATION_WRITES } from '../queries';

interface StartReinspectionDialogProps {
  /** The inspection whose commitments are verified (a finalised record, or a re-inspection for "a new inspection"). */
  followsInspectionId: string;
  establishmentName: string;
  inspectionDate: string;
  title?: string;
  onClose: () => void;
}

/** Starts a re-inspection linked to the first (its team and representatives proposed again) and opens its commitments. */
export function StartReinspectionDialog({ followsInspectionId, establishmentName, inspectionDate, title, onClose }: StartReinspectionDialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [date, setDate] = useState<string | undefined>(todayIso());
  const start = useCommandMutation('inspections.startReinspection', {
    invalidates: VERIFICATION_WRITES,
    onSuccess: (made) => {
      onClose();
      navigate(`/inspections/${made.inspection.id}?tab=commitments`);
    },
  });
  return (
    <Modal
      open
      title={title ?? t('followUp.verification.startTitle')}
      okText={t('followUp.verification.startOk')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !date, loading: start.isPending }}
      onOk={() => date && start.mutate({ followsInspectionId, inspectionDate: date })}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('followUp.verification.startText', { name: establishmentName, date: formatDate(inspectionDate) })}</Typography.Paragraph>
      <Form layout="vertical" component="div">
        <Form.Item label={t('followUp.verification.startDate')} htmlFor="reinspection-date" required>
          <IsoDatePicker id="reinspection-date" value={date} onChange={setDate} allowClear={false} style={{ width: 200 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
