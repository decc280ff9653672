import { Alert, Button, Form, Input, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import { RecoverInput, type AuthStatus } from '../../../../shared/schemas/auth';
import { call } from '../../api';
import { FormField } from '../../ui/FormField';
import { textValue } from '../../ui/inputs';
import { useZodForm } from '../../ui/useZodForm';
import { AuthLayout } from './AuthLayout';
import { showError } from './forms';

const FIELDS = ['recoveryKey', 'login', 'newPassword', 'newPasswordAgain'] as const;

/** «Quên mật khẩu?»: the recovery key opens the data and sets a new password for an account. */
export function RecoverScreen({ onBack, onDone }: { onBack: () => void; onDone: (status: AuthStatus) => void }) {
  const { t } = useTranslation();
  const schema = useMemo(
    () =>
      z
        .object({ ...RecoverInput.shape, newPasswordAgain: z.string() })
        .refine((v) => v.newPassword === v.newPasswordAgain, { path: ['newPasswordAgain'], message: t('auth.mismatch') }),
    [t],
  );
  const form = useZodForm(schema, { recoveryKey: '', login: '', newPassword: '', newPasswordAgain: '' });
  const { control, formState } = form;
  const submit = form.handleSubmit(async ({ newPasswordAgain: _, ...values }) => {
    try {
      onDone(await call('auth.recover', values));
    } catch (error) {
      showError(error, form.setError, FIELDS, t('common.unexpectedError'));
    }
  });
  return (
    <AuthLayout
      title={t('auth.recover.title')}
      width={560}
      footer={
        <Button type="link" onClick={onBack}>
          {t('auth.recover.back')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('auth.recover.intro')}</Typography.Paragraph>
      <form onSubmit={submit} noValidate aria-label={t('auth.recover.title')}>
        {formState.errors.root?.server && (
          <Alert role="alert" type="error" showIcon title={formState.errors.root.server.message} style={{ marginBottom: 16 }} />
        )}
        <Form component="div" layout="vertical">
          <FormField control={control} name="recoveryKey" label={t('auth.field.recoveryKey')} required extra={t('auth.hint.recoveryKey')}>
            {(f) => (
              <Input
                {...f}
                value={textValue(f.value)}
                size="large"
                placeholder={t('auth.placeholder.recoveryKey')}
                autoComplete="off"
                spellCheck={false}
                autoFocus
                style={{ fontFamily: '"Courier New", monospace', letterSpacing: 1 }}
              />
            )}
          </FormField>
          <FormField control={control} name="login" label={t('auth.field.login')} required>
            {(f) => <Input {...f} value={textValue(f.value)} autoComplete="username" spellCheck={false} />}
          </FormField>
          <FormField control={control} name="newPassword" label={t('auth.field.newPassword')} required extra={t('auth.hint.password')}>
            {(f) => <Input.Password {...f} value={textValue(f.value)} autoComplete="new-password" />}
          </FormField>
          <FormField control={control} name="newPasswordAgain" label={t('auth.field.newPasswordAgain')} required>
            {(f) => <Input.Password {...f} value={textValue(f.value)} autoComplete="new-password" />}
          </FormField>
        </Form>
        <Button type="primary" size="large" htmlType="submit" block loading={formState.isSubmitting}>
          {t('auth.recover.submit')}
        </Button>
      </form>
    </AuthLayout>
  );
}
