import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { foldedSearch } from './foldedSearch';

/** antd Select for picking one value: type without accents to filter, clear with ×. */
export function SearchSelect<V extends string = string>(props: SelectProps<V>) {
  const { t } = useTranslation();
  return <Select<V> allowClear notFoundContent={t('reference.noMatch')} showSearch={foldedSearch} {...props} />;
}
