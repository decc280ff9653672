import { Col, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../ui/FormField';
import { FormSection } from '../../../ui/FormSection';
import { textValue } from '../../../ui/inputs';
import type { EstablishmentForm } from './formValues';

export function NotesFields({ form }: { form: EstablishmentForm }) {
  const { t } = useTranslation();
  return (
    <FormSection title={t('establishment.section.notes')}>
      <Col span={24}>
        <FormField control={form.control} name="notes" label={t('establishment.field.notes')}>
          {(field) => <Input.TextArea {...field} value={textValue(field.value)} autoSize={{ minRows: 3, maxRows: 8 }} />}
        </FormField>
      </Col>
    </FormSection>
  );
}
