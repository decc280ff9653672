import { CloseCircleFilled } from '@ant-design/icons';
import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { foldedSearch } from './foldedSearch';

/** antd Select for picking one value: type without accents to filter, clear with ×. */
export function SearchSelect<V extends string = string>({ allowClear = true, ...props }: SelectProps<V>) {
  const { t } = useTranslation();
  // antd names the clear button "Clear" whatever the locale; give it a translated name.
  const clear = allowClear === false ? false : { clearIcon: <CloseCircleFilled aria-hidden />, label: t('common.clearSelection') };
  return <Select<V> allowClear={clear} notFoundContent={t('reference.noMatch')} showSearch={foldedSearch} {...props} />;
}
