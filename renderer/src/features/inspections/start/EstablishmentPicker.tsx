import { Flex, Typography, type SelectProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchSelect } from '../../../ui/SearchSelect';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import { useEstablishmentSearch } from '../../establishments/queries';

interface Option {
  value: string;
  label: string;
  detail: string;
}

/** Any registered establishment, searched on the server as the user types (accents optional). */
export function EstablishmentPicker(props: Omit<SelectProps<string>, 'options' | 'loading' | 'showSearch' | 'onSearch'>) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const query = useDebouncedValue(text.trim(), 250);
  const search = useEstablishmentSearch({ query: query || undefined, limit: 20 });
  // The chosen establishment stays an option when a later search no longer returns it.
  const [chosen, setChosen] = useState<Option>();
  const options: Option[] = (search.data?.items ?? []).map((e) => ({
    value: e.id,
    label: e.name,
    detail: [t(`establishment.kind.${e.kind}`), e.parentName, e.communeName].filter(Boolean).join(' · '),
  }));
  if (chosen && chosen.value === props.value && !options.some((o) => o.value === chosen.value)) options.unshift(chosen);
  return (
    <SearchSelect
      placeholder={t('inspections.start.establishmentPlaceholder')}
      {...props}
      showSearch={{ filterOption: false, onSearch: setText }}
      loading={search.isFetching}
      options={options}
      onChange={(value, option) => {
        setChosen(Array.isArray(option) ? undefined : (option as Option | undefined));
        props.onChange?.(value, option);
      }}
      optionRender={(option) => (
        <Flex vertical>
          <span>{option.data.label}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12.5 }}>
            {option.data.detail}
          </Typography.Text>
        </Flex>
      )}
    />
  );
}
