import { App, Col, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { REFERRAL_METHODS, REFERRAL_TARGETS, ReferralInput, type Referral, type ReferralMethod, type ReferralTarget } from '../../../../../shared/schemas/follow-up';
import { FormDrawer } from '../../../ui/FormDrawer';
import { FormField } from '../../../ui/FormField';
import { textValue } from '../../../ui/inputs';
import { SearchSelect } from '../../../ui/SearchSelect';
import { useRecordForm } from '../../../ui/useRecordForm';
import { todayIso } from '../../inspections/format';
import { IsoDatePicker } from '../../inspections/inputs/IsoDatePicker';
import { FOLLOW_UP_WRITES } from '../queries';

interface ReferralDrawerProps {
  caseId: string;
  open: boolean;
  onClose: () => void;
  editing?: Referral;
  /** A first referral goes to the commune People's Committee (Decree 56/2017). */
  defaultTarget: ReferralTarget;
  /** The commune's committee, named after the establishment's commune. */
  defaultAgency?: string;
}

/** A referral: to whom (the commune People's Committee, a service), when, how, the contact and the outcome. */
export function ReferralDrawer({ caseId, open, onClose, editing, defaultTarget, defaultAgency }: ReferralDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { form, drawerProps } = useRecordForm({
    schema: ReferralInput,
    values: editing
      ? { caseId, target: editing.target, agencyName: editing.agencyName, referredOn: editing.referredOn, method: editing.method, contact: editing.contact, outcome: editing.outcome, outcomeOn: editing.outcomeOn }
      : { caseId, target: defaultTarget, agencyName: defaultTarget === 'commune_committee' ? (defaultAgency ?? '') : '', referredOn: todayIso(), method: 'in_person' },
    createCommand: 'followUp.addReferral',
    updateCommand: 'followUp.updateReferral',
    editing,
    draft: false,
    invalidates: FOLLOW_UP_WRITES,
    onSaved: () => {
      void message.success(t('followUp.referral.saved'));
      onClose();
    },
  });
  const { control } = form;
  const text = (name: 'agencyName' | 'contact', placeholder: string, required = false) => (
    <FormField control={control} name={name} label={t(`followUp.referral.${name}`)} required={required}>
      {(field) => <Input {...field} value={textValue(field.value)} placeholder={placeholder} autoComplete="off" />}
    </FormField>
  );
  return (
    <FormDrawer open={open} title={editing ? t('followUp.referral.editTitle') : t('followUp.referral.createTitle')} onClose={onClose} width={620} {...drawerProps}>
      <Row gutter={16}>
        <Col span={24}>
          <FormField control={control} name="target" label={t('followUp.referral.target')} required>
            {(field) => (
              <SearchSelect<ReferralTarget>
                {...field}
                allowClear={false}
                value={field.value as ReferralTarget}
                options={REFERRAL_TARGETS.map((k) => ({ value: k, label: t(`followUp.referralTarget.${k}`) }))}
              />
            )}
          </FormField>
        </Col>
        <Col span={24}>{text('agencyName', t('followUp.referral.agencyPlaceholder'), true)}</Col>
        <Col xs={24} sm={12}>
          <FormField control={control} name="referredOn" label={t('followUp.referral.referredOn')} required>
            {(field) => <IsoDatePicker {...field} value={field.value as string | undefined} allowClear={false} />}
          </FormField>
        </Col>
        <Col xs={24} sm={12}>
          <FormField control={control} name="method" label={t('followUp.referral.method')} required>
            {(field) => (
              <SearchSelect<ReferralMethod>
                {...field}
                allowClear={false}
                value={field.value as ReferralMethod}
                options={REFERRAL_METHODS.map((k) => ({ value: k, label: t(`followUp.referralMethod.${k}`) }))}
              />
            )}
          </FormField>
        </Col>
        <Col span={24}>{text('contact', t('followUp.referral.contactPlaceholder'))}</Col>
        <Col xs={24} sm={16}>
          <FormField control={control} name="outcome" label={t('followUp.referral.outcome')}>
            {(field) => <Input.TextArea {...field} value={textValue(field.value)} placeholder={t('followUp.referral.outcomePlaceholder')} autoSize={{ minRows: 2, maxRows: 6 }} />}
          </FormField>
        </Col>
        <Col xs={24} sm={8}>
          <FormField control={control} name="outcomeOn" label={t('followUp.referral.outcomeOn')}>
            {(field) => <IsoDatePicker {...field} value={field.value as string | undefined} />}
          </FormField>
        </Col>
      </Row>
    </FormDrawer>
  );
}
