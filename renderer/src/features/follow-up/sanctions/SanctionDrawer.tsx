import { App, Col, Input, Row, Switch } from 'antd';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SanctionCreateInput, type SanctionDecision } from '../../../../../shared/schemas/verification';
import { FormDrawer } from '../../../ui/FormDrawer';
import { FormField } from '../../../ui/FormField';
import { textValue } from '../../../ui/inputs';
import { useRecordForm } from '../../../ui/useRecordForm';
import { todayIso } from '../../inspections/format';
import { AmountInput } from '../../inspections/inputs/AmountInput';
import { IsoDatePicker } from '../../inspections/inputs/IsoDatePicker';
import { VERIFICATION_WRITES } from '../queries';

interface SanctionDrawerProps {
  inspectionId: string;
  open: boolean;
  onClose: () => void;
  editing?: SanctionDecision;
  /** The proposed fine of the record, offered as the amount. */
  proposedFine: number;
}

/** A sanction decision: number, date, who issued it, the amount decided, paid or not and when. */
export function SanctionDrawer({ inspectionId, open, onClose, editing, proposedFine }: SanctionDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { form, drawerProps } = useRecordForm({
    schema: SanctionCreateInput,
    values: editing
      ? { inspectionId, number: editing.number, decidedOn: editing.decidedOn, issuedBy: editing.issuedBy, amount: editing.amount, paid: editing.paid, paidOn: editing.paidOn }
      : { inspectionId, number: '', decidedOn: todayIso(), amount: proposedFine || undefined, paid: false },
    createCommand: 'sanctions.create',
    updateCommand: 'sanctions.update',
    editing,
    draft: false,
    invalidates: VERIFICATION_WRITES,
    onSaved: (saved) => {
      void message.success(t('followUp.sanctions.saved', { number: saved.number }));
      onClose();
    },
  });
  const { control } = form;
  const paid = useWatch({ control, name: 'paid' });
  return (
    <FormDrawer
      open={open}
      title={editing ? t('followUp.sanctions.editTitle', { number: editing.number }) : t('followUp.sanctions.createTitle')}
      onClose={onClose}
      width={560}
      {...drawerProps}
    >
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <FormField control={control} name="number" label={t('followUp.sanctions.number')} required>
            {(field) => <Input {...field} value={textValue(field.value)} placeholder={t('followUp.sanctions.numberPlaceholder')} autoComplete="off" />}
          </FormField>
        </Col>
        <Col xs={24} sm={12}>
          <FormField control={control} name="decidedOn" label={t('followUp.sanctions.decidedOn')} required>
            {(field) => <IsoDatePicker {...field} value={field.value as string | undefined} allowClear={false} />}
          </FormField>
        </Col>
        <Col span={24}>
          <FormField control={control} name="issuedBy" label={t('followUp.sanctions.issuedBy')}>
            {(field) => <Input {...field} value={textValue(field.value)} autoComplete="off" />}
          </FormField>
        </Col>
        <Col xs={24} sm={12}>
          <FormField control={control} name="amount" label={t('followUp.sanctions.amount')} required>
            {(field) => <AmountInput {...field} value={field.value as number | undefined} />}
          </FormField>
        </Col>
        <Col xs={12} sm={5}>
          <FormField control={control} name="paid" label={t('followUp.sanctions.paid')}>
            {(field) => (
              <Switch
                id={field.id}
                checked={Boolean(field.value)}
                onChange={(checked) => {
                  field.onChange(checked);
                  if (!checked) form.setValue('paidOn', undefined, { shouldDirty: true });
                }}
              />
            )}
          </FormField>
        </Col>
        <Col xs={12} sm={7}>
          <FormField control={control} name="paidOn" label={t('followUp.sanctions.paidOn')}>
            {(field) => <IsoDatePicker {...field} value={field.value as string | undefined} disabled={!paid} />}
          </FormField>
        </Col>
      </Row>
    </FormDrawer>
  );
}
