import type { SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { SearchSelect } from '../../../ui/SearchSelect';
import { useCraftVillages } from '../queries';

interface ParentVillageSelectProps extends Omit<SelectProps<string>, 'options' | 'loading'> {
  /** The saved parent, so its name shows even if it is no longer in the list. */
  current?: { id: string; name: string };
}

/** Craft villages, labelled with their commune to tell same-named villages apart. */
export function ParentVillageSelect({ current, ...props }: ParentVillageSelectProps) {
  const { t } = useTranslation();
  const villages = useCraftVillages();
  const options = (villages.data ?? []).map((v) => ({ value: v.id, label: [v.name, v.communeName].filter(Boolean).join(' — ') }));
  if (current && !options.some((o) => o.value === current.id)) options.unshift({ value: current.id, label: current.name });
  return <SearchSelect placeholder={t('establishment.placeholder.parentId')} {...props} loading={villages.isLoading} options={options} />;
}
