import { lazy, type ComponentType } from 'react';
import { createBrowserRouter, redirect } from 'react-router';
import { SignInPage } from '../features/auth/SignInPage';
import { HomePage } from '../features/home/HomePage';
import { canGiveHandoff, canImport } from '../shared/session/permissions';
import { AppLayout } from './layout/AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { RequireAbility } from './RequireAbility';
import { RequireAuth } from './RequireAuth';
import { RouteError } from './RouteError';

// Pages few people open are loaded on demand; so are the heavy ones (the board brings drag and drop).
const named = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));
const PipelinePage = named(() => import('../features/pipeline/PipelinePage'), 'PipelinePage');
const NewOpportunityPage = named(() => import('../features/pipeline/NewOpportunityPage'), 'NewOpportunityPage');
const TargetsPage = named(() => import('../features/targets/TargetsPage'), 'TargetsPage');
const AccountsPage = named(() => import('../features/accounts/AccountsPage'), 'AccountsPage');
const AccountPage = named(() => import('../features/accounts/AccountPage'), 'AccountPage');
const CrossSellingPage = named(() => import('../features/cross-selling/CrossSellingPage'), 'CrossSellingPage');
const UsersPage = lazy(() => import('../features/admin/UsersPage'));
const SettingsPage = lazy(() => import('../features/admin/SettingsPage'));
const ApiKeysPage = lazy(() => import('../features/profile/ApiKeysPage'));
const ContactsPage = lazy(() => import('../features/contacts/ContactsPage'));
const ContactPage = lazy(() => import('../features/contacts/ContactPage'));
const ProductsPage = lazy(() => import('../features/products/ProductsPage'));
const ProductPage = lazy(() => import('../features/products/ProductPage'));
const ImportPage = lazy(() => import('../features/import/ImportPage'));
const OpportunityPage = lazy(() => import('../features/pipeline/OpportunityPage'));
const OpportunityListPage = lazy(() => import('../features/pipeline/ListPage'));
const ForecastPage = lazy(() => import('../features/pipeline/ForecastPage'));
const AnalyticsPage = lazy(() => import('../features/pipeline/AnalyticsPage'));
const NewHandoffPage = lazy(() => import('../features/cross-selling/NewHandoffPage'));
const HandoffPage = lazy(() => import('../features/cross-selling/HandoffPage'));
const LedgerPage = lazy(() => import('../features/cross-selling/LedgerPage'));
const InsightsPage = lazy(() => import('../features/insights/InsightsPage'));
const RenewalsPage = lazy(() => import('../features/insights/RenewalsPage'));
const MatrixPage = lazy(() => import('../features/cross-selling/MatrixPage'));
const ForumsPage = lazy(() => import('../features/cross-selling/ForumsPage'));
const ForumPage = lazy(() => import('../features/cross-selling/ForumPage'));

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
          { path: 'accounts/:id', element: <AccountPage /> },
          { path: 'contacts', element: <ContactsPage /> },
          { path: 'contacts/:id', element: <ContactPage /> },
          { path: 'products', element: <ProductsPage /> },
          { path: 'products/:id', element: <ProductPage /> },
          {
            path: 'import',
            element: (
              <RequireAbility allowed={canImport}>
                <ImportPage />
              </RequireAbility>
            ),
          },
          { path: 'pipeline', element: <PipelinePage /> },
          { path: 'pipeline/new', element: <NewOpportunityPage /> },
          { path: 'pipeline/list', element: <OpportunityListPage /> },
          { path: 'pipeline/forecast', element: <ForecastPage /> },
          { path: 'pipeline/analytics', element: <AnalyticsPage /> },
          { path: 'pipeline/:id', element: <OpportunityPage /> },
          { path: 'cross-selling', element: <CrossSellingPage /> },
          {
            path: 'cross-selling/new',
            element: (
              <RequireAbility allowed={canGiveHandoff}>
                <NewHandoffPage />
              </RequireAbility>
            ),
          },
          { path: 'cross-selling/handoffs/:id', element: <HandoffPage /> },
          { path: 'cross-selling/ledger', element: <LedgerPage /> },
          { path: 'cross-selling/matrix', element: <MatrixPage /> },
          { path: 'cross-selling/forums', element: <ForumsPage /> },
          { path: 'cross-selling/forums/:id', element: <ForumPage /> },
          { path: 'targets', element: <TargetsPage /> },
          { path: 'insights', element: <InsightsPage /> },
          { path: 'insights/renewals', element: <RenewalsPage /> },
          // the management overview is also known by that name
          { path: 'overview', loader: ({ request }) => redirect(`/insights${new URL(request.url).search}`) },
          {
            path: 'admin/users',
            element: (
              <RequireAbility can="manageUsers">
                <UsersPage />
              </RequireAbility>
            ),
          },
          {
            path: 'admin/settings',
            element: (
              <RequireAbility can="manageOrganisation">
                <SettingsPage />
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
