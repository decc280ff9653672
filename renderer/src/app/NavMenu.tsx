import { BarChartOutlined, CalendarOutlined, DashboardOutlined, HomeOutlined, SettingOutlined, TeamOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { FileDoneOutlined, FileSearchOutlined } from '@ant-design/icons';
import { AuditOutlined, BookOutlined, FieldTimeOutlined } from '@ant-design/icons';
import { SwapOutlined, WarningOutlined } from '@ant-design/icons';
import { SafetyOutlined, SaveOutlined } from '@ant-design/icons';
import { Badge, Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useCan } from '../ui/session';
import { useOpenConflictCount } from '../features/exchange/queries';
import { TodoNavIcon, TodoNavLabel } from '../features/todo/TodoNavIcon';

/** The sections; «Tài khoản» only for the roles that manage accounts. */
export function NavMenu() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const section = `/${useLocation().pathname.split('/')[1] ?? ''}`;
  const manageUsers = useCan('users.list');
  const readAccessLog = useCan('audit.childAccess');
  const manageRetention = useCan('retention.preview');
  const manageBackups = useCan('backup.overview');
  // The conflict inbox stays in sight, with its count, until it is empty (exchange.md §8).
  const openConflicts = useOpenConflictCount();
  const items: MenuProps['items'] = [
    // What is due comes first (issue 11), with its count.
    { key: '/todo', icon: <TodoNavIcon />, label: <TodoNavLabel /> },
    { key: '/', icon: <DashboardOutlined aria-hidden />, label: t('dashboard.title') },
    { key: '/establishments', icon: <HomeOutlined aria-hidden />, label: t('nav.establishments') },
    { key: '/plans', icon: <CalendarOutlined aria-hidden />, label: t('plans.nav') },
    { key: '/inspections', icon: <FileSearchOutlined aria-hidden />, label: t('inspections.nav') },
    { key: '/commitments', icon: <FileDoneOutlined aria-hidden />, label: t('inspections.due.nav') },
    { key: '/cases', icon: <SafetyOutlined aria-hidden />, label: t('followUp.cases.nav') },
    { key: '/reports', icon: <BarChartOutlined aria-hidden />, label: t('reports.nav') },
    { key: '/directory', icon: <TeamOutlined aria-hidden />, label: t('nav.directory') },
    { key: '/catalogue', icon: <BookOutlined aria-hidden />, label: t('catalogue.nav') },
    { key: '/exchange', icon: <SwapOutlined aria-hidden />, label: t('exchange.nav') },
    {
      key: '/conflicts',
      icon: <WarningOutlined aria-hidden />,
      label: (
        <span>
          {t('exchange.inbox.nav')} <Badge count={openConflicts} size="small" />
        </span>
      ),
    },
    { type: 'divider' },
    ...(manageUsers ? [{ key: '/users', icon: <UserSwitchOutlined aria-hidden />, label: t('users.nav') }] : []),
    ...(readAccessLog ? [{ key: '/access-log', icon: <AuditOutlined aria-hidden />, label: t('privacy.accessLog.nav') }] : []),
    ...(manageRetention ? [{ key: '/retention', icon: <FieldTimeOutlined aria-hidden />, label: t('privacy.retention.nav') }] : []),
    ...(manageBackups ? [{ key: '/backup', icon: <SaveOutlined aria-hidden />, label: t('backup.nav') }] : []),
    { key: '/settings', icon: <SettingOutlined aria-hidden />, label: t('nav.settings') },
  ];
  return (
    <Menu
      mode="inline"
      selectedKeys={[section]}
      items={items}
      onClick={({ key }) => navigate(key)}
      style={{ borderInlineEnd: 'none', paddingTop: 12 }}
    />
  );
}
