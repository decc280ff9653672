import { Col, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../ui/FormField';
import { FormSection } from '../../../ui/FormSection';
import { textValue } from '../../../ui/inputs';
import type { PlanForm } from './formValues';

export function ContentFields({ form }: { form: PlanForm }) {
  const { t } = useTranslation();
  const text = (name: 'purpose' | 'content') => (
    <Col span={24}>
      <FormField control={form.control} name={name} label={t(`plans.field.${name}`)}>
        {(field) => (
          <Input.TextArea {...field} value={textValue(field.value)} autoSize={{ minRows: 3, maxRows: 10 }} placeholder={t(`plans.placeholder.${name}`)} />
        )}
      </FormField>
    </Col>
  );
  return (
    <FormSection title={t('plans.section.content')}>
      {text('purpose')}
      {text('content')}
    </FormSection>
  );
}
