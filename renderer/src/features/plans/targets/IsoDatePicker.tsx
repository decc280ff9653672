import { DatePicker, type DatePickerProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DATE_FORMAT, toIsoDate, withinPeriod } from '../dates';

interface IsoDatePickerProps extends Omit<DatePickerProps, 'value' | 'onChange' | 'format' | 'disabledDate'> {
  value?: string;
  onChange: (value: string | undefined) => void;
  /** Only days of the plan can be chosen. */
  period: { periodStart: string; periodEnd: string };
}

/** A date picker over YYYY-MM-DD strings, showing dd/mm/yyyy and opening on the plan's period. */
export function IsoDatePicker({ value, onChange, period, ...props }: IsoDatePickerProps) {
  return (
    <DatePicker
      {...props}
      format={DATE_FORMAT}
      value={value ? dayjs(value) : null}
      // Never `multiple` here, so the picker hands back one date.
      onChange={(date) => onChange(date ? toIsoDate(date as Dayjs) : undefined)}
      // Enter confirms a typed date; it must not also submit the surrounding form.
      onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
      disabledDate={(date) => !withinPeriod(toIsoDate(date), period)}
      defaultPickerValue={dayjs(value ?? period.periodStart)}
      style={{ width: '100%', ...props.style }}
    />
  );
}
