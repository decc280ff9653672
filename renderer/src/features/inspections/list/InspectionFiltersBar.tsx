import { SearchOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Input } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchSelect } from '../../../ui/SearchSelect';
import { useDebouncedSearch } from '../../../ui/useDebouncedSearch';
import { DATE_FORMAT, ISO_DATE } from '../../plans/dates';
import { useStatusOptions } from '../labels';
import { ProvinceSelect } from '../../reference/ProvinceSelect';
import type { InspectionFilters, InspectionListStatus } from './useInspectionFilters';

interface InspectionFiltersBarProps {
  filters: InspectionFilters;
  onChange: (patch: Partial<InspectionFilters>) => void;
  hasFilters: boolean;
  /** The list's other actions (export), at the end of the bar. */
  extra?: ReactNode;
}

export function InspectionFiltersBar({ filters, onChange, hasFilters, extra }: InspectionFiltersBarProps) {
  const { t } = useTranslation();
  const statusOptions = useStatusOptions();
  const [text, setText] = useDebouncedSearch(filters.q ?? '', (q) => onChange({ q: q || undefined }));
  return (
    <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
      <Input
        allowClear
        prefix={<SearchOutlined aria-hidden />}
        aria-label={t('inspections.list.search')}
        placeholder={t('inspections.list.searchPlaceholder')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        style={{ width: 340 }}
      />
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
        onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
        onChange={(range) => onChange({ from: range?.[0]?.format(ISO_DATE), to: range?.[1]?.format(ISO_DATE) })}
      />
      {hasFilters && (
        <Button
          type="link"
          onClick={() => {
            setText('');
            onChange({ status: undefined, province: undefined, from: undefined, to: undefined, q: undefined });
          }}
        >
          {t('common.clearFilters')}
        </Button>
      )}
      {extra && <div style={{ marginInlineStart: 'auto' }}>{extra}</div>}
    </Flex>
  );
}
