import { App, Button, Form, Input, Modal, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ResetPasswordInput, type User } from '../../../../shared/schemas/auth';
import { FormField } from '../../ui/FormField';
import { textValue } from '../../ui/inputs';
import { useCommandMutation } from '../../ui/useCommandMutation';
import { useZodForm } from '../../ui/useZodForm';
import { temporaryPassword, USERS } from './queries';

/** A temporary password for an account whose owner forgot theirs; they must change it at the next sign-in. */
export function ResetPasswordDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const form = useZodForm(ResetPasswordInput, { id: user.id, temporaryPassword: temporaryPassword() });
  const reset = useCommandMutation('users.resetPassword', {
    invalidates: [USERS],
    form: { setError: form.setError, fields: ['temporaryPassword'] },
    onSuccess: () => {
      void message.success(t('users.resetDone', { name: user.fullName }));
      onClose();
    },
  });
  const error = form.formState.errors.root?.server?.message;
  return (
    <Modal
      open
      title={t('users.resetTitle', { name: user.fullName })}
      onCancel={onClose}
      okText={t('users.reset')}
      cancelText={t('common.cancel')}
      confirmLoading={reset.isPending}
      onOk={form.handleSubmit((values) => reset.mutate(values))}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('users.resetText')}</Typography.Paragraph>
      {error && <Typography.Paragraph type="danger">{error}</Typography.Paragraph>}
      <Form component="div" layout="vertical">
        <FormField control={form.control} name="temporaryPassword" label={t('users.field.temporaryPassword')} required extra={t('users.hint.temporaryPassword')}>
          {(f) => (
            <Space.Compact style={{ width: '100%' }}>
              <Input {...f} value={textValue(f.value)} autoComplete="off" spellCheck={false} style={{ fontFamily: '"Courier New", monospace' }} />
              <Button onClick={() => form.setValue('temporaryPassword', temporaryPassword(), { shouldValidate: true })}>{t('users.generate')}</Button>
            </Space.Compact>
          )}
        </FormField>
      </Form>
    </Modal>
  );
}
