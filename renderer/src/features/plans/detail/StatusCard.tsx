import { CheckCircleOutlined, FlagOutlined, PlayCircleOutlined, RollbackOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Card, Divider, Flex, Progress, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PLAN_TRANSITIONS, type PlanDetail, type PlanStatus } from '../../../../../shared/schemas/plan';
import { useCan } from '../../../ui/session';
import { useDrawerState } from '../../../ui/useDrawerState';
import { PlanStatusTag } from '../PlanTags';
import { usePlanInspections } from '../targets/targetInspections';
import { StatusChangeModal } from './StatusChangeModal';
import { StatusHistory } from './StatusHistory';

const ICONS: Record<PlanStatus, ReactNode> = {
  approved: <CheckCircleOutlined aria-hidden />,
  in_progress: <PlayCircleOutlined aria-hidden />,
  completed: <FlagOutlined aria-hidden />,
  cancelled: <StopOutlined aria-hidden />,
  draft: <RollbackOutlined aria-hidden />,
};

/** The plan's status, the steps allowed from it, and its history. */
export function StatusCard({ detail }: { detail: PlanDetail }) {
  const { t } = useTranslation();
  const { plan } = detail;
  const modal = useDrawerState<PlanStatus>();
  const canMove = useCan('plans.setStatus');
  const next = plan.deletedAt || !canMove ? [] : PLAN_TRANSITIONS[plan.status];
  const noLeader = plan.status === 'draft' && !detail.team.some((m) => m.role === 'leader');
  const { progress } = usePlanInspections(plan.id, detail.targets.map((x) => x.id));

  return (
    <Card title={t('plans.detail.statusTitle')}>
      {/* A live region: a screen reader hears the new status after a workflow step. */}
      <Flex role="status" align="center" gap={8} style={{ marginBottom: 16 }}>
        <Typography.Text type="secondary">{t('plans.detail.currentStatus')}</Typography.Text>
        <PlanStatusTag status={plan.status} />
      </Flex>
      {progress.total > 0 && plan.status !== 'draft' && (
        <div style={{ marginBottom: 16 }} aria-label={t('plans.detail.progressLabel')}>
          <Typography.Text type="secondary">{t('plans.targets.progress', { visited: progress.visited, total: progress.total, finalised: progress.finalised })}</Typography.Text>
          <Progress
            percent={Math.round((progress.visited / progress.total) * 100)}
            success={{ percent: Math.round((progress.finalised / progress.total) * 100) }}
            size="small"
            format={() => `${progress.visited}/${progress.total}`}
          />
        </div>
      )}
      {next.length > 0 && (
        <Flex gap={8} wrap>
          {next.map((to) => (
            <Button
              key={to}
              icon={ICONS[to]}
              type={to === 'cancelled' || to === 'draft' ? 'default' : 'primary'}
              danger={to === 'cancelled'}
              onClick={() => modal.show(to)}
            >
              {t(`plans.transition.action.${to}`)}
            </Button>
          ))}
        </Flex>
      )}
      {!canMove && !plan.deletedAt && PLAN_TRANSITIONS[plan.status].length > 0 && (
        <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 13 }}>
          {t('auth.rights.planStatus')}
        </Typography.Paragraph>
      )}
      {noLeader && canMove && (
        <Typography.Paragraph type="warning" style={{ margin: '12px 0 0', fontSize: 13 }}>
          {t('plans.detail.needLeader')}
        </Typography.Paragraph>
      )}
      <Divider titlePlacement="start" style={{ fontSize: 14 }}>
        {t('plans.detail.history')}
      </Divider>
      <StatusHistory history={detail.history} />
      {modal.payload && <StatusChangeModal key={modal.key} open={modal.open} plan={plan} to={modal.payload} onClose={modal.close} />}
    </Card>
  );
}
