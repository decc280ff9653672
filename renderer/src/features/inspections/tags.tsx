import { ExclamationCircleOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CommitmentItem, InspectionStatus } from '../../../../shared/schemas/inspection';

const STATUS_COLORS: Record<InspectionStatus, string> = { draft: 'blue', finalised: 'green', amending: 'orange' };

export function StatusTag({ status }: { status: InspectionStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`inspections.status.${status}`)}</Tag>;
}

const ITEM_COLORS: Record<CommitmentItem['displayStatus'], string> = { open: 'processing', fulfilled: 'success', overdue: 'orange', breached: 'red' };

export function ItemStatusTag({ status }: { status: CommitmentItem['displayStatus'] }) {
  const { t } = useTranslation();
  return <Tag color={ITEM_COLORS[status]}>{t(`inspections.itemStatus.${status}`)}</Tag>;
}

/** A legal reference the catalogue marks as not yet checked against the official text. */
export function UnverifiedTag() {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('inspections.unverifiedHint')}>
      <Tag color="gold" icon={<ExclamationCircleOutlined aria-hidden />} style={{ marginInlineEnd: 0 }}>
        {t('inspections.unverified')}
      </Tag>
    </Tooltip>
  );
}
