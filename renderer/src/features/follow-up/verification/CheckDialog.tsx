import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ESCALATION_STEPS, RecordCheckInput, type EscalationStep, type VerificationItem } from '../../../../../shared/schemas/verification';
import { FormField } from '../../../ui/FormField';
import { hasChanges } from '../../../ui/hasChanges';
import { textValue } from '../../../ui/inputs';
import { SearchSelect } from '../../../ui/SearchSelect';
import { useGuardedClose } from '../../../ui/unsaved/useConfirmDiscard';
import { useCommandMutation } from '../../../ui/useCommandMutation';
import { useZodForm } from '../../../ui/useZodForm';
import { VERIFICATION_WRITES } from '../queries';

interface CheckDialogProps {
  reinspectionId: string;
  row: VerificationItem;
  kept: boolean;
  label: string;
  onSaved: (saved: VerificationItem) => void;
  onClose: () => void;
}

/** The verdict on one commitment item: kept (evidence optional) or breached (evidence required, the next step proposed). */
export function CheckDialog({ reinspectionId, row, kept, label, onSaved, onClose }: CheckDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const form = useZodForm(RecordCheckInput, {
    reinspectionId,
    commitmentItemId: row.item.id,
    kept,
    evidence: row.check?.evidence ?? '',
    nextStep: kept ? undefined : (row.check?.nextStep ?? row.proposedStep),
  });
  const save = useCommandMutation('verification.record', {
    invalidates: VERIFICATION_WRITES,
    form: { setError: form.setError, fields: ['evidence', 'nextStep'] },
    onSuccess: onSaved,
  });
  const title = kept ? t('followUp.verification.keptTitle') : t('followUp.verification.breachedTitle');
  const cancel = useGuardedClose(true, hasChanges(form.formState.dirtyFields), title, onClose);
  const error = form.formState.errors.root?.server?.message;
  return (
    <Modal
      open
      title={title}
      onCancel={cancel}
      okText={kept ? t('followUp.verification.markKept') : t('followUp.verification.markBreached')}
      okButtonProps={{ htmlType: 'submit', form: formId, loading: save.isPending, danger: !kept }}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      <form id={formId} noValidate onSubmit={form.handleSubmit((values) => save.mutate(values))}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
          <Typography.Text type="secondary">{label}</Typography.Text>
        </Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Form component="div" layout="vertical">
          <FormField control={form.control} name="evidence" label={t('followUp.verification.evidence')} required={!kept}>
            {(field) => <Input.TextArea {...field} value={textValue(field.value)} placeholder={t('followUp.verification.evidencePlaceholder')} autoSize={{ minRows: 2, maxRows: 6 }} autoFocus />}
          </FormField>
          {!kept && (
            <FormField
              control={form.control}
              name="nextStep"
              label={t('followUp.verification.nextStep')}
              extra={[t('followUp.verification.proposed', { step: t(`followUp.escalation.${row.proposedStep}`) }), row.breachesBefore > 0 ? t('followUp.verification.breachesBefore', { count: row.breachesBefore }) : '']
                .filter(Boolean)
                .join(' · ')}
            >
              {(field) => (
                <SearchSelect<EscalationStep>
                  {...field}
                  allowClear={false}
                  value={field.value as EscalationStep | undefined}
                  options={ESCALATION_STEPS.map((s) => ({ value: s, label: t(`followUp.escalation.${s}`) }))}
                />
              )}
            </FormField>
          )}
        </Form>
      </form>
    </Modal>
  );
}
