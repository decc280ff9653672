import { Alert, Form, Input, Modal, Radio } from 'antd';
import { useId } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CaseCloseInput, CaseReopenInput, CLOSURE_REASONS, type CaseDetail, type ClosureReason } from '../../../../../shared/schemas/follow-up';
import { FormField } from '../../../ui/FormField';
import { hasChanges } from '../../../ui/hasChanges';
import { textValue } from '../../../ui/inputs';
import { useCanExportChildDetails } from '../../../ui/session';
import { useGuardedClose } from '../../../ui/unsaved/useConfirmDiscard';
import { useCommandMutation } from '../../../ui/useCommandMutation';
import { useZodForm } from '../../../ui/useZodForm';
import { keepEnterInPickers } from '../../../ui/FormDrawer';
import { todayIso } from '../../inspections/format';
import { IsoDatePicker } from '../../inspections/inputs/IsoDatePicker';
import { FOLLOW_UP_WRITES } from '../queries';

interface DialogProps {
  detail: CaseDetail;
  onDone: () => void;
  onClose: () => void;
}

/**
 * "Kết thúc theo dõi": the date and the reason; with fewer than two visits only an exception
 * closes the case, with its written reason (the service checks the same rule).
 */
export function CloseCaseDialog({ detail, onDone, onClose }: DialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  // An exception is a leader's decision (the service refuses it to others).
  const leader = useCanExportChildDetails();
  const form = useZodForm(CaseCloseInput, {
    id: detail.id,
    expectedVersion: detail.version,
    closedOn: todayIso(),
    reason: detail.closableWithoutException || !leader ? undefined : 'exception',
    note: '',
  });
  const save = useCommandMutation('followUp.closeCase', {
    invalidates: FOLLOW_UP_WRITES,
    form: { setError: form.setError, fields: ['closedOn', 'reason', 'note'] },
    onSuccess: onDone,
  });
  const reason = useWatch({ control: form.control, name: 'reason' });
  const exception = reason === 'exception';
  const error = form.formState.errors.root?.server?.message;
  const cancel = useGuardedClose(true, hasChanges(form.formState.dirtyFields), t('followUp.closure.title'), onClose);
  return (
    <Modal
      open
      width={600}
      title={t('followUp.closure.title')}
      onCancel={cancel}
      okText={t('followUp.closure.ok')}
      okButtonProps={{ htmlType: 'submit', form: formId, loading: save.isPending }}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      <form id={formId} noValidate onSubmit={form.handleSubmit((values) => save.mutate(values))} onKeyDown={keepEnterInPickers}>
        {!detail.closableWithoutException && <Alert type="warning" showIcon title={t('followUp.closure.fewVisits', { count: detail.visitCount })} style={{ marginBottom: 12 }} />}
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Form component="div" layout="vertical">
          <FormField control={form.control} name="closedOn" label={t('followUp.closure.closedOn')} required>
            {(field) => <IsoDatePicker {...field} value={field.value as string | undefined} allowClear={false} style={{ width: 200 }} />}
          </FormField>
          <FormField control={form.control} name="reason" label={t('followUp.closure.reason')} required>
            {(field) => (
              <Radio.Group
                id={field.id}
                aria-label={t('followUp.closure.reason')}
                value={field.value as ClosureReason | undefined}
                onChange={(e) => field.onChange(e.target.value as ClosureReason)}
                style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
                options={CLOSURE_REASONS.map((k) => ({
                  value: k,
                  label: k === 'exception' && !leader ? `${t(`followUp.closureReason.${k}`)} — ${t('followUp.closure.leadersOnly')}` : t(`followUp.closureReason.${k}`),
                  disabled: k === 'exception' ? !leader : !detail.closableWithoutException,
                }))}
              />
            )}
          </FormField>
          <FormField
            control={form.control}
            name="note"
            label={exception ? t('followUp.closure.exceptionNote') : t('followUp.closure.note')}
            required={exception}
            extra={exception ? t('followUp.closure.exceptionHint') : undefined}
          >
            {(field) => <Input.TextArea {...field} value={textValue(field.value)} autoSize={{ minRows: 2, maxRows: 6 }} />}
          </FormField>
        </Form>
      </form>
    </Modal>
  );
}

/** "Mở lại": why the case is followed again. */
export function ReopenCaseDialog({ detail, onDone, onClose }: DialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const form = useZodForm(CaseReopenInput, { id: detail.id, expectedVersion: detail.version, reason: '' });
  const save = useCommandMutation('followUp.reopenCase', {
    invalidates: FOLLOW_UP_WRITES,
    form: { setError: form.setError, fields: ['reason'] },
    onSuccess: onDone,
  });
  const error = form.formState.errors.root?.server?.message;
  const cancel = useGuardedClose(true, hasChanges(form.formState.dirtyFields), t('followUp.closure.reopenTitle'), onClose);
  return (
    <Modal
      open
      title={t('followUp.closure.reopenTitle')}
      onCancel={cancel}
      okText={t('followUp.closure.reopenOk')}
      okButtonProps={{ htmlType: 'submit', form: formId, loading: save.isPending }}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      <form id={formId} noValidate onSubmit={form.handleSubmit((values) => save.mutate(values))}>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Form component="div" layout="vertical">
          <FormField control={form.control} name="reason" label={t('followUp.closure.reopenReason')} required>
            {(field) => <Input.TextArea {...field} value={textValue(field.value)} autoSize={{ minRows: 2, maxRows: 6 }} autoFocus />}
          </FormField>
        </Form>
      </form>
    </Modal>
  );
}
