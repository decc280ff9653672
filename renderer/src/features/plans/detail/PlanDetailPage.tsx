import { DeleteOutlined, EditOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Tabs, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { PlanDetail } from '../../../../../shared/schemas/plan';
import { HistoryPanel } from '../../../ui/history/HistoryPanel';
import { PageHeader } from '../../../ui/PageHeader';
import { useCan } from '../../../ui/session';
import { useDrawerState } from '../../../ui/useDrawerState';
import { formatPeriod } from '../dates';
import { DocumentsTab } from '../documents/DocumentsTab';
import { PlanFormDrawer } from '../form/PlanFormDrawer';
import { isReadOnly } from '../labels';
import { PlanKindTag, PlanStatusTag } from '../PlanTags';
import { useReferenceNames } from '../../reference/queries';
import { usePlan } from '../queries';
import { TargetsTab } from '../targets/TargetsTab';
import { TeamTab } from '../team/TeamTab';
import { usePlanActions } from '../usePlanActions';
import { OverviewTab } from './OverviewTab';
import { BackLink, DetailPageLoading } from '../../../ui/DetailPageLoading';

const TABS = ['general', 'team', 'targets', 'documents'] as const;

/** The officials, agencies and establishments the plan's change history refers to by id. */
function namesOf({ plan, team, targets }: PlanDetail): Record<string, string> {
  const names: Record<string, string> = {};
  if (plan.issuingAgencyId && plan.issuingAgencyName) names[plan.issuingAgencyId] = plan.issuingAgencyName;
  for (const m of team) Object.assign(names, { [m.officialId]: m.fullName, [m.agencyId]: m.agencyName });
  for (const x of targets) names[x.establishmentId] = x.establishmentName;
  return names;
}

export function PlanDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const detail = usePlan(id);
  const drawer = useDrawerState();
  const actions = usePlanActions();
  const places = useReferenceNames();
  const canEdit = useCan('plans.update');
  const tab = TABS.find((k) => k === params.get('tab')) ?? 'general';
  const back = <BackLink to="/plans" label={t('plans.detail.backToList')} />;

  if (!detail.isSuccess) return <DetailPageLoading query={detail} back={back} notFound={t('plans.detail.notFound')} />;

  const { plan } = detail.data;
  const names = namesOf(detail.data);
  const deleted = Boolean(plan.deletedAt);
  // A viewer reads the plan as a finished one: no edits in any tab.
  const readOnly = isReadOnly(plan) || !canEdit;
  const headerActions = !canEdit ? null : deleted ? (
    <Button icon={<UndoOutlined aria-hidden />} onClick={() => actions.restore(plan)}>
      {t('common.restore')}
    </Button>
  ) : (
    <>
      <Button icon={<EditOutlined aria-hidden />} disabled={readOnly} onClick={() => drawer.show()}>
        {t('common.edit')}
      </Button>
      <Button danger icon={<DeleteOutlined aria-hidden />} onClick={() => actions.remove(plan)}>
        {t('common.delete')}
      </Button>
    </>
  );

  return (
    <>
      <PageHeader
        breadcrumb={back}
        title={
          <Flex gap={12} align="center" wrap>
            {plan.title}
            {deleted && <Tag color="red">{t('common.deletedTag')}</Tag>}
          </Flex>
        }
        description={
          <Flex gap={12} align="center" wrap component="span" style={{ marginTop: 4 }}>
            <PlanStatusTag status={plan.status} />
            {plan.number && <span>{t('plans.detail.numberPrefix', { number: plan.number })}</span>}
            <PlanKindTag kind={plan.kind} />
            <span>{formatPeriod(plan.periodStart, plan.periodEnd)}</span>
          </Flex>
        }
        extra={headerActions}
      />
      {deleted ? (
        <Alert type="warning" showIcon title={t('plans.detail.deletedNotice')} style={{ marginBottom: 16 }} />
      ) : (
        isReadOnly(plan) && <Alert type="info" showIcon title={t('plans.detail.readOnly', { status: t(`plans.status.${plan.status}`).toLowerCase() })} style={{ marginBottom: 16 }} />
      )}
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === 'general' ? {} : { tab: key }, { replace: true })}
          items={[
            { key: 'general', label: t('plans.tab.general'), children: <OverviewTab detail={detail.data} /> },
            { key: 'team', label: t('plans.tab.team', { count: detail.data.team.length }), children: <TeamTab detail={detail.data} readOnly={readOnly} /> },
            {
              key: 'targets',
              label: t('plans.tab.targets', { count: detail.data.targets.length }),
              children: <TargetsTab detail={detail.data} readOnly={readOnly} />,
            },
            { key: 'documents', label: t('plans.tab.documents'), children: <DocumentsTab plan={plan} /> },
          ]}
        />
      </Card>
      <HistoryPanel entity="plan" id={plan.id} nameOf={(field, value) => names[value] ?? places.of(field, value)} />
      <PlanFormDrawer key={drawer.key} open={drawer.open} onClose={drawer.close} editing={plan} />
    </>
  );
}
