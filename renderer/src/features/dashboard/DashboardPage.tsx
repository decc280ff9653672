import { FileTextOutlined } from '@ant-design/icons';
import { Button, Col, Row, Skeleton, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { QueryError } from '../../ui/QueryError';
import { usePeriodicReport } from '../reports/queries';
import { ScopeBar } from '../reports/ScopeBar';
import { scopeParams, useReportScope } from '../reports/useReportScope';
import { CommitmentsChart } from './charts/CommitmentsChart';
import { InspectionsByMonthChart } from './charts/InspectionsByMonthChart';
import { MinorsByAgeSexChart } from './charts/MinorsByAgeSexChart';
import { ViolationsByCodeChart } from './charts/ViolationsByCodeChart';
import { DashboardEmpty } from './DashboardEmpty';
import { FollowUpFigures } from './FollowUpFigures';
import { KeyNumbers } from './KeyNumbers';
import { dashboardLinks } from './links';

/** The home page: the period's key numbers and charts, each leading to the records behind it. */
export function DashboardPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { scope, input, update } = useReportScope({ withFilters: false });
  const report = usePeriodicReport(input);
  const figures = report.data?.figures;
  const links = dashboardLinks(scope);
  const half = { xs: 24, xl: 12 } as const;

  return (
    <>
      <PageHeader
        title={t('dashboard.title')}
        description={t('dashboard.description')}
        extra={
          <Button icon={<FileTextOutlined aria-hidden />} onClick={() => navigate(`/reports?${scopeParams(scope, { withFilters: false }).toString()}`)}>
            {t('dashboard.openReport')}
          </Button>
        }
      />
      <ScopeBar scope={scope} onChange={update} />
      {report.isError ? (
        <QueryError error={report.error} onRetry={() => void report.refetch()} />
      ) : !figures ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : figures.inspectionsTotal === 0 ? (
        <DashboardEmpty />
      ) : (
        <Spin spinning={report.isPlaceholderData} description={t('reports.loading')}>
          <KeyNumbers figures={figures} links={links} />
          <FollowUpFigures figures={figures} />
          <Row gutter={[16, 16]}>
            <Col {...half}>
              <ViolationsByCodeChart figures={figures} links={links} />
            </Col>
            <Col {...half}>
              <MinorsByAgeSexChart figures={figures} links={links} />
            </Col>
            <Col {...half}>
              <CommitmentsChart figures={figures} links={links} />
            </Col>
            <Col {...half}>
              <InspectionsByMonthChart figures={figures} range={scope.range} links={links} />
            </Col>
          </Row>
        </Spin>
      )}
    </>
  );
}
