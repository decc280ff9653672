import { CheckCircleOutlined, EditOutlined, FlagOutlined, StopOutlined, SyncOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanStatus } from '../../../../shared/schemas/plan';
import { KIND_COLORS, STATUS_COLORS, type PlanKind } from './labels';

const STATUS_ICONS: Record<PlanStatus, ReactNode> = {
  draft: <EditOutlined aria-hidden />,
  approved: <CheckCircleOutlined aria-hidden />,
  in_progress: <SyncOutlined aria-hidden />,
  completed: <FlagOutlined aria-hidden />,
  cancelled: <StopOutlined aria-hidden />,
};

export function PlanStatusTag({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  return (
    <Tag
      color={STATUS_COLORS[status]}
      icon={STATUS_ICONS[status]}
      // A grey draft tag without a border disappears on white.
      variant={status === 'draft' ? 'outlined' : 'filled'}
      style={{ marginInlineEnd: 0, fontWeight: 500 }}
    >
      {t(`plans.status.${status}`)}
    </Tag>
  );
}

export function PlanKindTag({ kind }: { kind: PlanKind }) {
  const { t } = useTranslation();
  return (
    <Tag color={KIND_COLORS[kind]} variant="outlined" style={{ marginInlineEnd: 0 }}>
      {t(`plans.kind.${kind}`)}
    </Tag>
  );
}
