import { Card, Col, Flex, Progress, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReportFigures } from '../../../../shared/schemas/report';
import { formatCount, formatVnd } from '../reports/labels';

/** One figure: its words and the number, as a row of the card. */
function Figure({ label, value, testId }: { label: string; value: ReactNode; testId: string }) {
  return (
    <Flex justify="space-between" align="baseline" gap={12} style={{ padding: '5px 0', borderBottom: '1px solid #f0f0f0' }}>
      <Typography.Text type="secondary">{label}</Typography.Text>
      <Typography.Text strong style={{ fontSize: 15, whiteSpace: 'nowrap' }} data-testid={testId}>
        {value}
      </Typography.Text>
    </Flex>
  );
}

/**
 * The follow-up figures of the period (issue 11, Decision 782/QĐ-TTg): children detected, referred,
 * supported, intervened against the 100% target, back in school or training; the other indicators
 * of the source plans beside them (hazardous work, craft villages, joint inspections, violation
 * records, sanctions, commitments verified).
 */
export function FollowUpFigures({ figures: f }: { figures: ReportFigures }) {
  const { t } = useTranslation();
  const fu = f.followUp;
  const rate = fu.interventionRate;
  const pair = (a: number, b: number) => `${formatCount(a)} / ${formatCount(b)}`;
  return (
    <Card size="small" title={t('followUp.dashboard.title')} extra={<Link to="/cases?status=all">{t('followUp.dashboard.openCases')}</Link>} style={{ marginBottom: 16 }}>
      <Row gutter={[24, 8]} align="middle">
        <Col xs={24} md={6}>
          <Flex vertical align="center" gap={6}>
            <Progress
              type="dashboard"
              percent={rate ?? 0}
              size={132}
              strokeColor={rate !== null && rate >= fu.interventionTarget ? '#15803d' : '#c2410c'}
              format={() => (rate === null ? '—' : `${rate.toLocaleString('vi-VN')}%`)}
              aria-label={t('followUp.dashboard.intervened')}
            />
            <Typography.Text type="secondary" style={{ textAlign: 'center' }} data-testid="followup-rate">
              {t('followUp.dashboard.intervened')}: {t('followUp.dashboard.target', { percent: rate === null ? '—' : rate.toLocaleString('vi-VN') })}
            </Typography.Text>
          </Flex>
        </Col>
        <Col xs={24} md={9}>
          <Figure label={t('followUp.dashboard.detected')} value={formatCount(fu.detected)} testId="followup-detected" />
          <Figure label={t('followUp.dashboard.referred')} value={formatCount(fu.referred)} testId="followup-referred" />
          <Figure label={t('followUp.dashboard.supported')} value={formatCount(fu.supported)} testId="followup-supported" />
          <Figure label={t('followUp.dashboard.intervened')} value={formatCount(fu.intervened)} testId="followup-intervened" />
          <Figure label={t('followUp.dashboard.backInSchool')} value={formatCount(fu.backInSchoolOrTraining)} testId="followup-back" />
          <Figure label={t('followUp.dashboard.hazardous')} value={formatCount(f.minorsInHazardousWork)} testId="followup-hazardous" />
        </Col>
        <Col xs={24} md={9}>
          <Figure label={t('followUp.dashboard.inspections')} value={pair(f.inspectionsByTeam.joint, f.inspectionsByTeam.singleAgency)} testId="followup-joint" />
          <Figure label={t('followUp.dashboard.craftVillages')} value={pair(f.craftVillage.establishments, f.craftVillage.households)} testId="followup-craft" />
          <Figure label={t('followUp.dashboard.records')} value={formatCount(f.violationRecordsMade)} testId="followup-records" />
          <Figure label={t('followUp.dashboard.sanctions')} value={pair(f.sanctions.decisions, f.sanctions.proposed)} testId="followup-sanctions" />
          <Figure label={t('followUp.dashboard.amountDecided')} value={formatVnd(f.sanctions.amountDecided)} testId="followup-amount" />
          <Figure label={t('followUp.dashboard.verified')} value={pair(f.commitmentChecks.kept, f.commitmentChecks.breached)} testId="followup-verified" />
        </Col>
      </Row>
    </Card>
  );
}
