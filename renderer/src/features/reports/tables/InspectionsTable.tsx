import { Col, Row, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportFigures } from '../../../../../shared/schemas/report';
import { formatCount, useReportLabels } from '../labels';
import { ReportSection } from './ReportSection';
import { TotalRow } from './TotalRow';

/** A two-column count table (label | number of inspections) with the period's total below. */
function CountTable({ rows, label, render, total }: { rows: { key: string; count: number }[]; label: string; render: (key: string) => string; total: string }) {
  const { t } = useTranslation();
  return (
    <Table
      size="small"
      bordered
      pagination={false}
      rowKey="key"
      dataSource={rows}
      columns={[
        { title: label, dataIndex: 'key', render },
        { title: t('reports.table.inspections'), dataIndex: 'count', align: 'right', width: 140, render: formatCount },
      ]}
      summary={() => <TotalRow labelSpan={1} values={[total]} />}
    />
  );
}

/** Inspections done in the period, by kind and by month. */
export function InspectionsTable({ figures }: { figures: ReportFigures }) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const total = formatCount(figures.inspectionsTotal);
  return (
    <ReportSection section="inspections" title={t('reports.sections.inspections')} note={t('reports.notes.inspections')}>
      <Row gutter={[24, 16]}>
        <Col xs={24} lg={12}>
          <CountTable rows={figures.inspectionsByKind} label={t('reports.table.inspectionKind')} render={labels.inspectionKind} total={total} />
        </Col>
        <Col xs={24} lg={12}>
          <CountTable
            rows={figures.inspectionsByMonth.map(({ month, count }) => ({ key: month, count }))}
            label={t('reports.table.month')}
            render={labels.month}
            total={total}
          />
        </Col>
      </Row>
    </ReportSection>
  );
}
