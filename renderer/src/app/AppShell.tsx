import { App as AntApp, Layout } from 'antd';
import { Outlet } from 'react-router';
import { AppHeader } from './AppHeader';
import { NavMenu } from './NavMenu';

/** Header, left menu and the current page. antd's App sits inside the router so notices may contain links. */
export function AppShell() {
  return (
    <AntApp>
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
    </AntApp>
  );
}
