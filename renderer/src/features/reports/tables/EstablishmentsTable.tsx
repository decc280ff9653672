import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportFigures } from '../../../../../shared/schemas/report';
import { formatCount, useReportLabels } from '../labels';
import { ReportSection } from './ReportSection';
import { TotalRow } from './TotalRow';

type Row = ReportFigures['establishmentsByKindAndSector'][number];

/** Establishments inspected, by kind and sector; a kind's rows are merged in the first column. */
export function EstablishmentsTable({ figures }: { figures: ReportFigures }) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const rows = figures.establishmentsByKindAndSector;
  const kindSpan = (row: Row, index: number) => {
    if (index > 0 && rows[index - 1]?.kind === row.kind) return 0;
    let span = 1;
    while (rows[index + span]?.kind === row.kind) span += 1;
    return span;
  };
  return (
    <ReportSection section="establishments" title={t('reports.sections.establishments')}>
      <Table<Row>
        size="small"
        bordered
        pagination={false}
        rowKey={(r) => `${r.kind}/${r.sector}`}
        dataSource={rows}
        columns={[
          { title: t('reports.table.establishmentKind'), dataIndex: 'kind', render: labels.establishmentKind, onCell: (r, i) => ({ rowSpan: kindSpan(r, i ?? 0) }) },
          { title: t('reports.table.sector'), dataIndex: 'sector', render: labels.sector },
          { title: t('reports.table.establishments'), dataIndex: 'count', align: 'right', width: 140, render: formatCount },
        ]}
        summary={() => <TotalRow labelSpan={2} values={[formatCount(figures.establishmentsInspected)]} />}
      />
    </ReportSection>
  );
}
