import { App as AntApp, Layout } from 'antd';
import { useEffect, useState } from 'react';
import { Outlet } from 'react-router';
import { ConflictDialogProvider } from '../ui/conflict/ConflictDialog';
import { NARROW_WINDOW, useMediaQuery } from '../ui/useMediaQuery';
import { NavigationGuard } from '../ui/unsaved/NavigationGuard';
import { AppHeader } from './AppHeader';
import { NavMenu } from './NavMenu';

/**
 * Header, left menu and the current page. antd's App sits inside the router so notices may contain links;
 * the conflict dialog inside it, so any edit form can open it. In a window narrower than 1100 px the
 * menu folds to its icons (names on hover); the fold button opens it again.
 */
export function AppShell() {
  const narrow = useMediaQuery(NARROW_WINDOW);
  const [collapsed, setCollapsed] = useState(narrow);
  useEffect(() => setCollapsed(narrow), [narrow]);
  return (
    <AntApp>
      <ConflictDialogProvider>
        <NavigationGuard />
        <Layout style={{ minHeight: '100vh' }}>
          <AppHeader />
          <Layout>
            <Layout.Sider
              width={232}
              collapsedWidth={64}
              collapsible
              collapsed={collapsed}
              onCollapse={setCollapsed}
              theme="light"
              // Stays in view while the page scrolls; the menu scrolls on its own above the fold button.
              style={{ borderRight: '1px solid #e5e8ee', position: 'sticky', top: 60, height: 'calc(100vh - 60px)', alignSelf: 'flex-start' }}
            >
              <div style={{ height: '100%', overflowY: 'auto' }}>
                <NavMenu />
              </div>
            </Layout.Sider>
            <Layout.Content style={{ padding: narrow ? 16 : 24, minWidth: 0 }}>
              <Outlet />
            </Layout.Content>
          </Layout>
        </Layout>
      </ConflictDialogProvider>
    </AntApp>
  );
}
