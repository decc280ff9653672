import { InputNumber, type InputNumberProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { numberOrUndefined } from '../../../ui/inputs';

interface AmountInputProps extends Omit<InputNumberProps<number>, 'value' | 'onChange'> {
  value?: number | null;
  onChange?: (value: number | undefined) => void;
}

const withDots = (value: number | string | undefined) => (value === undefined || value === '' ? '' : String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.'));
const digitsOnly = (text: string | undefined) => Number((text ?? '').replace(/\D/g, '') || 0);

/** Whole VND with dots between thousands ("62.500.000"), as written on the records. */
export function AmountInput({ value, onChange, ...props }: AmountInputProps) {
  const { t } = useTranslation();
  return (
    <InputNumber<number>
      {...props}
      value={value ?? null}
      onChange={(v) => onChange?.(numberOrUndefined(v))}
      formatter={withDots}
      parser={digitsOnly}
      min={0}
      precision={0}
      controls={false}
      suffix={t('inspections.currency')}
      style={{ width: '100%' }}
    />
  );
}
