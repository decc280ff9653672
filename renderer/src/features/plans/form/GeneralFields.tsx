import { Col, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../ui/FormField';
import { FormSection } from '../../../ui/FormSection';
import { textValue } from '../../../ui/inputs';
import { SearchSelect } from '../../../ui/SearchSelect';
import { AgencySelect } from '../../directory/AgencySelect';
import { usePlanOptions } from '../labels';
import type { PlanForm } from './formValues';

export function GeneralFields({ form }: { form: PlanForm }) {
  const { t } = useTranslation();
  const { control } = form;
  const { kinds } = usePlanOptions();
  return (
    <FormSection title={t('plans.section.general')}>
      <Col span={24}>
        <FormField control={control} name="title" label={t('plans.field.title')} required>
          {(field) => (
            <Input.TextArea {...field} value={textValue(field.value)} autoSize={{ minRows: 1, maxRows: 3 }} placeholder={t('plans.placeholder.title')} autoFocus />
          )}
        </FormField>
      </Col>
      <Col span={8}>
        <FormField control={control} name="number" label={t('plans.field.number')}>
          {(field) => <Input {...field} value={textValue(field.value)} maxLength={50} placeholder={t('plans.placeholder.number')} />}
        </FormField>
      </Col>
      <Col span={16}>
        <FormField control={control} name="kind" label={t('plans.field.kind')} required>
          {(field) => <SearchSelect {...field} value={field.value as string | undefined} allowClear={false} options={kinds} />}
        </FormField>
      </Col>
      <Col span={24}>
        <FormField control={control} name="issuingAgencyId" label={t('plans.field.issuingAgency')}>
          {(field) => <AgencySelect {...field} value={field.value as string | undefined} placeholder={t('plans.placeholder.issuingAgency')} />}
        </FormField>
      </Col>
    </FormSection>
  );
}
