import { Col, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../ui/FormField';
import { FormSection } from '../../../ui/FormSection';
import { numberOrUndefined, textValue } from '../../../ui/inputs';
import { IsoDatePicker } from '../inputs/IsoDatePicker';
import { TimeInput } from '../inputs/TimeInput';
import type { GeneralForm } from './generalValues';

export function TimePlaceFields({ form }: { form: GeneralForm }) {
  const { t } = useTranslation();
  const { control } = form;
  return (
    <FormSection title={t('inspections.general.timePlace')}>
      <Col xs={24} md={6}>
        <FormField control={control} name="number" label={t('inspections.field.number')}>
          {(field) => <Input {...field} value={textValue(field.value)} placeholder={t('inspections.placeholder.number')} />}
        </FormField>
      </Col>
      <Col xs={12} md={6}>
        <FormField control={control} name="inspectionDate" label={t('inspections.field.inspectionDate')} required extra={t('inspections.general.dateHint')}>
          {(field) => <IsoDatePicker {...field} value={field.value as string | undefined} allowClear={false} />}
        </FormField>
      </Col>
      <Col xs={12} md={4}>
        <FormField control={control} name="startTime" label={t('inspections.field.startTime')}>
          {(field) => <TimeInput {...field} value={field.value as string | undefined} />}
        </FormField>
      </Col>
      <Col xs={12} md={4}>
        <FormField control={control} name="endTime" label={t('inspections.field.endTime')}>
          {(field) => <TimeInput {...field} value={field.value as string | undefined} />}
        </FormField>
      </Col>
      <Col xs={12} md={4}>
        <FormField control={control} name="copies" label={t('inspections.field.copies')}>
          {(field) => (
            <InputNumber
              {...field}
              value={field.value as number | undefined}
              onChange={(value) => field.onChange(numberOrUndefined(value))}
              min={1}
              max={20}
              precision={0}
              style={{ width: '100%' }}
            />
          )}
        </FormField>
      </Col>
      <Col span={24}>
        <FormField control={control} name="place" label={t('inspections.field.place')}>
          {(field) => <Input {...field} value={textValue(field.value)} placeholder={t('inspections.placeholder.place')} />}
        </FormField>
      </Col>
    </FormSection>
  );
}
