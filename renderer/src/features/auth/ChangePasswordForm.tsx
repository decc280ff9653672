import { Alert, Button, Flex, Form, Input } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod';
import { ChangePasswordInput, Password, type AuthStatus } from '../../../../shared/schemas/auth';
import { call } from '../../api';
import { FormField } from '../../ui/FormField';
import { textValue } from '../../ui/inputs';
import { useZodForm } from '../../ui/useZodForm';
import { showError } from './forms';

const FIELDS = ['currentPassword', 'newPassword', 'newPasswordAgain'] as const;

/** Current password, new one twice (the service refuses a new one equal to the current); used by the first-sign-in screen and by the user menu's dialog. */
export function ChangePasswordForm({ onDone, extraButton }: { onDone: (status: AuthStatus) => void; extraButton?: ReactNode }) {
  const { t } = useTranslation();
  const schema = useMemo(
    () =>
      z
        .object({ currentPassword: ChangePasswordInput.shape.currentPassword, newPassword: Password, newPasswordAgain: z.string() })
        .refine((v) => v.newPassword === v.newPasswordAgain, { path: ['newPasswordAgain'], message: t('auth.mismatch') }),
    [t],
  );
  const form = useZodForm(schema, { currentPassword: '', newPassword: '', newPasswordAgain: '' });
  const { control, formState } = form;
  const submit = form.handleSubmit(async ({ newPasswordAgain: _, ...values }) => {
    try {
      onDone(await call('auth.changePassword', values));
    } catch (error) {
      showError(error, form.setError, FIELDS, t('common.unexpectedError'));
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label={t('auth.changePassword.title')}>
      {formState.errors.root?.server && <Alert role="alert" type="error" showIcon title={formState.errors.root.server.message} style={{ marginBottom: 16 }} />}
      <Form component="div" layout="vertical">
        <FormField control={control} name="currentPassword" label={t('auth.field.currentPassword')} required>
          {(f) => <Input.Password {...f} value={textValue(f.value)} autoComplete="current-password" autoFocus />}
        </FormField>
        <FormField control={control} name="newPassword" label={t('auth.field.newPassword')} required extra={t('auth.hint.password')}>
          {(f) => <Input.Password {...f} value={textValue(f.value)} autoComplete="new-password" />}
        </FormField>
        <FormField control={control} name="newPasswordAgain" label={t('auth.field.newPasswordAgain')} required>
          {(f) => <Input.Password {...f} value={textValue(f.value)} autoComplete="new-password" />}
        </FormField>
      </Form>
      <Flex justify="end" gap={8}>
        {extraButton}
        <Button type="primary" htmlType="submit" loading={formState.isSubmitting}>
          {t('auth.changePassword.submit')}
        </Button>
      </Flex>
    </form>
  );
}
