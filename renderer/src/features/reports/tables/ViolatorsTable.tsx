import { Flex, Table, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EstablishmentKind } from '../../../../../shared/schemas/establishment';
import type { ReportFigures } from '../../../../../shared/schemas/report';
import { KindTag } from '../../establishments/KindTag';
import { formatVnd } from '../labels';
import { ReportSection } from './ReportSection';

type Row = ReportFigures['establishmentsWithViolationsList'][number];

/** Each establishment with violations: what it did and the fines proposed; names open its record. */
export function ViolatorsTable({ figures }: { figures: ReportFigures }) {
  const { t } = useTranslation();
  const summaries = new Map(figures.violationsByCode.map((v) => [v.code, v.summary]));
  return (
    <ReportSection section="violators" title={t('reports.sections.violators', { count: figures.establishmentsWithViolations })}>
      <Table<Row>
        size="small"
        bordered
        rowKey="establishmentId"
        dataSource={figures.establishmentsWithViolationsList}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: t('reports.table.noViolators') }}
        columns={[
          { title: t('reports.table.index'), key: 'index', width: 56, align: 'center', render: (_, __, i) => i + 1 },
          { title: t('reports.table.establishment'), dataIndex: 'name', render: (name: string, r) => <Link to={`/establishments/${r.establishmentId}`}>{name}</Link> },
          { title: t('reports.table.establishmentKind'), dataIndex: 'kind', width: 150, render: (kind: string) => <KindTag kind={kind as EstablishmentKind} /> },
          { title: t('reports.table.commune'), dataIndex: 'communeName', width: 170 },
          {
            title: t('reports.table.violations'),
            dataIndex: 'codes',
            width: 220,
            render: (codes: string[]) => (
              <Flex gap={4} wrap>
                {codes.map((code) => (
                  <Tooltip key={code} title={summaries.get(code)}>
                    <Tag color="volcano" style={{ marginInlineEnd: 0 }}>{code}</Tag>
                  </Tooltip>
                ))}
              </Flex>
            ),
          },
          { title: t('reports.table.proposedFine'), dataIndex: 'totalProposedFine', align: 'right', width: 160, render: formatVnd },
        ]}
      />
    </ReportSection>
  );
}
