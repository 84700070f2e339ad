import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, redirect, type Params, type RouteObject } from 'react-router';
import { prefetchAccount } from '../features/accounts/accountQuery';
import { prefetchMatrix } from '../features/matrix/matrixQuery';
import { prefetchBoard } from '../features/opportunities/boardQuery';
import { SignInPage } from '../features/auth/SignInPage';
import { meQuery } from '../features/auth/useMe';
import { AppLayout } from './layout/AppLayout';
import { queryClient } from './queryClient';
import { NotFoundPage } from './NotFoundPage';
import { RequireAbility } from './RequireAbility';
import { RequireAuth } from './RequireAuth';
import { RouteError } from './RouteError';
import { Loading } from '../shared/ui/PageState';

// Pages few people open are loaded on demand; so are the heavy ones (the board brings drag and drop).
const named = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

/**
 * A heavy page whose code — and, with `prefetch`, data — starts loading as soon as its address is
 * opened, beside the app's own start (who is signed in, the language), not after the layout has
 * rendered: its route's loader starts them and returns at once.
 */
function onDemand<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
  prefetch?: (client: QueryClient, url: URL, params: Params) => void,
): Pick<RouteObject, 'element' | 'loader'> {
  const Page = lazy(() => load().then((m): { default: ComponentType } => ({ default: m[name] })));
  return {
    element: <Page />,
    loader: ({ request, params }) => {
      void load();
      prefetch?.(queryClient, new URL(request.url), params);
      return null;
    },
  };
}
const NewOpportunityPage = named(() => import('../features/opportunities/NewOpportunityPage'), 'NewOpportunityPage');
const TargetsPage = named(() => import('../features/targets/TargetsPage'), 'TargetsPage');
const AccountsPage = named(() => import('../features/accounts/AccountsPage'), 'AccountsPage');
const HandoffsPage = named(() => import('../features/handoffs/HandoffsPage'), 'HandoffsPage');
const LeadsPage = named(() => import('../features/leads/LeadsPage'), 'LeadsPage');
const LeadPage = lazy(() => import('../features/leads/LeadPage'));
const RetentionPage = lazy(() => import('../features/retention/RetentionPage'));
const AccountPlanPage = lazy(() => import('../features/plans/AccountPlanPage'));
const PlanCoveragePage = lazy(() => import('../features/plans/PlanCoveragePage'));
const CoveragePage = lazy(() => import('../features/coverage/CoveragePage'));
const OneToOnesPage = lazy(() => import('../features/coaching/OneToOnesPage'));
const SellerOneToOnePage = lazy(() => import('../features/coaching/SellerOneToOnePage'));
const CertificationCoveragePage = lazy(() => import('../features/certifications/CoveragePage'));
const SellerCertificationsPage = lazy(() => import('../features/certifications/SellerCertificationsPage'));
const ScoringPage = named(() => import('../features/leads/ScoringPage'), 'ScoringPage');
const TuningPage = lazy(() => import('../features/leads/TuningPage'));
const FormsPage = named(() => import('../features/leads/FormsPage'), 'FormsPage');
const SignalsPage = named(() => import('../features/signals/SignalsPage'), 'SignalsPage');
const DemoSitePage = named(() => import('../features/leads/DemoSitePage'), 'DemoSitePage');
const SlaReportPage = named(() => import('../features/leads/SlaReportPage'), 'SlaReportPage');
const UsersPage = lazy(() => import('../features/admin/UsersPage'));
const SettingsPage = lazy(() => import('../features/admin/SettingsPage'));
const ApiKeysPage = lazy(() => import('../features/profile/ApiKeysPage'));
const WebhooksPage = lazy(() => import('../features/webhooks/WebhooksPage'));
const AuditPage = lazy(() => import('../features/audit/AuditPage'));
const AdoptionPage = lazy(() => import('../features/adoption/AdoptionPage'));
const ProfilePage = lazy(() => import('../features/profile/ProfilePage'));
const SetupPage = lazy(() => import('../features/setup/SetupPage'));
const AcceptInvitationPage = named(() => import('../features/invitations/LinkPage'), 'AcceptInvitationPage');
const ResetPasswordPage = named(() => import('../features/invitations/LinkPage'), 'ResetPasswordPage');
const ForgotPasswordPage = named(() => import('../features/invitations/ForgotPasswordPage'), 'ForgotPasswordPage');
const ContactsPage = lazy(() => import('../features/contacts/ContactsPage'));
const ContactPage = lazy(() => import('../features/contacts/ContactPage'));
const ProductsPage = lazy(() => import('../features/products/ProductsPage'));
const ProductPage = lazy(() => import('../features/products/ProductPage'));
const ImportPage = lazy(() => import('../features/import/ImportPage'));
const OpportunityPage = lazy(() => import('../features/opportunities/OpportunityPage'));
const OpportunityListPage = lazy(() => import('../features/opportunities/ListPage'));
const ForecastPage = lazy(() => import('../features/opportunities/ForecastPage'));
const AnalyticsPage = lazy(() => import('../features/opportunities/AnalyticsPage'));
const NewHandoffPage = lazy(() => import('../features/handoffs/NewHandoffPage'));
const HandoffPage = lazy(() => import('../features/handoffs/HandoffPage'));
const LedgerPage = lazy(() => import('../features/handoffs/LedgerPage'));
const OverviewPage = lazy(() => import('../features/overview/OverviewPage'));
const RenewalsPage = lazy(() => import('../features/overview/RenewalsPage'));
const ForumsPage = lazy(() => import('../features/forum/ForumsPage'));
const ForumPage = lazy(() => import('../features/forum/ForumPage'));
const GamePage = lazy(() => import('../features/game/GamePage'));
const PlayerPage = lazy(() => import('../features/game/PlayerPage'));
const GameScreenPage = lazy(() => import('../features/game/ScreenPage'));
const VisitsPage = lazy(() => import('../features/rituals/VisitsPage'));
const VisitPage = lazy(() => import('../features/rituals/VisitPage'));
const SchemePage = lazy(() => import('../features/rituals/SchemePage'));
const SeminarsPage = lazy(() => import('../features/rituals/SeminarsPage'));
const SeminarPage = lazy(() => import('../features/rituals/SeminarPage'));
const InterviewsPage = lazy(() => import('../features/rituals/InterviewsPage'));
const InterviewPage = lazy(() => import('../features/rituals/InterviewPage'));

