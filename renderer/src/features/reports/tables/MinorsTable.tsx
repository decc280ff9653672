import { Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { MINOR_AGE_BANDS } from '../../../../../shared/minors/age';
import { SEXES } from '../../../../../shared/schemas/inspection';
import type { ReportFigures } from '../../../../../shared/schemas/report';
import { formatCount, useReportLabels } from '../labels';
import { countMinors, sectorsWithMinors } from '../minorCounts';
import { ReportSection } from './ReportSection';
import { TotalRow } from './TotalRow';

/** Minors found working: sectors down, age bands × sex across. */
export function MinorsTable({ figures }: { figures: ReportFigures }) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const groups = figures.minorsByBandSexSector;
  const cells = MINOR_AGE_BANDS.flatMap((ageBand) => SEXES.map((sex) => ({ ageBand, sex })));
  const columns: ColumnsType<string> = [
    { title: t('reports.table.sector'), key: 'sector', render: (_, sector) => labels.sector(sector) },
    ...MINOR_AGE_BANDS.map((ageBand) => ({
      title: labels.ageBand(ageBand),
      align: 'center' as const,
      children: SEXES.map((sex) => ({
        title: labels.sex(sex),
        key: `${ageBand}-${sex}`,
        align: 'right' as const,
        width: 80,
        render: (_: unknown, sector: string) => formatCount(countMinors(groups, { ageBand, sex, sector })),
      })),
    })),
    { title: t('reports.table.minorsTotal'), key: 'total', align: 'right', width: 90, render: (_, sector) => <strong>{formatCount(countMinors(groups, { sector }))}</strong> },
  ];
  return (
    <ReportSection
      section="minors"
      title={t('reports.sections.minors')}
      note={
        <Flex vertical gap={4}>
          <span>{t('reports.notes.childrenUnder16', { count: figures.childrenUnder16 })}</span>
          <span>
            {t('reports.notes.referred', {
              intervened: formatCount(figures.followUp.intervened),
              detected: formatCount(figures.followUp.detected),
              percent: figures.followUp.interventionRate === null ? '—' : `${figures.followUp.interventionRate.toLocaleString('vi-VN')}%`,
              referred: formatCount(figures.followUp.referred),
              back: formatCount(figures.followUp.backInSchoolOrTraining),
            })}
          </span>
        </Flex>
      }
    >
      <Table<string>
        size="small"
        bordered
        pagination={false}
        rowKey={(sector) => sector}
        dataSource={sectorsWithMinors(groups)}
        columns={columns}
        locale={{ emptyText: <Typography.Text type="secondary">{t('reports.table.noMinors')}</Typography.Text> }}
        summary={() =>
          groups.length > 0 && (
            <TotalRow
              labelSpan={1}
              values={[...cells.map((c) => formatCount(countMinors(groups, c))), formatCount(figures.minorsTotal)]}
            />
          )
        }
      />
    </ReportSection>
  );
}
