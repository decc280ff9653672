import { createHashRouter } from 'react-router';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { DirectoryPage } from '../features/directory/DirectoryPage';
import { EstablishmentDetailPage } from '../features/establishments/EstablishmentDetailPage';
import { EstablishmentListPage } from '../features/establishments/EstablishmentListPage';
import { PlanDetailPage } from '../features/plans/detail/PlanDetailPage';
import { PlanListPage } from '../features/plans/PlanListPage';
import { InspectionListPage } from '../features/inspections/list/InspectionListPage';
import { InspectionRecordPage } from '../features/inspections/record/InspectionRecordPage';
import { CommitmentsDuePage } from '../features/inspections/commitments/CommitmentsDuePage';
import { CaseListPage } from '../features/follow-up/CaseListPage';
import { CasePage } from '../features/follow-up/case/CasePage';
import { TodoPage } from '../features/todo/TodoPage';
import { CataloguePage } from '../features/catalogue/CataloguePage';
import { ConflictInboxPage } from '../features/exchange/ConflictInboxPage';
import { ExchangePage } from '../features/exchange/ExchangePage';
import { BackupPage } from '../features/backup/BackupPage';
import { AccessLogPage } from '../features/privacy/AccessLogPage';
import { RetentionPage } from '../features/privacy/RetentionPage';
import { ReportPage } from '../features/reports/ReportPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { UsersPage } from '../features/users/UsersPage';
import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';
import { RequireCan } from './RequireCan';
import { RouteError } from './RouteError';

// Hash routing: Electron loads the renderer from file://, where path URLs do not resolve.
export const router = createHashRouter([
  {
    path: '/',
    element: <AppShell />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <DashboardPage /> },
      { path: 'establishments', element: <EstablishmentListPage /> },
      { path: 'establishments/:id', element: <EstablishmentDetailPage /> },
      { path: 'plans', element: <PlanListPage /> },
      { path: 'plans/:id', element: <PlanDetailPage /> },
      { path: 'inspections', element: <InspectionListPage /> },
      { path: 'inspections/:id', element: <InspectionRecordPage /> },
      { path: 'commitments', element: <CommitmentsDuePage /> },
      { path: 'todo', element: <TodoPage /> },
      { path: 'cases', element: <CaseListPage /> },
      { path: 'cases/:id', element: <CasePage /> },
      { path: 'reports', element: <ReportPage /> },
      { path: 'directory', element: <DirectoryPage /> },
      {
        path: 'users',
        element: (
          <RequireCan command="users.list">
            <UsersPage />
          </RequireCan>
        ),
      },
      { path: 'catalogue', element: <CataloguePage /> },
      { path: 'exchange', element: <ExchangePage /> },
      { path: 'conflicts', element: <ConflictInboxPage /> },
      { path: 'access-log', element: <RequireCan command="audit.childAccess"><AccessLogPage /></RequireCan> },
      { path: 'retention', element: <RequireCan command="retention.preview"><RetentionPage /></RequireCan> },
      { path: 'backup', element: <RequireCan command="backup.overview"><BackupPage /></RequireCan> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
