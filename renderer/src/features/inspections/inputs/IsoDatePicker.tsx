import { DatePicker, type DatePickerProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DATE_FORMAT, ISO_DATE } from '../../plans/dates';

// Typed dates are accepted with or without separators, so "15032014" is as quick as picking.
const TYPED_FORMATS = [DATE_FORMAT, 'D/M/YYYY', 'DDMMYYYY', ISO_DATE];

interface IsoDatePickerProps extends Omit<DatePickerProps, 'value' | 'onChange' | 'format'> {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
}

/** A date picker whose value is the "YYYY-MM-DD" string the schemas expect, shown as dd/mm/yyyy. */
export function IsoDatePicker({ value, onChange, style, ...props }: IsoDatePickerProps) {
  return (
    <DatePicker
      {...props}
      format={TYPED_FORMATS}
      value={value ? dayjs(value, ISO_DATE) : null}
      onChange={(date: Dayjs | Dayjs[] | null) => onChange?.(date && !Array.isArray(date) ? date.format(ISO_DATE) : undefined)}
      // Enter confirms a typed value; it must not also submit the surrounding form.
      onKeyDown={(e, preventDefault) => {
        if (e.key === 'Enter') e.preventDefault();
        props.onKeyDown?.(e, preventDefault);
      }}
      style={{ width: '100%', ...style }}
    />
  );
}
