import { Col, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../ui/FormField';
import { FormSection } from '../../../ui/FormSection';
import { textValue } from '../../../ui/inputs';
import { CommuneSelect } from '../../reference/CommuneSelect';
import { ProvinceSelect } from '../../reference/ProvinceSelect';
import type { EstablishmentForm } from './formValues';

export function AddressFields({ form }: { form: EstablishmentForm }) {
  const { t } = useTranslation();
  const { control } = form;
  const provinceCode = form.watch('provinceCode');
  return (
    <FormSection title={t('establishment.section.address')}>
      <Col span={12}>
        <FormField control={control} name="provinceCode" label={t('reference.province')}>
          {(field) => (
            <ProvinceSelect
              {...field}
              value={field.value as string | undefined}
              onChange={(value) => {
                field.onChange(value);
                form.setValue('communeCode', undefined);
              }}
            />
          )}
        </FormField>
      </Col>
      <Col span={12}>
        <FormField control={control} name="communeCode" label={t('reference.commune')}>
          {(field) => (
            <CommuneSelect {...field} value={field.value as string | undefined} provinceCode={typeof provinceCode === 'string' ? provinceCode : undefined} />
          )}
        </FormField>
      </Col>
      <Col span={24}>
        <FormField control={control} name="address" label={t('establishment.field.address')}>
          {(field) => <Input {...field} value={textValue(field.value)} placeholder={t('establishment.placeholder.address')} />}
        </FormField>
      </Col>
    </FormSection>
  );
}
