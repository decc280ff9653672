import { KeyOutlined, LockOutlined, PlusOutlined, UnlockOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../shared/schemas/auth';
import { ROLES, type Role } from '../../../../shared/schemas/user';
import { formatDateTime } from '../../i18n/locale';
import { ExportButton } from '../../ui/ExportButton';
import type { ExportColumn } from '../../ui/listExport';
import { PageHeader } from '../../ui/PageHeader';
import { byDate, byNumber, byText } from '../../ui/sorters';
import { QueryError } from '../../ui/QueryError';
import { useSession } from '../../ui/session';
import { useCommandMutation } from '../../ui/useCommandMutation';
import { useDrawerState } from '../../ui/useDrawerState';
import { useUsers, USERS } from './queries';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { RoleSelect } from './RoleSelect';
import { UserFormDrawer } from './UserFormDrawer';

const HELP_KEYS = { admin: 'users.helpAdmin', leader: 'users.helpLeader', member: 'users.helpMember', viewer: 'users.helpViewer' } as const;

/** The admin's accounts: create one for an official, change a role, lock or unlock, set a temporary password. */
export function UsersPage() {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const session = useSession();
  const users = useUsers();
  const drawer = useDrawerState();
  const [resetting, setResetting] = useState<User>();
  const update = useCommandMutation('users.update', { invalidates: [USERS] });

  const changeRole = (user: User, role: Role) =>
    modal.confirm({
      title: t('users.roleConfirm', { name: user.fullName, role: t(`auth.role.${role}`) }),
      content: user.id === session.user.id && role !== 'admin' ? t('users.roleSelf') : undefined,
      okText: t('common.save'),
      cancelText: t('common.cancel'),
      onOk: () =>
        update.mutateAsync({ id: user.id, expectedVersion: user.version, role }).then(() => {
          void message.success(t('users.roleDone', { name: user.fullName, role: t(`auth.role.${role}`) }));
          if (user.id === session.user.id) void session.refresh();
        }, () => undefined),
    });

  const setDisabled = (user: User, disabled: boolean) => {
    const run = () =>
      update.mutateAsync({ id: user.id, expectedVersion: user.version, disabled }).then(() => {
        void message.success(t(disabled ? 'users.disableDone' : 'users.enableDone', { name: user.fullName }));
      }, () => undefined);
    if (!disabled) return void run();
    modal.confirm({
      title: t('users.disableConfirm', { name: user.fullName }),
      content: t('users.disableText'),
      okText: t('users.disable'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: run,
    });
  };

  const columns: ColumnsType<User> = [
    {
      title: t('users.column.name'),
      key: 'name',
      minWidth: 200,
      sorter: byText((u: User) => u.fullName.split(' ').pop() + ' ' + u.fullName),
      render: (_, u) => (
        <Flex vertical gap={2}>
          <span style={{ fontWeight: 500 }}>
            {u.fullName} {u.id === session.user.id && <Tag style={{ marginInlineStart: 6 }}>{t('users.you')}</Tag>}
          </span>
          <Typography.Text type="secondary" style={{ fontSize: 12.5 }}>
            {u.agencyName}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('users.column.login'), dataIndex: 'login', key: 'login', width: 140, sorter: byText((u: User) => u.login), render: (login: string) => <code>{login}</code> },
    {
      title: t('users.column.role'),
      key: 'role',
      width: 170,
      sorter: byNumber((u: User) => ROLES.indexOf(u.role)),
      render: (_, u) => (
        <RoleSelect
          aria-label={t('users.roleLabel', { name: u.fullName })}
          value={u.role}
          onChange={(role) => changeRole(u, role)}
          style={{ width: 150 }}
          disabled={u.disabled}
        />
      ),
    },
    {
      title: t('users.column.state'),
      key: 'state',
      width: 190,
      sorter: byDate((u: User) => u.lastLoginAt),
      render: (_, u) => (
        <Flex vertical gap={4} align="flex-start">
          {u.disabled ? (
            <Tag color="red">{t('users.state.disabled')}</Tag>
          ) : u.mustChangePassword ? (
            <Tag color="gold">{t('users.state.mustChange')}</Tag>
          ) : (
            <Tag color="green">{t('users.state.active')}</Tag>
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12.5 }}>
            {u.lastLoginAt ? t('users.lastLogin', { at: formatDateTime(u.lastLoginAt) }) : t('users.never')}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 240,
      render: (_, u) => {
        const self = u.id === session.user.id;
        return (
          <Flex gap={4}>
            <Button size="small" type="text" icon={<KeyOutlined aria-hidden />} onClick={() => setResetting(u)} aria-label={t('users.resetLabel', { name: u.fullName })}>
              {t('users.reset')}
            </Button>
            {u.disabled ? (
              <Button size="small" type="text" icon={<UnlockOutlined aria-hidden />} onClick={() => setDisabled(u, false)} aria-label={t('users.enableLabel', { name: u.fullName })}>
                {t('users.enable')}
              </Button>
            ) : (
              <Tooltip title={self ? t('users.selfHint') : undefined}>
                <Button
                  size="small"
                  type="text"
                  danger
                  disabled={self}
                  icon={<LockOutlined aria-hidden />}
                  onClick={() => setDisabled(u, true)}
                  aria-label={t('users.disableLabel', { name: u.fullName })}
                >
                  {t('users.disable')}
                </Button>
              </Tooltip>
            )}
          </Flex>
        );
      },
    },
  ];

  const stateOf = (u: User) => (u.disabled ? t('users.state.disabled') : u.mustChangePassword ? t('users.state.mustChange') : t('users.state.active'));
  const exportColumns: ExportColumn<User>[] = [
    { title: t('users.column.name'), value: (u) => u.fullName },
    { title: t('directory.officialField.agencyId'), value: (u) => u.agencyName },
    { title: t('users.column.login'), value: (u) => u.login },
    { title: t('users.column.role'), value: (u) => t(`auth.role.${u.role}`) },
    { title: t('users.column.state'), value: stateOf },
    { title: t('users.column.lastLogin'), value: (u) => (u.lastLoginAt ? formatDateTime(u.lastLoginAt) : t('users.never')) },
  ];

  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={t('users.description')}
        extra={
          <>
            <ExportButton title={t('users.exportTitle')} columns={exportColumns} rows={users.data ?? []} disabled={!users.data?.length} />
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => drawer.show()} disabled={!users.data}>
              {t('users.add')}
            </Button>
          </>
        }
      />
      <Card>
        {users.isError ? (
          <QueryError error={users.error} onRetry={() => void users.refetch()} />
        ) : (
          <Table<User>
            rowKey="id"
            size="middle"
            loading={users.isFetching}
            dataSource={users.data}
            columns={columns}
            scroll={{ x: 880 }}
            showSorterTooltip={false}
            pagination={false}
            rowClassName={(u) => (u.disabled ? 'row-deleted' : '')}
            locale={{ emptyText: users.isPending ? ' ' : t('users.empty') }}
          />
        )}
      </Card>
      <Card size="small" title={t('users.roles')} style={{ marginTop: 16, maxWidth: 900 }}>
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {ROLES.map((role) => (
            <li key={role} style={{ marginBottom: 4 }}>
              <Typography.Text strong>{t(`auth.role.${role}`)}</Typography.Text>: {t(HELP_KEYS[role])}
            </li>
          ))}
        </ul>
      </Card>
      {users.data && <UserFormDrawer key={drawer.key} open={drawer.open} onClose={drawer.close} users={users.data} />}
      {resetting && <ResetPasswordDialog user={resetting} onClose={() => setResetting(undefined)} />}
    </>
  );
}
