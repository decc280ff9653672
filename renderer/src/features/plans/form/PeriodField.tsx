import { DatePicker, Form } from 'antd';
import dayjs from 'dayjs';
import { useId } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT, toIsoDate } from '../dates';
import type { PlanForm } from './formValues';

/** One range picker for the two dates of the plan; an error on either shows under it. */
export function PeriodField({ form }: { form: PlanForm }) {
  const { t } = useTranslation();
  const id = useId();
  const start = useController({ control: form.control, name: 'periodStart' });
  const end = useController({ control: form.control, name: 'periodEnd' });
  const error = start.fieldState.error ?? end.fieldState.error;
  // The schema's message for an empty date speaks of the YYYY-MM-DD format, which the user never types.
  const message = error && (!start.field.value || !end.field.value) ? t('plans.form.periodRequired') : error?.message;
  const value = start.field.value && end.field.value ? ([dayjs(start.field.value), dayjs(end.field.value)] as const) : null;

  return (
    <Form.Item
      label={t('plans.field.period')}
      htmlFor={id}
      required
      validateStatus={error ? 'error' : undefined}
      help={message && <span id={`${id}-error`}>{message}</span>}
    >
      <DatePicker.RangePicker
        id={{ start: id, end: `${id}-end` }}
        ref={start.field.ref}
        format={DATE_FORMAT}
        value={value ? [value[0], value[1]] : null}
        onChange={(dates) => {
          start.field.onChange(dates?.[0] ? toIsoDate(dates[0]) : '');
          end.field.onChange(dates?.[1] ? toIsoDate(dates[1]) : '');
        }}
        // Enter confirms a typed date; it must not also submit the drawer's form.
        onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
        onBlur={() => {
          start.field.onBlur();
          end.field.onBlur();
        }}
        aria-invalid={Boolean(error) || undefined}
        aria-describedby={message ? `${id}-error` : undefined}
        style={{ width: '100%' }}
      />
    </Form.Item>
  );
}