/** A page outside the app shell, loaded on demand. */
const standalone = (page: ReactNode) => <Suspense fallback={<Loading screen />}>{page}</Suspense>;

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage />, errorElement: <RouteError /> },
  // before anyone is signed in: the first run, one-time links, a forgotten password
  { path: '/setup', element: standalone(<SetupPage />), errorElement: <RouteError /> },
  { path: '/invitation', element: standalone(<AcceptInvitationPage />), errorElement: <RouteError /> },
  { path: '/reset-password', element: standalone(<ResetPasswordPage />), errorElement: <RouteError /> },
  { path: '/forgot-password', element: standalone(<ForgotPasswordPage />), errorElement: <RouteError /> },
  // the demo's stand-in for the company's own website, where a visitor fills a web form
  { path: '/demo-site/:key', element: standalone(<DemoSitePage />), errorElement: <RouteError /> },
  {
    element: <RequireAuth />,
    errorElement: <RouteError />,
    children: [
      { path: 'game/:seasonId/screen', element: standalone(<GameScreenPage />) },
      {
        element: <AppLayout />,
        children: [
          // the day's page too: its code loads beside the app's start, and deep links do not download it
          { index: true, ...onDemand(() => import('../features/home/HomePage'), 'HomePage') },
          { path: 'accounts', element: <AccountsPage /> },
          { path: 'accounts/:id', ...onDemand(() => import('../features/accounts/AccountPage'), 'AccountPage', prefetchAccount) },
          { path: 'accounts/:id/plan', element: <AccountPlanPage /> },
          {
            path: 'account-plans',
            element: (
              <RequireAbility can="viewPlanCoverage">
                <PlanCoveragePage />
              </RequireAbility>
            ),
          },
          { path: 'coverage', element: <CoveragePage /> },
          { path: 'coverage/:groupId', element: <CoveragePage /> },
          { path: 'one-to-ones', element: <OneToOnesPage /> },
          { path: 'one-to-ones/:sellerId', element: <SellerOneToOnePage /> },
          { path: 'certifications', element: <CertificationCoveragePage /> },
          { path: 'certifications/:sellerId', element: <SellerCertificationsPage /> },
          { path: 'contacts', element: <ContactsPage /> },
          { path: 'contacts/:id', element: <ContactPage /> },
          { path: 'products', element: <ProductsPage /> },
          { path: 'products/:id', element: <ProductPage /> },
          {
            path: 'import',
            element: (
              <RequireAbility can="importData">
                <ImportPage />
              </RequireAbility>
            ),
          },
          {
            path: 'pipeline',
            ...onDemand(
              () => import('../features/opportunities/BoardPage'),
              'BoardPage',
              (client, url) => prefetchBoard(client, url, () => client.fetchQuery(meQuery)),
            ),
          },
          { path: 'pipeline/new', element: <NewOpportunityPage /> },
          { path: 'pipeline/list', element: <OpportunityListPage /> },
          { path: 'pipeline/forecast', element: <ForecastPage /> },
          { path: 'pipeline/analytics', element: <AnalyticsPage /> },
          { path: 'pipeline/:id', element: <OpportunityPage /> },
          { path: 'cross-selling', element: <HandoffsPage /> },
          {
            path: 'cross-selling/new',
            element: (
              <RequireAbility can="giveHandoffs">
                <NewHandoffPage />
              </RequireAbility>
            ),
          },
          { path: 'cross-selling/handoffs/:id', element: <HandoffPage /> },
          { path: 'cross-selling/ledger', element: <LedgerPage /> },
          { path: 'cross-selling/matrix', ...onDemand(() => import('../features/matrix/MatrixPage'), 'default', prefetchMatrix) },
          { path: 'cross-selling/forums', element: <ForumsPage /> },
          { path: 'cross-selling/forums/:id', element: <ForumPage /> },
          { path: 'game', element: <GamePage /> },
          { path: 'game/:seasonId/players/:userId', element: <PlayerPage /> },
          { path: 'cross-selling/visits', element: <VisitsPage /> },
          { path: 'cross-selling/visits/:id', element: <VisitPage /> },
          { path: 'cross-selling/visit-schemes/:id', element: <SchemePage /> },
          { path: 'cross-selling/seminars', element: <SeminarsPage /> },
          { path: 'cross-selling/seminars/:id', element: <SeminarPage /> },
          { path: 'cross-selling/interviews', element: <InterviewsPage /> },
          { path: 'cross-selling/interviews/:id', element: <InterviewPage /> },
          { path: 'leads', element: <LeadsPage /> },
          { path: 'leads/scoring', element: <ScoringPage /> },
          {
            path: 'leads/scoring/tuning',
            element: (
              <RequireAbility can="viewLeadTuning">
                <TuningPage />
              </RequireAbility>
            ),
          },
          {
            path: 'leads/forms',
            element: (
              <RequireAbility can="manageLeads">
                <FormsPage />
              </RequireAbility>
            ),
          },
          {
            path: 'leads/signals',
            element: (
              <RequireAbility can="manageLeads">
                <SignalsPage />
              </RequireAbility>
            ),
          },
          {
            path: 'leads/report',
            element: (
              <RequireAbility can="viewLeadReport">
                <SlaReportPage />
              </RequireAbility>
            ),
          },
          { path: 'leads/:id', element: <LeadPage /> },
          { path: 'retention', element: <RetentionPage /> },
          { path: 'targets', element: <TargetsPage /> },
          { path: 'overview', element: <OverviewPage /> },
          { path: 'overview/renewals', element: <RenewalsPage /> },
          // the overview's earlier address, kept for bookmarks and links
          { path: 'insights', loader: ({ request }) => redirect(`/overview${new URL(request.url).search}`) },
          { path: 'insights/renewals', loader: ({ request }) => redirect(`/overview/renewals${new URL(request.url).search}`) },
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
            path: 'admin/webhooks',
            element: (
              <RequireAbility can="manageWebhooks">
                <WebhooksPage />
              </RequireAbility>
            ),
          },
          {
            path: 'admin/audit',
            element: (
              <RequireAbility can="viewAuditLog">
                <AuditPage />
              </RequireAbility>
            ),
          },
          {
            path: 'admin/adoption',
            element: (
              <RequireAbility can="viewAdoption">
                <AdoptionPage />
              </RequireAbility>
            ),
          },
          { path: 'settings/account', element: <ProfilePage /> },
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
