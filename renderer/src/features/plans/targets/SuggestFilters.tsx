import { SearchOutlined } from '@ant-design/icons';
import { Flex, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EstablishmentKind } from '../../../../../shared/schemas/establishment';
import { SearchSelect } from '../../../ui/SearchSelect';
import { ParentVillageSelect } from '../../establishments/form/ParentVillageSelect';
import { useKindOptions } from '../../establishments/kinds';
import { CommuneSelect } from '../../reference/CommuneSelect';
import { ProvinceSelect } from '../../reference/ProvinceSelect';

export interface SuggestFilterValues {
  text: string;
  kind?: EstablishmentKind;
  provinceCode?: string;
  communeCode?: string;
  /** A craft village: its member households and workshops. */
  parentId?: string;
}

interface SuggestFiltersProps {
  value: SuggestFilterValues;
  onChange: (patch: Partial<SuggestFilterValues>) => void;
}

export function SuggestFilters({ value, onChange }: SuggestFiltersProps) {
  const { t } = useTranslation();
  const kindOptions = useKindOptions();
  return (
    <Flex gap={8} wrap style={{ marginBottom: 12 }}>
      <Input
        allowClear
        value={value.text}
        onChange={(e) => onChange({ text: e.target.value })}
        prefix={<SearchOutlined style={{ color: 'rgba(0,0,0,0.35)' }} aria-hidden />}
        placeholder={t('plans.suggest.searchPlaceholder')}
        aria-label={t('plans.suggest.searchLabel')}
        style={{ width: 240 }}
      />
      <SearchSelect<EstablishmentKind>
        aria-label={t('establishment.list.kindFilter')}
        placeholder={t('establishment.list.allKinds')}
        options={kindOptions}
        value={value.kind}
        onChange={(kind) => onChange({ kind })}
        style={{ width: 170 }}
      />
      <ProvinceSelect
        aria-label={t('reference.province')}
        placeholder={t('reference.allProvinces')}
        value={value.provinceCode}
        onChange={(provinceCode) => onChange({ provinceCode, communeCode: undefined })}
        style={{ width: 190 }}
      />
      <CommuneSelect
        aria-label={t('reference.commune')}
        placeholder={t('reference.allCommunes')}
        provinceCode={value.provinceCode}
        value={value.communeCode}
        onChange={(communeCode) => onChange({ communeCode })}
        style={{ width: 190 }}
      />
      <ParentVillageSelect
        aria-label={t('plans.suggest.village')}
        placeholder={t('plans.suggest.allVillages')}
        value={value.parentId}
        onChange={(parentId) => onChange({ parentId })}
        style={{ width: 240 }}
      />
    </Flex>
  );
}
