import { DownOutlined, KeyOutlined, LockOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown, Flex, Typography, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../ui/session';
import { forgetUnsaved, hasUnsaved, unsavedLabels } from '../ui/unsaved/unsavedStore';
import { useConfirmDiscard } from '../ui/unsaved/useConfirmDiscard';

/** Who is signed in, with what role; change the password, lock the screen, sign out. */
export function UserMenu() {
  const { t } = useTranslation();
  const session = useSession();
  const { user } = session;
  const confirmDiscard = useConfirmDiscard();
  // Signing out leaves every form: ask first when one holds unsaved changes.
  const signOut = () => {
    if (!hasUnsaved()) return void session.signOut();
    confirmDiscard({
      forms: unsavedLabels(),
      onDiscard: () => {
        forgetUnsaved();
        void session.signOut();
      },
    });
  };
  const items: MenuProps['items'] = [
    { key: 'password', icon: <KeyOutlined aria-hidden />, label: t('auth.menu.changePassword'), onClick: session.changePassword },
    { key: 'lock', icon: <LockOutlined aria-hidden />, label: t('auth.menu.lock'), onClick: session.lock },
    { type: 'divider' },
    { key: 'signOut', icon: <LogoutOutlined aria-hidden />, label: t('auth.menu.signOut'), onClick: signOut },
  ];
  return (
    <Dropdown menu={{ items }} trigger={['click']} placement="bottomRight">
      <Button type="text" aria-label={t('auth.menu.label', { name: user.fullName })} style={{ height: 48, paddingInline: 8, color: '#ffffff' }}>
        <Flex align="center" gap={10}>
          <Avatar size={34} icon={<UserOutlined aria-hidden />} style={{ background: 'rgba(255,255,255,0.18)' }} />
          <Flex vertical align="flex-start" style={{ lineHeight: 1.25 }}>
            <Typography.Text strong style={{ color: '#ffffff', fontSize: 14 }}>
              {user.fullName}
            </Typography.Text>
            <Typography.Text style={{ color: 'rgba(255,255,255,0.75)', fontSize: 12.5 }} data-testid="user-role">
              {t(`auth.role.${user.role}`)}
            </Typography.Text>
          </Flex>
          <DownOutlined aria-hidden style={{ fontSize: 11, color: 'rgba(255,255,255,0.75)' }} />
        </Flex>
      </Button>
    </Dropdown>
  );
}
