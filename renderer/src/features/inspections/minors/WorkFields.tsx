import { Col, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../ui/FormField';
import { FormSection } from '../../../ui/FormSection';
import { SearchSelect } from '../../../ui/SearchSelect';
import { numberOrUndefined, textValue } from '../../../ui/inputs';
import { useSchoolingOptions } from '../labels';
import { FactRow } from './FactRow';
import type { MinorForm } from './minorValues';

/** The job, working hours and schooling: what Art. 146 (hours) and the minutes need. */
export function WorkFields({ form }: { form: MinorForm }) {
  const { t } = useTranslation();
  const { control } = form;
  const schoolingOptions = useSchoolingOptions();
  const hours = (name: 'hoursPerDay' | 'hoursPerWeek', max: number) => (
    <Col span={6}>
      <FormField control={control} name={name} label={t(`inspections.minor.${name}`)}>
        {(field) => (
          <InputNumber
            {...field}
            value={field.value as number | undefined}
            onChange={(value) => field.onChange(numberOrUndefined(value))}
            min={0}
            max={max}
            step={0.5}
            decimalSeparator=","
            style={{ width: '100%' }}
          />
        )}
      </FormField>
    </Col>
  );
  return (
    <FormSection title={t('inspections.minor.work')}>
      <Col span={24}>
        <FormField control={control} name="job" label={t('inspections.minor.job')}>
          {(field) => <Input {...field} value={textValue(field.value)} placeholder={t('inspections.placeholder.job')} />}
        </FormField>
      </Col>
      {hours('hoursPerDay', 24)}
      {hours('hoursPerWeek', 168)}
      <Col span={12}>
        <FormField control={control} name="schooling" label={t('inspections.minor.schooling')}>
          {(field) => <SearchSelect {...field} value={field.value as string | undefined} options={schoolingOptions} placeholder={t('inspections.tri.unknown')} />}
        </FormField>
      </Col>
      <Col span={24} style={{ marginBottom: 8 }}>
        <FactRow form={form} name="nightWork" />
        <FactRow form={form} name="overtime" />
      </Col>
    </FormSection>
  );
}
