import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { AccountsPage } from '../features/accounts/AccountsPage';
import { SignInPage } from '../features/auth/SignInPage';
import { CrossSellingPage } from '../features/cross-selling/CrossSellingPage';
import { HomePage } from '../features/home/HomePage';
import { InsightsPage } from '../features/insights/InsightsPage';
import { PipelinePage } from '../features/pipeline/PipelinePage';
import { TargetsPage } from '../features/targets/TargetsPage';
import { AppLayout } from './layout/AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { RequireAbility } from './RequireAbility';
import { RequireAuth } from './RequireAuth';
import { RouteError } from './RouteError';

// Pages few people open are loaded on demand.
const UsersPage = lazy(() => import('../features/admin/UsersPage'));
const ApiKeysPage = lazy(() => import('../features/profile/ApiKeysPage'));

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage />, errorElement: <RouteError /> },
  {
    element: <RequireAuth />,
    errorElement: <RouteError />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'accounts', element: <AccountsPage /> },
          { path: 'pipeline', element: <PipelinePage /> },
          { path: 'cross-selling', element: <CrossSellingPage /> },
          { path: 'targets', element: <TargetsPage /> },
          { path: 'insights', element: <InsightsPage /> },
          {
            path: 'admin/users',
            element: (
              <RequireAbility can="manageUsers">
                <UsersPage />
              </RequireAbility>
            ),
          },
          {
            path: 'settings/api-keys',
            element: (
              <RequireAbility can="manageApiKeys">
                <ApiKeysPage />
              </RequireAbility>
            ),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
