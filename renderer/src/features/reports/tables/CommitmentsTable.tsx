import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportFigures } from '../../../../../shared/schemas/report';
import { formatCount, formatDay, useReportLabels } from '../labels';
import { ReportSection } from './ReportSection';

const STATUSES = ['fulfilled', 'open', 'overdue', 'breached'] as const;

/** Commitments signed at the inspections and how their items stand at the end of the period. */
export function CommitmentsTable({ figures, periodEnd }: { figures: ReportFigures; periodEnd: string }) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const c = figures.commitments;
  const rows = [
    { key: 'signed', label: t('reports.table.commitmentsSigned'), count: c.signed, nested: false },
    { key: 'items', label: t('reports.table.commitmentItems'), count: c.items, nested: false },
    ...STATUSES.map((status) => ({ key: status, label: labels.commitmentStatus(status), count: c[status], nested: true })),
  ];
  return (
    <ReportSection section="commitments" title={t('reports.sections.commitments')} note={t('reports.notes.overdue', { date: formatDay(periodEnd) })}>
      <Table
        size="small"
        bordered
        pagination={false}
        showHeader={false}
        rowKey="key"
        dataSource={rows}
        columns={[
          { dataIndex: 'label', render: (label: string, row) => (row.nested ? <span style={{ paddingInlineStart: 24 }}>{t('reports.table.ofWhich', { label })}</span> : label) },
          { dataIndex: 'count', align: 'right', width: 140, render: formatCount },
        ]}
      />
    </ReportSection>
  );
}
