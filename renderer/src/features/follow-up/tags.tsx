import { AlertOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseRiskLevel, CaseStatus, TodoKind } from '../../../../shared/schemas/follow-up';

const RISK_COLORS: Record<CaseRiskLevel, string> = { emergency: 'red', high: 'orange', normal: 'default' };

export function RiskTag({ level }: { level: CaseRiskLevel }) {
  const { t } = useTranslation();
  return (
    <Tag color={RISK_COLORS[level]} icon={level === 'emergency' ? <AlertOutlined aria-hidden /> : undefined}>
      {t(`followUp.risk.${level}`)}
    </Tag>
  );
}

export function CaseStatusTag({ status, overdue }: { status: CaseStatus; overdue?: boolean }) {
  const { t } = useTranslation();
  if (status === 'active' && overdue) return <Tag color="volcano">{t('followUp.listStatus.overdue')}</Tag>;
  return <Tag color={status === 'active' ? 'processing' : 'success'}>{t(`followUp.status.${status}`)}</Tag>;
}

const KIND_COLORS: Record<TodoKind, string> = { emergency_case: 'red', case_visit: 'magenta', commitment: 'gold', reinspection: 'purple', plan_visit: 'blue' };

export function TodoKindTag({ kind }: { kind: TodoKind }) {
  const { t } = useTranslation();
  return <Tag color={KIND_COLORS[kind]} style={{ marginInlineEnd: 0 }}>{t(`followUp.todoKind.${kind}`)}</Tag>;
}
