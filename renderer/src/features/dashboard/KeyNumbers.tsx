import { AuditOutlined, CarryOutOutlined, FileSearchOutlined, ShopOutlined, TeamOutlined, WalletOutlined, WarningOutlined } from '@ant-design/icons';
import { Col, Flex, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReportFigures } from '../../../../shared/schemas/report';
import { formatDate } from '../plans/dates';
import { formatCount, formatVnd, useReportLabels } from '../reports/labels';
import type { DashboardLinks } from './links';
import { StatCard } from './StatCard';

/** The headline numbers of the period, each leading to its records. */
export function KeyNumbers({ figures, links }: { figures: ReportFigures; links: DashboardLinks }) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const f = figures;
  const byKind = f.inspectionsByKind.map((k) => `${labels.inspectionKind(k.key)}: ${formatCount(k.count)}`).join(' · ');
  const share = f.establishmentsInspected > 0 ? Math.round((f.establishmentsWithViolations / f.establishmentsInspected) * 100) : 0;
  const wide = { xs: 24, md: 12, lg: 6 } as const;
  const third = { xs: 24, md: 12, lg: 8 } as const;

  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      <Col {...wide}>
        <StatCard title={t('dashboard.cards.inspections')} value={f.inspectionsTotal} icon={<FileSearchOutlined />} color="#1f4e79" to={links.inspections()} footer={byKind} />
      </Col>
      <Col {...wide}>
        <StatCard title={t('dashboard.cards.establishments')} value={f.establishmentsInspected} icon={<ShopOutlined />} color="#0e7c86" to={links.report('establishments')} />
      </Col>
      <Col {...wide}>
        <StatCard
          title={t('dashboard.cards.establishmentsWithViolations')}
          value={f.establishmentsWithViolations}
          icon={<WarningOutlined />}
          color="#c2410c"
          to={links.report('violators')}
          footer={t('dashboard.cards.share', { percent: share })}
        />
      </Col>
      <Col {...wide}>
        <StatCard title={t('dashboard.cards.violations')} value={f.violationsTotal} icon={<AuditOutlined />} color="#b91c1c" to={links.report('violations')} />
      </Col>
      <Col {...third}>
        <StatCard title={t('dashboard.cards.fines')} value={f.totalProposedFines} format={formatVnd} icon={<WalletOutlined />} color="#7c3aed" to={links.report('violators')} />
      </Col>
      <Col {...third}>
        <StatCard
          title={t('dashboard.cards.minors')}
          value={f.minorsTotal}
          icon={<TeamOutlined />}
          color="#be185d"
          to={links.report('minors')}
          footer={
            <Flex vertical>
              <span>{t('dashboard.cards.childrenUnder16', { count: f.childrenUnder16 })}</span>
              <Link to="/cases?status=all">
                {t('dashboard.cards.intervened', {
                  count: f.followUp.intervened,
                  percent: f.followUp.interventionRate === null ? '—' : `${f.followUp.interventionRate.toLocaleString('vi-VN')}%`,
                })}
              </Link>
            </Flex>
          }
        />
      </Col>
      <Col {...third}>
        <StatCard
          title={t('dashboard.cards.commitmentItems')}
          value={f.commitments.items}
          icon={<CarryOutOutlined />}
          color="#15803d"
          footer={
            <Flex vertical>
              <Flex gap={16} wrap>
                <Link to={links.commitments('fulfilled')}>{t('dashboard.cards.fulfilled', { count: f.commitments.fulfilled })}</Link>
                <Link to={links.commitments('overdue')} style={f.commitments.overdue > 0 ? { color: '#c2410c' } : undefined}>
                  {t('dashboard.cards.overdue', { count: f.commitments.overdue })}
                </Link>
              </Flex>
              <span title={f.commitments.asOfNote}>{t('dashboard.cards.asOf', { date: formatDate(f.commitments.asOf) })}</span>
            </Flex>
          }
        />
      </Col>
    </Row>
  );
}
