import { App as AntApp, Layout } from 'antd';
import { Outlet } from 'react-router';
import { ConflictDialogProvider } from '../ui/conflict/ConflictDialog';
import { NavigationGuard } from '../ui/unsaved/NavigationGuard';
import { AppHeader } from './AppHeader';
import { NavMenu } from './NavMenu';

/**
 * Header, left menu and the current page. antd's App sits inside the router so notices may contain links;
 * the conflict dialog inside it, so any edit form can open it.
 */
export function AppShell() {
  return (
    <AntApp>
      <ConflictDialogProvider>
        <NavigationGuard />
        <Layout style={{ minHeight: '100vh' }}>
          <AppHeader />
          <Layout>
            <Layout.Sider width={232} style={{ borderRight: '1px solid #e5e8ee' }}>
              <NavMenu />
            </Layout.Sider>
            <Layout.Content style={{ padding: 24, minWidth: 0 }}>
              <Outlet />
            </Layout.Content>
          </Layout>
        </Layout>
      </ConflictDialogProvider>
    </AntApp>
  );
}
