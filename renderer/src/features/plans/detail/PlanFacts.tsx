import { Card, Descriptions } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../../shared/schemas/plan';
import { formatDateTime } from '../../../i18n/locale';
import { useCommunes } from '../../reference/queries';
import { formatDate, formatPeriod } from '../dates';
import { PlanKindTag } from '../PlanTags';

const multiline = (text: string | undefined) => text && <span style={{ whiteSpace: 'pre-wrap' }}>{text}</span>;

/** What the plan says: number, kind, issuer, period, area, purpose and content, and what its papers print. */
export function PlanFacts({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const communes = useCommunes(plan.provinceCode);
  const communeNames = plan.communeCodes.map((code) => communes.data?.find((c) => c.code === code)?.name ?? code).join(', ');
  const value = (v: ReactNode) => (v === undefined || v === null || v === '' ? <span style={{ color: 'rgba(0,0,0,0.35)' }}>{t('common.notProvided')}</span> : v);
  const item = (label: string, v: ReactNode, span = 1) => ({ key: label, label, children: value(v), span });
  const decision = (number: string | undefined, date: string | undefined) =>
    number || date ? [number, date && t('plans.facts.dated', { date: formatDate(date) })].filter(Boolean).join(' ') : undefined;
  const signer = plan.decisionSignerName
    ? [[plan.decisionSignerName, plan.decisionSignerPosition].filter(Boolean).join(', '), plan.decisionSignerAuthority && t(`plans.signerAuthority.${plan.decisionSignerAuthority}`)].filter(Boolean).join(' — ')
    : undefined;

  return (
    <Card title={t('plans.section.general')}>
      <Descriptions
        column={2}
        size="small"
        bordered
        styles={{ label: { width: 170 } }}
        items={[
          item(t('plans.field.number'), plan.number),
          item(t('plans.field.kind'), <PlanKindTag kind={plan.kind} />),
          item(t('plans.field.issuingAgency'), plan.issuingAgencyName, 2),
          item(t('plans.field.period'), formatPeriod(plan.periodStart, plan.periodEnd), 2),
          item(t('reference.province'), plan.provinceName),
          item(t('plans.field.place'), plan.place),
          item(t('plans.field.communes'), communeNames, 2),
          item(t('plans.field.purpose'), multiline(plan.purpose), 2),
          item(t('plans.field.content'), multiline(plan.content), 2),
          // What the papers print: issue date, decisions, signer, Kinh phí and Chế độ báo cáo.
          item(t('plans.field.issueDate'), plan.issueDate && formatDate(plan.issueDate), 2),
          item(t('plans.field.decisionNumber'), decision(plan.decisionNumber, plan.decisionDate), 2),
          item(t('plans.field.teamDecisionNumber'), decision(plan.teamDecisionNumber, plan.teamDecisionDate), 2),
          item(t('plans.field.decisionSignerName'), signer, 2),
          item(t('plans.field.competenceBasis'), multiline(plan.competenceBasis), 2),
          item(t('plans.field.proposedBy'), plan.proposedBy, 2),
          item(t('plans.field.budget'), multiline(plan.budget), 2),
          item(t('plans.field.reportingRegime'), multiline(plan.reportingRegime), 2),
          item(t('common.createdAt'), <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(plan.createdAt)}</span>),
          item(t('common.updatedAt'), <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(plan.updatedAt)}</span>),
        ]}
      />
    </Card>
  );
}
