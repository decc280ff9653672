import { EditOutlined, LockOutlined } from '@ant-design/icons';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InspectionDetail } from '../../../../../shared/schemas/inspection';
import { formatDateTime } from '../../../i18n/locale';

/** Says why the record cannot be edited (finalised) or that it is being amended, and for what reason. */
export function LockBanner({ detail }: { detail: InspectionDetail }) {
  const { t } = useTranslation();
  const { inspection, amendments } = detail;
  if (inspection.status === 'finalised') {
    return (
      <Alert
        type="success"
        showIcon
        icon={<LockOutlined aria-hidden />}
        title={t('inspections.lock.title', { at: inspection.finalisedAt ? formatDateTime(inspection.finalisedAt) : '', by: inspection.finalisedBy ?? '' })}
        description={t('inspections.lock.text')}
        style={{ marginBottom: 16 }}
      />
    );
  }
  const open = amendments.find((a) => !a.closedAt);
  if (inspection.status === 'amending' && open) {
    return (
      <Alert
        type="warning"
        showIcon
        icon={<EditOutlined aria-hidden />}
        title={t('inspections.lock.amendingTitle', { reason: open.reason })}
        description={t('inspections.lock.amendingText')}
        style={{ marginBottom: 16 }}
      />
    );
  }
  return null;
}
