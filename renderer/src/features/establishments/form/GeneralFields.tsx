import { Col, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../ui/FormField';
import { FormSection } from '../../../ui/FormSection';
import { SearchSelect } from '../../../ui/SearchSelect';
import { textValue } from '../../../ui/inputs';
import { useKindOptions, useSectorOptions } from '../kinds';
import type { EstablishmentForm } from './formValues';
import { ParentVillageSelect } from './ParentVillageSelect';

interface GeneralFieldsProps {
  form: EstablishmentForm;
  currentParent?: { id: string; name: string };
}

export function GeneralFields({ form, currentParent }: GeneralFieldsProps) {
  const { t } = useTranslation();
  const { control } = form;
  const kind = form.watch('kind');
  const kindOptions = useKindOptions();
  const sectorOptions = useSectorOptions();
  return (
    <FormSection title={t('establishment.section.general')}>
      <Col span={24}>
        <FormField control={control} name="name" label={t('establishment.field.name')} required>
          {(field) => <Input {...field} value={textValue(field.value)} placeholder={t('establishment.placeholder.name')} autoFocus />}
        </FormField>
      </Col>
      <Col span={12}>
        <FormField control={control} name="kind" label={t('establishment.field.kind')} required>
          {(field) => (
            <SearchSelect
              {...field}
              value={field.value as string | undefined}
              allowClear={false}
              options={kindOptions}
              placeholder={t('establishment.placeholder.kind')}
              onChange={(value) => {
                field.onChange(value);
                // A craft village cannot itself belong to a village.
                if (value === 'craft_village') form.setValue('parentId', undefined);
              }}
            />
          )}
        </FormField>
      </Col>
      {kind !== 'craft_village' && (
        <Col span={12}>
          <FormField control={control} name="parentId" label={t('establishment.field.parentId')} extra={t('establishment.form.parentHint')}>
            {(field) => <ParentVillageSelect {...field} value={field.value as string | undefined} current={currentParent} />}
          </FormField>
        </Col>
      )}
      <Col span={12}>
        <FormField control={control} name="taxCode" label={t('establishment.field.taxCode')}>
          {(field) => (
            <Input {...field} value={textValue(field.value)} inputMode="numeric" maxLength={20} placeholder={t('establishment.placeholder.taxCode')} />
          )}
        </FormField>
      </Col>
      <Col span={12}>
        <FormField control={control} name="businessRegNo" label={t('establishment.field.businessRegNo')}>
          {(field) => <Input {...field} value={textValue(field.value)} maxLength={50} />}
        </FormField>
      </Col>
      <Col span={12}>
        <FormField control={control} name="sector" label={t('establishment.field.sector')}>
          {(field) => <SearchSelect {...field} value={field.value as string | undefined} options={sectorOptions} placeholder={t('establishment.placeholder.sector')} />}
        </FormField>
      </Col>
      <Col span={12}>
        <FormField control={control} name="trade" label={t('establishment.field.trade')}>
          {(field) => <Input {...field} value={textValue(field.value)} placeholder={t('establishment.placeholder.trade')} />}
        </FormField>
      </Col>
      <Col span={24}>
        <FormField control={control} name="supplyChainNote" label={t('establishment.field.supplyChainNote')}>
          {(field) => (
            <Input.TextArea {...field} value={textValue(field.value)} autoSize={{ minRows: 2, maxRows: 5 }} placeholder={t('establishment.placeholder.supplyChainNote')} />
          )}
        </FormField>
      </Col>
    </FormSection>
  );
}
