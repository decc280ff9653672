import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { foldedSearch } from '../../ui/foldedSearch';
import { useAgencies } from './queries';

type AgencySelectProps = Omit<SelectProps<string>, 'options' | 'showSearch' | 'loading'>;

/** The team's member agencies (not deleted), searchable without marks. */
export function AgencySelect(props: AgencySelectProps) {
  const { t } = useTranslation();
  const agencies = useAgencies();
  return (
    <Select
      notFoundContent={t('reference.noMatch')}
      {...props}
      showSearch={foldedSearch}
      loading={agencies.isLoading}
      options={agencies.data?.map((a) => ({ value: a.id, label: a.name }))}
    />
  );
}
