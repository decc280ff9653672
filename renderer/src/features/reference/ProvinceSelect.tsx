import type { SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { SearchSelect } from '../../ui/SearchSelect';
import { useProvinces } from './queries';

/** The 34 provinces and cities since 1 July 2025. */
export function ProvinceSelect(props: Omit<SelectProps<string>, 'options' | 'loading'>) {
  const { t } = useTranslation();
  const provinces = useProvinces();
  return (
    <SearchSelect
      placeholder={t('reference.provincePlaceholder')}
      {...props}
      loading={provinces.isLoading}
      options={provinces.data?.map((p) => ({ value: p.code, label: p.name }))}
    />
  );
}
