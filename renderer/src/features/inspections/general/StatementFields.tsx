import { Col, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../ui/FormField';
import { FormSection } from '../../../ui/FormSection';
import { LabeledSwitch } from '../../../ui/LabeledSwitch';
import { textValue } from '../../../ui/inputs';
import type { GeneralForm } from './generalValues';

const DOCUMENT_SUGGESTIONS = ['register', 'contracts', 'health', 'timesheets', 'consent', 'businessReg', 'payroll'] as const;

/** What the team looked at, asked for and heard, and whether the establishment signed. */
export function StatementFields({ form }: { form: GeneralForm }) {
  const { t } = useTranslation();
  const { control } = form;
  const refused = form.watch('refusedToSign');
  const area = (name: 'requests' | 'employerStatement', placeholder: string) => (
    <Col span={24}>
      <FormField control={control} name={name} label={t(`inspections.field.${name}`)}>
        {(field) => <Input.TextArea {...field} value={textValue(field.value)} autoSize={{ minRows: 3, maxRows: 10 }} placeholder={placeholder} />}
      </FormField>
    </Col>
  );
  return (
    <FormSection title={t('inspections.general.outcome')}>
      <Col span={24}>
        <FormField control={control} name="documentsReviewed" label={t('inspections.field.documentsReviewed')} extra={t('inspections.general.documentsHint')}>
          {(field) => (
            <Select
              {...field}
              mode="tags"
              value={(field.value as string[] | undefined) ?? []}
              tokenSeparators={[';']}
              options={DOCUMENT_SUGGESTIONS.map((key) => ({ value: t(`inspections.documentSuggestion.${key}`), label: t(`inspections.documentSuggestion.${key}`) }))}
              placeholder={t('inspections.placeholder.documentsReviewed')}
            />
          )}
        </FormField>
      </Col>
      {area('requests', t('inspections.placeholder.requests'))}
      {area('employerStatement', t('inspections.placeholder.employerStatement'))}
      <Col span={24} style={{ marginBottom: 16 }}>
        <FormField control={control} name="refusedToSign" label={t('inspections.field.signature')}>
          {(field) => (
            <LabeledSwitch
              label={t('inspections.field.refusedToSign')}
              checked={Boolean(field.value)}
              onChange={(checked) => {
                field.onChange(checked);
                if (!checked) for (const name of ['refusalReason', 'refusalWitnessName', 'refusalWitnessPosition'] as const) form.setValue(name, undefined);
              }}
            />
          )}
        </FormField>
      </Col>
      {refused && (
        <Col span={24}>
          <FormField control={control} name="refusalReason" label={t('inspections.field.refusalReason')} required>
            {(field) => <Input.TextArea {...field} value={textValue(field.value)} autoSize={{ minRows: 2, maxRows: 5 }} autoFocus />}
          </FormField>
        </Col>
      )}
      {/* Who signs for the refusal (Art. 58): asked here, required by the service to finalise. */}
      {refused && (
        <>
          <Col xs={24} md={12}>
            <FormField control={control} name="refusalWitnessName" label={t('inspections.field.refusalWitnessName')} extra={t('inspections.general.witnessHint')}>
              {(field) => <Input {...field} value={textValue(field.value)} autoComplete="off" />}
            </FormField>
          </Col>
          <Col xs={24} md={12}>
            <FormField control={control} name="refusalWitnessPosition" label={t('inspections.field.refusalWitnessPosition')}>
              {(field) => <Input {...field} value={textValue(field.value)} autoComplete="off" placeholder={t('inspections.placeholder.witnessPosition')} />}
            </FormField>
          </Col>
        </>
      )}
    </FormSection>
  );
}
