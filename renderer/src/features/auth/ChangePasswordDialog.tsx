import { App, Button, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuthStatus } from '../../../../shared/schemas/auth';
import { ChangePasswordForm } from './ChangePasswordForm';

/** «Đổi mật khẩu» from the user menu. */
export function ChangePasswordDialog({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: (status: AuthStatus) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <Modal open={open} title={t('auth.changePassword.title')} onCancel={onClose} footer={null} destroyOnHidden width={480}>
      <ChangePasswordForm
        onDone={(status) => {
          onDone(status);
          onClose();
          void message.success(t('auth.changePassword.done'));
        }}
        extraButton={<Button onClick={onClose}>{t('common.cancel')}</Button>}
      />
    </Modal>
  );
}
