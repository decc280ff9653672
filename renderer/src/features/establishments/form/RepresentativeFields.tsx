import { Col, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../ui/FormField';
import { FormSection } from '../../../ui/FormSection';
import { textValue } from '../../../ui/inputs';
import type { EstablishmentForm } from './formValues';

export function RepresentativeFields({ form }: { form: EstablishmentForm }) {
  const { t } = useTranslation();
  const { control } = form;
  return (
    <FormSection title={t('establishment.section.legalRep')}>
      <Col span={10}>
        <FormField control={control} name="legalRepName" label={t('establishment.field.legalRepName')}>
          {(field) => <Input {...field} value={textValue(field.value)} autoComplete="off" />}
        </FormField>
      </Col>
      <Col span={7}>
        <FormField control={control} name="legalRepTitle" label={t('establishment.field.legalRepTitle')}>
          {(field) => <Input {...field} value={textValue(field.value)} />}
        </FormField>
      </Col>
      <Col span={7}>
        <FormField control={control} name="legalRepPhone" label={t('establishment.field.legalRepPhone')}>
          {(field) => <Input {...field} value={textValue(field.value)} inputMode="tel" autoComplete="off" />}
        </FormField>
      </Col>
    </FormSection>
  );
}
