import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SetStatusInput, type Plan, type PlanStatus } from '../../../../../shared/schemas/plan';
import { FormField } from '../../../ui/FormField';
import { hasChanges } from '../../../ui/hasChanges';
import { textValue } from '../../../ui/inputs';
import { useGuardedClose } from '../../../ui/unsaved/useConfirmDiscard';
import { useCommandMutation } from '../../../ui/useCommandMutation';
import { useZodForm } from '../../../ui/useZodForm';
import { PLANS } from '../queries';

interface StatusChangeModalProps {
  open: boolean;
  plan: Plan;
  /** The status the user asked for. */
  to: PlanStatus;
  onClose: () => void;
}

/**
 * Confirms a workflow step with an optional note. A refusal by the service (e.g. no team
 * leader at approval) stays in the dialog, in the service's words, until the user cancels.
 */
export function StatusChangeModal({ open, plan, to, onClose }: StatusChangeModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const form = useZodForm(SetStatusInput, { id: plan.id, status: to, note: '' });
  const change = useCommandMutation('plans.setStatus', {
    invalidates: [PLANS],
    form: { setError: form.setError, fields: ['note'] },
    onSuccess: () => {
      void message.success(t('plans.transition.done', { status: t(`plans.status.${to}`) }));
      onClose();
    },
  });
  const submit = form.handleSubmit((values) => change.mutate(values));
  const refusal = form.formState.errors.root?.server?.message;
  const cancel = useGuardedClose(open, hasChanges(form.formState.dirtyFields), t(`plans.transition.confirm.${to}`), onClose);

  return (
    <Modal
      open={open}
      title={t(`plans.transition.confirm.${to}`)}
      okText={t(`plans.transition.action.${to}`)}
      okButtonProps={{ danger: to === 'cancelled', loading: change.isPending }}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      onCancel={cancel}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t(`plans.transition.explain.${to}`)}</Typography.Paragraph>
      {refusal && <Alert type="error" showIcon title={refusal} style={{ marginBottom: 16 }} />}
      <Form component="div" layout="vertical">
        <FormField control={form.control} name="note" label={t('plans.transition.note')}>
          {(field) => <Input.TextArea {...field} value={textValue(field.value)} autoSize={{ minRows: 2, maxRows: 5 }} placeholder={t('plans.transition.notePlaceholder')} />}
        </FormField>
      </Form>
    </Modal>
  );
}
