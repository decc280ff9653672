import { Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { foldedSearch } from '../../ui/foldedSearch';
import { ProvinceSelect } from '../reference/ProvinceSelect';
import { useCommunes } from '../reference/queries';
import type { ReportScope } from './useReportScope';

interface AreaPickerProps {
  scope: ReportScope;
  onChange: (patch: Partial<ReportScope>) => void;
}

/** The area counted: no province means the whole country; communes narrow a province. */
export function AreaPicker({ scope, onChange }: AreaPickerProps) {
  const { t } = useTranslation();
  const communes = useCommunes(scope.provinceCode);
  return (
    <Flex gap={12} wrap align="center">
      <ProvinceSelect
        aria-label={t('reference.province')}
        placeholder={t('reference.allProvinces')}
        value={scope.provinceCode}
        onChange={(provinceCode) => onChange({ provinceCode, communeCodes: [] })}
        style={{ width: 220 }}
      />
      {/* Several communes may be reported together, so not the single-choice CommuneSelect. */}
      <Select<string[]>
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        aria-label={t('reference.commune')}
        placeholder={scope.provinceCode ? t('reference.allCommunes') : t('reference.communeNeedsProvince')}
        disabled={!scope.provinceCode}
        loading={communes.isLoading}
        options={communes.data?.map((c) => ({ value: c.code, label: c.name }))}
        showSearch={foldedSearch}
        notFoundContent={t('reference.noMatch')}
        value={scope.communeCodes}
        onChange={(communeCodes) => onChange({ communeCodes })}
        style={{ width: 320 }}
      />
    </Flex>
  );
}
