import { Alert, Skeleton, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { QueryError } from '../../ui/QueryError';
import { AssessmentCard } from './assessment/AssessmentCard';
import { ExportPanel } from './export/ExportPanel';
import { usePeriodicReport } from './queries';
import { ReportFilters } from './ReportFilters';
import { ReportFooter } from './ReportFooter';
import { ScopeBar } from './ScopeBar';
import { CommitmentsTable } from './tables/CommitmentsTable';
import { EstablishmentsTable } from './tables/EstablishmentsTable';
import { InspectionsTable } from './tables/InspectionsTable';
import { MinorsTable } from './tables/MinorsTable';
import { ViolationsTable } from './tables/ViolationsTable';
import { ViolatorsTable } from './tables/ViolatorsTable';
import { useReportScope } from './useReportScope';
import { useScrollToSection } from './useScrollToSection';

/** The periodic report: the figures as tables, what they cover, and the exports. */
export function ReportPage() {
  const { t } = useTranslation();
  const { scope, input, update } = useReportScope();
  const report = usePeriodicReport(input);
  const figures = report.data?.figures;
  useScrollToSection(Boolean(figures));

  return (
    <>
      <PageHeader title={t('reports.page.title')} description={t('reports.page.description')} />
      <ScopeBar scope={scope} onChange={update} filters={<ReportFilters scope={scope} onChange={update} />} />
      <ExportPanel input={input} disabled={!figures} />
      {report.isError ? (
        <QueryError error={report.error} onRetry={() => void report.refetch()} />
      ) : !figures || !report.data ? (
        <Skeleton active paragraph={{ rows: 10 }} />
      ) : (
        <Spin spinning={report.isPlaceholderData} description={t('reports.loading')}>
          {figures.inspectionsTotal === 0 && <Alert type="info" showIcon title={t('reports.empty.title')} description={t('reports.empty.text')} style={{ marginBottom: 16 }} />}
          <InspectionsTable figures={figures} />
          <EstablishmentsTable figures={figures} />
          <ViolationsTable figures={figures} />
          <MinorsTable figures={figures} />
          <CommitmentsTable figures={figures} periodEnd={report.data.input.period.to} />
          <ViolatorsTable figures={figures} />
          <AssessmentCard input={input} />
          <ReportFooter report={report.data} />
        </Spin>
      )}
    </>
  );
}
