import type { SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../../shared/schemas/user';
import { SearchSelect } from '../../ui/SearchSelect';

/** The four roles, in the order of their rights (type without accents to pick one). */
export function RoleSelect(props: Omit<SelectProps<Role>, 'options'>) {
  const { t } = useTranslation();
  return <SearchSelect<Role> allowClear={false} {...props} options={ROLES.map((role) => ({ value: role, label: t(`auth.role.${role}`) }))} />;
}
