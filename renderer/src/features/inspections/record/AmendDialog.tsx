import { Alert, Checkbox, Form, Input, Modal } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AmendInput } from '../../../../../shared/schemas/inspection';
import { FormField } from '../../../ui/FormField';
import { hasChanges } from '../../../ui/hasChanges';
import { textValue } from '../../../ui/inputs';
import { useGuardedClose } from '../../../ui/unsaved/useConfirmDiscard';
import { useCommandMutation } from '../../../ui/useCommandMutation';
import { useZodForm } from '../../../ui/useZodForm';
import { INSPECTIONS } from '../queries';

interface AmendDialogProps {
  open: boolean;
  inspectionId: string;
  onClose: () => void;
}

/** Reopens a finalised record for a correction; the reason is required and kept with the record. */
export function AmendDialog({ open, inspectionId, onClose }: AmendDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const form = useZodForm(AmendInput, { id: inspectionId, reason: '', refreshEstablishment: false });
  const amend = useCommandMutation('inspections.amend', {
    invalidates: [INSPECTIONS],
    form: { setError: form.setError, fields: ['reason', 'refreshEstablishment'] },
    onSuccess: onClose,
  });
  const formError = form.formState.errors.root?.server?.message;
  const cancel = useGuardedClose(open, hasChanges(form.formState.dirtyFields), t('inspections.amend.title'), onClose);
  return (
    <Modal
      open={open}
      title={t('inspections.amend.title')}
      onCancel={cancel}
      okText={t('inspections.amend.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', form: formId, loading: amend.isPending }}
    >
      <form id={formId} noValidate onSubmit={form.handleSubmit((values) => amend.mutate(values))}>
        <p>{t('inspections.amend.text')}</p>
        {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} />}
        <Form component="div" layout="vertical">
          <FormField control={form.control} name="reason" label={t('inspections.amend.reason')} required>
            {(field) => <Input.TextArea {...field} value={textValue(field.value)} autoSize={{ minRows: 3, maxRows: 6 }} autoFocus placeholder={t('inspections.amend.reasonPlaceholder')} />}
          </FormField>
          {/* The reports count the establishment as it was at finalisation, unless the correction is about that. */}
          <FormField control={form.control} name="refreshEstablishment" label={t('inspections.amend.establishment')} extra={t('inspections.amend.refreshHint')}>
            {(field) => (
              <Checkbox id={field.id} checked={Boolean(field.value)} onChange={(e) => field.onChange(e.target.checked)}>
                {t('inspections.amend.refresh')}
              </Checkbox>
            )}
          </FormField>
        </Form>
      </form>
    </Modal>
  );
}
