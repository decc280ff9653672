import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportFigures } from '../../../../../shared/schemas/report';
import { formatCount, formatVnd } from '../labels';
import { ReportSection } from './ReportSection';
import { TotalRow } from './TotalRow';

type Row = ReportFigures['violationsByCode'][number];

/** Violations found, by the code of the legal catalogue, with the fines proposed. */
export function ViolationsTable({ figures }: { figures: ReportFigures }) {
  const { t } = useTranslation();
  return (
    <ReportSection section="violations" title={t('reports.sections.violations')} note={t('reports.notes.fines')}>
      <Table<Row>
        size="small"
        bordered
        pagination={false}
        rowKey="code"
        dataSource={figures.violationsByCode}
        locale={{ emptyText: t('reports.table.noViolations') }}
        columns={[
          { title: t('reports.table.code'), dataIndex: 'code', width: 120, render: (code: string) => <Typography.Text code>{code}</Typography.Text> },
          { title: t('reports.table.violation'), dataIndex: 'summary' },
          { title: t('reports.table.violationCount'), dataIndex: 'count', align: 'right', width: 110, render: formatCount },
          { title: t('reports.table.proposedFine'), dataIndex: 'totalProposedFine', align: 'right', width: 190, render: formatVnd },
        ]}
        summary={() =>
          figures.violationsByCode.length > 0 && (
            <TotalRow labelSpan={2} values={[formatCount(figures.violationsTotal), formatVnd(figures.totalProposedFines)]} />
          )
        }
      />
    </ReportSection>
  );
}
