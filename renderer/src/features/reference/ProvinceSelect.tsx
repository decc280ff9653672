import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { foldedSearch } from '../../ui/foldedSearch';
import { useProvinces } from './queries';

type ProvinceSelectProps = Omit<SelectProps<string>, 'options' | 'showSearch' | 'loading'>;

/** The 34 provinces and cities since 1 July 2025; type without marks to filter. */
export function ProvinceSelect(props: ProvinceSelectProps) {
  const { t } = useTranslation();
  const provinces = useProvinces();
  return (
    <Select
      allowClear
      placeholder={t('reference.provincePlaceholder')}
      notFoundContent={t('reference.noMatch')}
      {...props}
      showSearch={foldedSearch}
      loading={provinces.isLoading}
      options={provinces.data?.map((p) => ({ value: p.code, label: p.name }))}
    />
  );
}
