import { AutoComplete, Checkbox, Col, Input, InputNumber, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../ui/FormField';
import { FormSection } from '../../../ui/FormSection';
import { numberOrUndefined, textValue } from '../../../ui/inputs';
import { IsoDatePicker } from '../inputs/IsoDatePicker';
import { AgeSummary } from './AgeSummary';
import { ETHNICITIES } from './ethnicities';
import type { LiveAge } from './liveAge';
import type { MinorForm } from './minorValues';

interface IdentityFieldsProps {
  form: MinorForm;
  live: LiveAge;
  birthUnknown: boolean;
  onBirthUnknown: (unknown: boolean) => void;
}

export function IdentityFields({ form, live, birthUnknown, onBirthUnknown }: IdentityFieldsProps) {
  const { t } = useTranslation();
  const { control } = form;
  return (
    <FormSection title={t('inspections.minor.identity')}>
      <Col span={14}>
        <FormField control={control} name="fullName" label={t('inspections.minor.fullName')} required>
          {(field) => <Input {...field} value={textValue(field.value)} autoComplete="off" autoFocus placeholder={t('inspections.placeholder.childName')} />}
        </FormField>
      </Col>
      <Col span={10}>
        <FormField control={control} name="sex" label={t('inspections.minor.sex')} required>
          {(field) => (
            <Radio.Group
              {...field}
              aria-label={t('inspections.minor.sex')}
              optionType="button"
              buttonStyle="solid"
              value={field.value}
              onChange={(e) => field.onChange(e.target.value)}
              options={[
                { value: 'male', label: t('inspections.sex.male') },
                { value: 'female', label: t('inspections.sex.female') },
              ]}
            />
          )}
        </FormField>
      </Col>
      <Col span={10}>
        {birthUnknown ? (
          <FormField control={control} name="estimatedAge" label={t('inspections.minor.estimatedAge')} required>
            {(field) => (
              <InputNumber
                {...field}
                value={field.value as number | undefined}
                onChange={(value) => field.onChange(numberOrUndefined(value))}
                min={3}
                max={25}
                precision={0}
                autoFocus
                suffix={t('inspections.minor.years')}
                style={{ width: '100%' }}
              />
            )}
          </FormField>
        ) : (
          <FormField control={control} name="dateOfBirth" label={t('inspections.minor.dateOfBirth')} required>
            {(field) => <IsoDatePicker {...field} value={field.value as string | undefined} placeholder={t('inspections.placeholder.date')} />}
          </FormField>
        )}
        <Checkbox checked={birthUnknown} onChange={(e) => onBirthUnknown(e.target.checked)} style={{ marginTop: -12, marginBottom: 16 }}>
          {t('inspections.minor.birthUnknown')}
        </Checkbox>
      </Col>
      <Col span={14} style={{ marginBottom: 16 }}>
        <AgeSummary live={live} />
      </Col>
      <Col span={8}>
        <FormField control={control} name="ethnicity" label={t('inspections.minor.ethnicity')}>
          {(field) => (
            <AutoComplete
              {...field}
              value={textValue(field.value)}
              options={ETHNICITIES.map((value) => ({ value }))}
              showSearch={{ filterOption: (input, option) => String(option?.value ?? '').toLowerCase().startsWith(input.toLowerCase()) }}
            />
          )}
        </FormField>
      </Col>
      <Col span={16}>
        <FormField control={control} name="homeAddress" label={t('inspections.minor.homeAddress')}>
          {(field) => <Input {...field} value={textValue(field.value)} autoComplete="off" />}
        </FormField>
      </Col>
    </FormSection>
  );
}
