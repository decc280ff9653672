import { SearchOutlined } from '@ant-design/icons';
import { Flex, Input, type InputRef } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { EstablishmentKind } from '../../../../shared/schemas/establishment';
import { LabeledSwitch } from '../../ui/LabeledSwitch';
import { SearchSelect } from '../../ui/SearchSelect';
import { useSearchHotkey } from '../../ui/useSearchHotkey';
import { CommuneSelect } from '../reference/CommuneSelect';
import { ProvinceSelect } from '../reference/ProvinceSelect';
import { useKindOptions } from './kinds';
import type { ListFilters } from './useListFilters';

interface EstablishmentFiltersProps {
  filters: ListFilters;
  onChange: (patch: Partial<ListFilters>) => void;
  /** The search box's text (debounced into `filters.query` by the page). */
  text: string;
  onTextChange: (text: string) => void;
}

/** Search box (accent-insensitive on the server) and the kind / province / commune / deleted filters. */
export function EstablishmentFilters({ filters, onChange, text, onTextChange }: EstablishmentFiltersProps) {
  const { t } = useTranslation();
  const kindOptions = useKindOptions();
  const searchRef = useRef<InputRef>(null);
  useSearchHotkey(searchRef);

  return (
    <Flex vertical gap={12} style={{ marginBottom: 16 }}>
      <Flex gap={12} wrap align="center">
        <Input
          ref={searchRef}
          allowClear
          value={text}
          onChange={(e) => onTextChange(e.target.value)}
          prefix={<SearchOutlined style={{ color: 'rgba(0,0,0,0.35)' }} aria-hidden />}
          placeholder={t('establishment.list.searchPlaceholder')}
          aria-label={t('establishment.list.searchLabel')}
          title={t('common.searchHint')}
          style={{ width: 340 }}
        />
        <SearchSelect<EstablishmentKind>
          aria-label={t('establishment.list.kindFilter')}
          placeholder={t('establishment.list.allKinds')}
          options={kindOptions}
          value={filters.kind}
          onChange={(kind) => onChange({ kind })}
          style={{ width: 180 }}
        />
        <ProvinceSelect
          aria-label={t('reference.province')}
          placeholder={t('reference.allProvinces')}
          value={filters.provinceCode}
          onChange={(provinceCode) => onChange({ provinceCode, communeCode: undefined })}
          style={{ width: 220 }}
        />
        <CommuneSelect
          aria-label={t('reference.commune')}
          placeholder={t('reference.allCommunes')}
          provinceCode={filters.provinceCode}
          value={filters.communeCode}
          onChange={(communeCode) => onChange({ communeCode })}
          style={{ width: 220 }}
        />
      </Flex>
      <LabeledSwitch
        label={t('establishment.list.showDeleted')}
        checked={filters.includeDeleted}
        onChange={(includeDeleted) => onChange({ includeDeleted })}
      />
    </Flex>
  );
}
