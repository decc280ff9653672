import type { SelectProps } from 'antd';
import { SearchSelect } from '../../ui/SearchSelect';
import { useAgencies } from './queries';

/** The team's member agencies that are not deleted. */
export function AgencySelect(props: Omit<SelectProps<string>, 'options' | 'loading'>) {
  const agencies = useAgencies();
  return <SearchSelect {...props} loading={agencies.isLoading} options={agencies.data?.map((a) => ({ value: a.id, label: a.name }))} />;
}
