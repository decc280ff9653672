import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SetCommitmentItemStatusInput, type CommitmentItem } from '../../../../../shared/schemas/inspection';
import { useCommandMutation } from '../../../ui/useCommandMutation';
import { FormField } from '../../../ui/FormField';
import { hasChanges } from '../../../ui/hasChanges';
import { textValue } from '../../../ui/inputs';
import { useGuardedClose } from '../../../ui/unsaved/useConfirmDiscard';
import { useZodForm } from '../../../ui/useZodForm';
import { todayIso } from '../format';
import { IsoDatePicker } from '../inputs/IsoDatePicker';
import { INSPECTIONS } from '../queries';

interface ItemStatusDialogProps {
  item: CommitmentItem;
  /** "Hộ ông Đức: Lập sổ theo dõi…" */
  label: string;
  status: 'fulfilled' | 'breached';
  onSaved: (saved: CommitmentItem) => void;
  onClose: () => void;
}

/** "Đã thực hiện" or "Vi phạm cam kết": on which day, and on what evidence. */
export function ItemStatusDialog({ item, label, status, onSaved, onClose }: ItemStatusDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const form = useZodForm(SetCommitmentItemStatusInput, { id: item.id, status, statusDate: todayIso(), note: item.note ?? '' });
  const save = useCommandMutation('commitments.setItemStatus', {
    invalidates: [INSPECTIONS],
    form: { setError: form.setError, fields: ['statusDate', 'note'] },
    onSuccess: onSaved,
  });
  const error = form.formState.errors.root?.server?.message;
  const title = t(`inspections.commitment.dialog.${status}Title`);
  const cancel = useGuardedClose(true, hasChanges(form.formState.dirtyFields), title, onClose);
  return (
    <Modal
      open
      title={title}
      onCancel={cancel}
      okText={t(`inspections.commitment.dialog.${status}Ok`)}
      okButtonProps={{ htmlType: 'submit', form: formId, loading: save.isPending, danger: status === 'breached' }}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      <form id={formId} noValidate onSubmit={form.handleSubmit((values) => save.mutate(values))} onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLElement).closest('.ant-picker') && e.preventDefault()}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
          <Typography.Text type="secondary">{label}</Typography.Text>
        </Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Form component="div" layout="vertical">
          <FormField control={form.control} name="statusDate" label={t(`inspections.commitment.dialog.${status}Date`)} required>
            {(field) => <IsoDatePicker {...field} value={field.value as string | undefined} allowClear={false} style={{ width: 200 }} />}
          </FormField>
          <FormField control={form.control} name="note" label={t('inspections.commitment.dialog.note')} extra={t(`inspections.commitment.dialog.${status}Hint`)}>
            {(field) => <Input.TextArea {...field} value={textValue(field.value)} autoSize={{ minRows: 2, maxRows: 6 }} autoFocus />}
          </FormField>
        </Form>
      </form>
    </Modal>
  );
}
