import { TimePicker, type TimePickerProps } from 'antd';
import dayjs from 'dayjs';

const FORMAT = 'HH:mm';

interface TimeInputProps extends Omit<TimePickerProps, 'value' | 'onChange' | 'format'> {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
}

/** A time of day as the "HH:MM" string of the schemas; typing "08:30" and leaving the box is enough. */
export function TimeInput({ value, onChange, style, ...props }: TimeInputProps) {
  return (
    <TimePicker
      {...props}
      format={FORMAT}
      needConfirm={false}
      minuteStep={5}
      value={value ? dayjs(value, FORMAT) : null}
      onChange={(time) => onChange?.(time ? time.format(FORMAT) : undefined)}
      // Enter confirms a typed value; it must not also submit the surrounding form.
      onKeyDown={(e, preventDefault) => {
        if (e.key === 'Enter') e.preventDefault();
        props.onKeyDown?.(e, preventDefault);
      }}
      style={{ width: '100%', ...style }}
    />
  );
}
