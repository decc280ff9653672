import { Col, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../ui/FormField';
import { FormSection } from '../../../ui/FormSection';
import { numberOrUndefined } from '../../../ui/inputs';
import type { EstablishmentForm } from './formValues';

export function WorkerFields({ form }: { form: EstablishmentForm }) {
  const { t } = useTranslation();
  const { control } = form;
  const count = (name: 'workersTotal' | 'workersUnder18', label: string) => (
    <Col span={8}>
      <FormField control={control} name={name} label={label}>
        {(field) => (
          <InputNumber
            {...field}
            value={field.value as number | undefined}
            onChange={(value) => field.onChange(numberOrUndefined(value))}
            min={0}
            precision={0}
            controls={false}
            style={{ width: '100%' }}
          />
        )}
      </FormField>
    </Col>
  );
  return (
    <FormSection title={t('establishment.section.workers')}>
      {count('workersTotal', t('establishment.field.workersTotal'))}
      {count('workersUnder18', t('establishment.field.workersUnder18'))}
      <Col span={8} style={{ paddingTop: 34 }}>
        <span style={{ color: 'rgba(0,0,0,0.45)', fontSize: 13 }}>{t('establishment.form.workersHint')}</span>
      </Col>
    </FormSection>
  );
}
