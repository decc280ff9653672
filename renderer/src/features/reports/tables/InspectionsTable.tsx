import { Col, Row, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportFigures } from '../../../../../shared/schemas/report';
import { formatCount, useReportLabels } from '../labels';
import { ReportSection } from './ReportSection';
import { TotalRow } from './TotalRow';

/** Inspections done in the period, by kind and by month. */
export function InspectionsTable({ figures }: { figures: ReportFigures }) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const total = formatCount(figures.inspectionsTotal);
  return (
    <ReportSection section="inspections" title={t('reports.sections.inspections')} note={t('reports.notes.inspections')}>
      <Row gutter={[24, 16]}>
        <Col xs={24} lg={12}>
          <Table
            size="small"
            bordered
            pagination={false}
            rowKey="key"
            dataSource={figures.inspectionsByKind}
            columns={[
              { title: t('reports.table.inspectionKind'), dataIndex: 'key', render: labels.inspectionKind },
              { title: t('reports.table.inspections'), dataIndex: 'count', align: 'right', width: 140, render: formatCount },
            ]}
            summary={() => <TotalRow labelSpan={1} values={[total]} />}
          />
        </Col>
        <Col xs={24} lg={12}>
          <Table
            size="small"
            bordered
            pagination={false}
            rowKey="month"
            dataSource={figures.inspectionsByMonth}
            columns={[
              { title: t('reports.table.month'), dataIndex: 'month', render: labels.month },
              { title: t('reports.table.inspections'), dataIndex: 'count', align: 'right', width: 140, render: formatCount },
            ]}
            summary={() => <TotalRow labelSpan={1} values={[total]} />}
          />
        </Col>
      </Row>
    </ReportSection>
  );
}
