import { LockOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { UnlockInput, type AuthStatus } from '../../../../shared/schemas/auth';
import { call } from '../../api';
import { FormField } from '../../ui/FormField';
import { textValue } from '../../ui/inputs';
import { useZodForm } from '../../ui/useZodForm';
import { AuthLayout } from './AuthLayout';
import { showError } from './forms';

/**
 * The lock: covers everything (the pages are unmounted and their data dropped); the signed-in
 * user's password opens the app again where it was, or another account signs in.
 */
export function LockScreen({ status, onDone, onSignOut, recheck }: { status: AuthStatus; onDone: (status: AuthStatus) => void; onSignOut: () => void; recheck: () => void }) {
  const { t } = useTranslation();
  const form = useZodForm(UnlockInput, { password: '' });
  const { control, formState } = form;
  const submit = form.handleSubmit(async (values) => {
    try {
      onDone(await call('auth.unlock', values));
    } catch (error) {
      form.resetField('password', { keepError: false });
      showError(error, form.setError, ['password'], t('common.unexpectedError'));
      // The session may be gone meanwhile (the app restarted, signed out elsewhere): the status says which screen.
      recheck();
    }
  });
  const name = status.user?.fullName ?? '';
  return (
    <AuthLayout
      title={t('auth.lock.title')}
      icon={<LockOutlined style={{ fontSize: 24, color: '#1f4e79' }} aria-hidden />}
      footer={
        <Button type="link" onClick={onSignOut}>
          {t('auth.lock.other')}
        </Button>
      }
    >
      <Typography.Paragraph>{t('auth.lock.text', { name })}</Typography.Paragraph>
      <form onSubmit={submit} noValidate aria-label={t('auth.lock.title')}>
        {formState.errors.root?.server && (
          <Alert role="alert" type="error" showIcon title={formState.errors.root.server.message} style={{ marginBottom: 16 }} />
        )}
        {/* The login lets the browser's password manager find the right entry. */}
        <input type="text" name="username" autoComplete="username" value={status.user?.login ?? ''} readOnly hidden />
        <Form component="div" layout="vertical">
          <FormField control={control} name="password" label={t('auth.field.password')} required>
            {(f) => <Input.Password {...f} value={textValue(f.value)} size="large" autoComplete="current-password" autoFocus />}
          </FormField>
        </Form>
        <Button type="primary" size="large" htmlType="submit" block loading={formState.isSubmitting}>
          {t('auth.lock.submit')}
        </Button>
      </form>
    </AuthLayout>
  );
}
