import { Navigate, createHashRouter } from 'react-router';
import { DirectoryPage } from '../features/directory/DirectoryPage';
import { EstablishmentDetailPage } from '../features/establishments/EstablishmentDetailPage';
import { EstablishmentListPage } from '../features/establishments/EstablishmentListPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';
import { RouteError } from './RouteError';

// Hash routing: Electron loads the renderer from file://, where path URLs do not resolve.
export const router = createHashRouter([
  {
    path: '/',
    element: <AppShell />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to="/establishments" replace /> },
      { path: 'establishments', element: <EstablishmentListPage /> },
      { path: 'establishments/:id', element: <EstablishmentDetailPage /> },
      { path: 'directory', element: <DirectoryPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
