import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { foldVietnamese as foldText } from '../../../../shared/text/fold';
import type { FieldBinding } from '../../ui/FormField';
import { SEED_AGENCIES } from './seedAgencies';

const NEW = 'new:';

/** The setup input for the unit picked or typed in UnitSelect. */
export const unitInput = (value: string): { unitAgencyId: string } | { unitName: string } =>
  value.startsWith(NEW) ? { unitName: value.slice(NEW.length) } : { unitAgencyId: value };

/**
 * The unit using the app: an agency the directory starts with, or a new one by name (typed in
 * the box, then «Dùng tên mới»). The value is the agency id, or `new:` and the name.
 */
export function UnitSelect({ value, onChange, onBlur, id, ...aria }: FieldBinding<Record<string, string>>) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const name = typed.trim();
  const picked = value.startsWith(NEW) ? value.slice(NEW.length) : undefined;
  const known = SEED_AGENCIES.some((a) => foldText(a.name) === foldText(name));
  const options = [
    ...(name && !known ? [{ value: `${NEW}${name}`, label: t('auth.setup.useNewName', { name }) }] : []),
    ...(picked && picked !== name ? [{ value, label: picked }] : []),
    ...SEED_AGENCIES.map((a) => ({ value: a.id, label: a.name })),
  ];
  return (
    <Select
      id={id}
      {...aria}
      value={value || undefined}
      placeholder={t('auth.placeholder.unit')}
      options={options}
      showSearch={{
        searchValue: typed,
        onSearch: setTyped,
        filterOption: (input, option) => String(option?.value).startsWith(NEW) || foldText(String(option?.label)).includes(foldText(input)),
      }}
      onChange={(next: string) => {
        onChange(next);
        setTyped('');
      }}
      onBlur={onBlur}
      notFoundContent={null}
    />
  );
}
