import { Col, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { SIGNER_AUTHORITIES } from '../../../../../shared/schemas/plan';
import { FormField } from '../../../ui/FormField';
import { FormSection } from '../../../ui/FormSection';
import { textValue } from '../../../ui/inputs';
import { IsoDatePicker } from '../../inspections/inputs/IsoDatePicker';
import type { PlanForm } from './formValues';

type TextName = 'decisionNumber' | 'teamDecisionNumber' | 'decisionSignerName' | 'decisionSignerPosition' | 'proposedBy';
type DateName = 'issueDate' | 'decisionDate' | 'teamDecisionDate';
type AreaName = 'competenceBasis' | 'budget' | 'reportingRegime';

/**
 * What the papers print and nothing else can supply: the plan's issue date, the decisions
 * approving it and setting up the team (cited by the minutes), who signs the team decision and on
 * what competence, at whose proposal; the plan's Kinh phí and Chế độ báo cáo sections.
 */
export function PaperFields({ form }: { form: PlanForm }) {
  const { t } = useTranslation();
  const { control } = form;
  const text = (name: TextName, span: number) => (
    <Col xs={24} md={span}>
      <FormField control={control} name={name} label={t(`plans.field.${name}`)}>
        {(field) => <Input {...field} value={textValue(field.value)} placeholder={t(`plans.placeholder.${name}`)} autoComplete="off" />}
      </FormField>
    </Col>
  );
  const date = (name: DateName, span: number, extra?: string) => (
    <Col xs={24} md={span}>
      <FormField control={control} name={name} label={t(`plans.field.${name}`)} extra={extra}>
        {(field) => <IsoDatePicker {...field} value={field.value as string | undefined} placeholder={t('plans.placeholder.date')} />}
      </FormField>
    </Col>
  );
  const area = (name: AreaName) => (
    <Col span={24}>
      <FormField control={control} name={name} label={t(`plans.field.${name}`)}>
        {(field) => <Input.TextArea {...field} value={textValue(field.value)} autoSize={{ minRows: 2, maxRows: 8 }} placeholder={t(`plans.placeholder.${name}`)} />}
      </FormField>
    </Col>
  );
  return (
    <>
      <FormSection title={t('plans.section.papers')}>
        {date('issueDate', 8, t('plans.hint.issueDate'))}
        {text('decisionNumber', 8)}
        {date('decisionDate', 8)}
        {text('teamDecisionNumber', 8)}
        {date('teamDecisionDate', 8)}
        <Col xs={24} md={8} />
        {text('decisionSignerName', 8)}
        {text('decisionSignerPosition', 8)}
        <Col xs={24} md={8}>
          <FormField control={control} name="decisionSignerAuthority" label={t('plans.field.decisionSignerAuthority')}>
            {(field) => (
              <Radio.Group
                id={field.id}
                aria-label={t('plans.field.decisionSignerAuthority')}
                optionType="button"
                value={field.value ?? ''}
                onChange={(e) => field.onChange(e.target.value === '' ? undefined : e.target.value)}
                options={[{ value: '', label: t('plans.signerAuthorityNone') }, ...SIGNER_AUTHORITIES.map((a) => ({ value: a, label: t(`plans.signerAuthority.${a}`) }))]}
              />
            )}
          </FormField>
        </Col>
        {area('competenceBasis')}
        {text('proposedBy', 24)}
      </FormSection>
      <FormSection title={t('plans.section.budgetReporting')}>
        {area('budget')}
        {area('reportingRegime')}
      </FormSection>
    </>
  );
}
