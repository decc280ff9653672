import { DatePicker, Flex, Segmented, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { PERIOD_PRESETS, yearChoices, type PeriodPreset } from './period';
import type { ReportScope } from './useReportScope';

interface PeriodPickerProps {
  scope: ReportScope;
  onChange: (patch: Partial<ReportScope>) => void;
}

const DATE_FORMAT = 'DD/MM/YYYY';

/** A reporting period: a preset of the chosen year, or any range of dates. */
export function PeriodPicker({ scope, onChange }: PeriodPickerProps) {
  const { t } = useTranslation();
  const custom = scope.preset === 'custom';

  return (
    <Flex gap={12} wrap align="center">
      <Segmented<PeriodPreset>
        aria-label={t('reports.period.title')}
        value={scope.preset}
        options={PERIOD_PRESETS.map((preset) => ({ value: preset, label: t(`reports.period.preset.${preset}`) }))}
        onChange={(preset) => onChange({ preset })}
      />
      {custom ? (
        <DatePicker.RangePicker
          aria-label={t('reports.period.range')}
          format={DATE_FORMAT}
          allowClear={false}
          value={[dayjs(scope.range.from), dayjs(scope.range.to)]}
          onChange={(dates) => {
            const [from, to] = dates ?? [];
            if (from && to) onChange({ range: { from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD') } });
          }}
        />
      ) : (
        <Select<number>
          aria-label={t('reports.period.year')}
          value={scope.year}
          options={yearChoices(scope.year).map((year) => ({ value: year, label: t('reports.period.yearOption', { year }) }))}
          onChange={(year) => onChange({ year })}
          style={{ width: 120 }}
        />
      )}
    </Flex>
  );
}
