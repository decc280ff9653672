import { Radio } from 'antd';
import { useTranslation } from 'react-i18next';

type Choice = 'yes' | 'no' | 'unknown';

interface TriStateProps {
  value: boolean | undefined;
  onChange: (value: boolean | undefined) => void;
  /** The question, also the group's accessible name. */
  label: string;
  disabled?: boolean;
}

/**
 * Yes / No / Not known for a fact about a child. "Not known" is `undefined`: a fact nobody
 * checked must never read as "no", because the suggested violations depend on it.
 */
export function TriState({ value, onChange, label, disabled }: TriStateProps) {
  const { t } = useTranslation();
  const choice: Choice = value === undefined ? 'unknown' : value ? 'yes' : 'no';
  return (
    <Radio.Group
      aria-label={label}
      optionType="button"
      buttonStyle="solid"
      size="small"
      disabled={disabled}
      value={choice}
      onChange={(e) => onChange(e.target.value === 'unknown' ? undefined : e.target.value === 'yes')}
      options={[
        { value: 'yes', label: t('inspections.tri.yes') },
        { value: 'no', label: t('inspections.tri.no') },
        { value: 'unknown', label: t('inspections.tri.unknown') },
      ]}
    />
  );
}
