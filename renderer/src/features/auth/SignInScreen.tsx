import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoginInput, type AuthStatus } from '../../../../shared/schemas/auth';
import { call } from '../../api';
import { FormField } from '../../ui/FormField';
import { textValue } from '../../ui/inputs';
import { useZodForm } from '../../ui/useZodForm';
import { AuthLayout } from './AuthLayout';
import { showError } from './forms';
import { RecoverScreen } from './RecoverScreen';

const FIELDS = ['login', 'password'] as const;

/**
 * Sign-in. A wrong password gets the service's one message (it never says which of the two was
 * wrong); after five misses the service's wait is shown as it says it. «Quên mật khẩu?» leads
 * to the recovery key.
 */
export function SignInScreen({ status, onDone }: { status: AuthStatus; onDone: (status: AuthStatus) => void }) {
  const { t } = useTranslation();
  const [recovering, setRecovering] = useState(false);
  const form = useZodForm(LoginInput, { login: '', password: '' });
  const { control, formState } = form;
  const submit = form.handleSubmit(async (values) => {
    try {
      onDone(await call('auth.login', values));
    } catch (error) {
      form.resetField('password', { keepError: false });
      showError(error, form.setError, FIELDS, t('common.unexpectedError'));
    }
  });
  if (recovering) return <RecoverScreen onBack={() => setRecovering(false)} onDone={onDone} />;
  return (
    <AuthLayout
      title={t('auth.signIn.title')}
      footer={
        <Button type="link" onClick={() => setRecovering(true)}>
          {t('auth.signIn.forgot')}
        </Button>
      }
    >
      {status.unitName && <p style={{ marginTop: -8, marginBottom: 16, color: 'rgba(0,0,0,0.6)' }}>{t('auth.signIn.unit', { name: status.unitName })}</p>}
      <form onSubmit={submit} noValidate aria-label={t('auth.signIn.title')}>
        {formState.errors.root?.server && (
          <Alert role="alert" type="error" showIcon title={formState.errors.root.server.message} style={{ marginBottom: 16 }} />
        )}
        <Form component="div" layout="vertical">
          <FormField control={control} name="login" label={t('auth.field.login')} required>
            {(f) => <Input {...f} value={textValue(f.value)} size="large" autoComplete="username" spellCheck={false} autoFocus />}
          </FormField>
          <FormField control={control} name="password" label={t('auth.field.password')} required>
            {(f) => <Input.Password {...f} value={textValue(f.value)} size="large" autoComplete="current-password" />}
          </FormField>
        </Form>
        <Button type="primary" size="large" htmlType="submit" block loading={formState.isSubmitting}>
          {t('auth.signIn.submit')}
        </Button>
      </form>
    </AuthLayout>
  );
}
