import { Col, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../ui/FormField';
import { FormSection } from '../../../ui/FormSection';
import { textValue } from '../../../ui/inputs';
import { CommuneSelect } from '../../reference/CommuneSelect';
import { ProvinceSelect } from '../../reference/ProvinceSelect';
import type { PlanForm } from './formValues';
import { PeriodField } from './PeriodField';

export function AreaFields({ form }: { form: PlanForm }) {
  const { t } = useTranslation();
  const { control } = form;
  const provinceCode = form.watch('provinceCode');
  return (
    <FormSection title={t('plans.section.timeAndArea')}>
      <Col span={12}>
        <PeriodField form={form} />
      </Col>
      <Col span={12}>
        <FormField control={control} name="place" label={t('plans.field.place')} extra={t('plans.form.placeHint')}>
          {(field) => <Input {...field} value={textValue(field.value)} placeholder={t('plans.placeholder.place')} />}
        </FormField>
      </Col>
      <Col span={12}>
        <FormField control={control} name="provinceCode" label={t('reference.province')}>
          {(field) => (
            <ProvinceSelect
              {...field}
              value={field.value as string | undefined}
              onChange={(value) => {
                field.onChange(value);
                form.setValue('communeCodes', []);
              }}
            />
          )}
        </FormField>
      </Col>
      <Col span={12}>
        <FormField control={control} name="communeCodes" label={t('plans.field.communes')}>
          {(field) => (
            <CommuneSelect
              {...field}
              mode="multiple"
              maxTagCount="responsive"
              // CommuneSelect is typed for one commune; antd's Select takes the array as is in multiple mode.
              value={(field.value ?? []) as unknown as string}
              provinceCode={typeof provinceCode === 'string' ? provinceCode : undefined}
              placeholder={t('plans.placeholder.communes')}
            />
          )}
        </FormField>
      </Col>
    </FormSection>
  );
}
