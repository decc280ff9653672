import { DatePicker, Flex, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { OFFICIAL_CUTOFF_VERIFIED } from '../../../../shared/schemas/report';
import { SearchSelect } from '../../ui/SearchSelect';
import { UnverifiedTag } from '../inspections/tags';
import { formatDate } from '../plans/dates';
import { PERIOD_PRESETS, yearChoices, type PeriodPreset } from './period';
import type { ReportScope } from './useReportScope';

interface PeriodPickerProps {
  scope: ReportScope;
  onChange: (patch: Partial<ReportScope>) => void;
}

const DATE_FORMAT = 'DD/MM/YYYY';
const OFFICIAL = new Set<PeriodPreset>(['official_six_months', 'official_year']);

/**
 * A reporting period: the official cut-offs of periodic reports, the calendar halves and year
 * of the chosen year, or any range of dates; the dates the choice covers are shown beside it.
 */
export function PeriodPicker({ scope, onChange }: PeriodPickerProps) {
  const { t } = useTranslation();
  const custom = scope.preset === 'custom';

  return (
    <Flex gap={12} wrap align="center">
      <SearchSelect<PeriodPreset>
        allowClear={false}
        aria-label={t('reports.period.title')}
        value={scope.preset}
        options={PERIOD_PRESETS.map((preset) => ({ value: preset, label: t(`reports.period.preset.${preset}`) }))}
        onChange={(preset) => preset && onChange({ preset })}
        popupMatchSelectWidth={false}
        style={{ width: 330, maxWidth: '100%' }}
      />
      {custom ? (
        <DatePicker.RangePicker
          aria-label={t('reports.period.range')}
          format={DATE_FORMAT}
          allowClear={false}
          value={[dayjs(scope.range.from), dayjs(scope.range.to)]}
          onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
          onChange={(dates) => {
            const [from, to] = dates ?? [];
            if (from && to) onChange({ range: { from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD') } });
          }}
        />
      ) : (
        <>
          <Select<number>
            aria-label={t('reports.period.year')}
            value={scope.year}
            options={yearChoices(scope.year).map((year) => ({ value: year, label: t('reports.period.yearOption', { year }) }))}
            onChange={(year) => onChange({ year })}
            style={{ width: 120 }}
          />
          <Typography.Text type="secondary" data-testid="period-dates">
            {t('reports.period.dates', { from: formatDate(scope.range.from), to: formatDate(scope.range.to) })}
          </Typography.Text>
          {OFFICIAL.has(scope.preset) && !OFFICIAL_CUTOFF_VERIFIED && <UnverifiedTag />}
        </>
      )}
    </Flex>
  );
}
