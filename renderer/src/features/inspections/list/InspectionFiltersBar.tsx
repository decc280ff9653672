import { Button, DatePicker, Flex } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { SearchSelect } from '../../../ui/SearchSelect';
import { DATE_FORMAT, ISO_DATE } from '../../plans/dates';
import { useStatusOptions } from '../labels';
import { ProvinceSelect } from '../../reference/ProvinceSelect';
import type { InspectionFilters, InspectionListStatus } from './useInspectionFilters';

interface InspectionFiltersBarProps {
  filters: InspectionFilters;
  onChange: (patch: Partial<InspectionFilters>) => void;
  hasFilters: boolean;
}

export function InspectionFiltersBar({ filters, onChange, hasFilters }: InspectionFiltersBarProps) {
  const { t } = useTranslation();
  const statusOptions = useStatusOptions();
  return (
    <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
      <ProvinceSelect value={filters.province} onChange={(province) => onChange({ province })} style={{ width: 240 }} />
      <SearchSelect<InspectionListStatus>
        aria-label={t('inspections.list.statusFilter')}
        placeholder={t('inspections.list.allStatuses')}
        options={statusOptions}
        value={filters.status}
        onChange={(status) => onChange({ status })}
        style={{ width: 220 }}
      />
      <DatePicker.RangePicker
        aria-label={t('inspections.list.dateFilter')}
        format={DATE_FORMAT}
        placeholder={[t('inspections.list.from'), t('inspections.list.to')]}
        value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
        allowEmpty={[true, true]}
        onChange={(range) => onChange({ from: range?.[0]?.format(ISO_DATE), to: range?.[1]?.format(ISO_DATE) })}
      />
      {hasFilters && (
        <Button type="link" onClick={() => onChange({ status: undefined, province: undefined, from: undefined, to: undefined })}>
          {t('common.clearFilters')}
        </Button>
      )}
    </Flex>
  );
}
