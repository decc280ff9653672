import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuthStatus } from '../../../../shared/schemas/auth';
import { AuthLayout } from './AuthLayout';
import { ChangePasswordForm } from './ChangePasswordForm';

/** First sign-in with a temporary password: the user chooses their own before anything else. */
export function ChangePasswordScreen({ status, onDone, onSignOut }: { status: AuthStatus; onDone: (status: AuthStatus) => void; onSignOut: () => void }) {
  const { t } = useTranslation();
  return (
    <AuthLayout
      title={t('auth.changePassword.mustTitle')}
      width={500}
      footer={
        <Button type="link" onClick={onSignOut}>
          {t('auth.menu.signOut')}
        </Button>
      }
    >
      <Alert type="info" showIcon title={status.user?.fullName} description={t('auth.changePassword.mustText')} style={{ marginBottom: 20 }} />
      <ChangePasswordForm onDone={onDone} />
    </AuthLayout>
  );
}
