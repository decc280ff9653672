import type { SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { SearchSelect } from '../../ui/SearchSelect';
import { useCommunes } from './queries';

interface CommuneSelectProps extends Omit<SelectProps<string>, 'options' | 'loading'> {
  provinceCode: string | undefined;
}

/** Communes, wards and special zones of one province; disabled until the province is chosen. */
export function CommuneSelect({ provinceCode, ...props }: CommuneSelectProps) {
  const { t } = useTranslation();
  const communes = useCommunes(provinceCode);
  return (
    <SearchSelect
      {...props}
      placeholder={provinceCode ? (props.placeholder ?? t('reference.communePlaceholder')) : t('reference.communeNeedsProvince')}
      disabled={!provinceCode || props.disabled}
      loading={communes.isLoading}
      options={communes.data?.map((c) => ({ value: c.code, label: c.name }))}
    />
  );
}
