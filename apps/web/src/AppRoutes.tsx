import { Suspense } from 'react';
import { matchPath, Route, Routes } from 'react-router';
import { prefetchCampaign } from './api/campaigns.ts';
import { prefetchAwardRoundList } from './api/commendation.ts';
import { RequireAuth } from './auth/RequireAuth.tsx';
import { RequirePermission } from './auth/RequirePermission.tsx';
import { PageLoader } from './components/PageLoader.tsx';
import { preloadable } from './components/preloadable.tsx';
import { prefetchTabData, preloadTabCode } from './pages/campaigns/campaignTabs.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { Shell } from './shell/Shell.tsx';

// Pages load on demand so the sign-in page stays light.
const LoginPage = preloadable(() => import('./pages/login/LoginPage.tsx'));
const HomePage = preloadable(() => import('./pages/home/HomePage.tsx'));
const CampaignsPage = preloadable(() => import('./pages/campaigns/CampaignsPage.tsx'));
const CampaignPage = preloadable(() => import('./pages/campaigns/CampaignPage.tsx'));
const AssignmentsPage = preloadable(() => import('./pages/assignments/AssignmentsPage.tsx'));
const AssignmentPage = preloadable(() => import('./pages/assignments/AssignmentPage.tsx'));
const ProgressPage = preloadable(() => import('./pages/progress/ProgressPage.tsx'));
const UnitsPage = preloadable(() => import('./pages/units/UnitsPage.tsx'));
const UsersPage = preloadable(() => import('./pages/users/UsersPage.tsx'));
const AuditPage = preloadable(() => import('./pages/audit/AuditPage.tsx'));
const NotificationsPage = preloadable(() => import('./pages/notifications/NotificationsPage.tsx'));
const OutboxPage = preloadable(() => import('./pages/outbox/OutboxPage.tsx'));
const AccountPage = preloadable(() => import('./pages/account/AccountPage.tsx'));
const NominationsPage = preloadable(() => import('./pages/commendation/nominations/NominationsPage.tsx'));
const DecisionPage = preloadable(() => import('./pages/commendation/decisions/DecisionPage.tsx'));
const CommendationStatsPage = preloadable(() => import('./pages/statistics/CommendationStatsPage.tsx'));
const AwardTypesPage = preloadable(() => import('./pages/awardTypes/AwardTypesPage.tsx'));
const ConferenceCheckinPage = preloadable(() => import('./pages/conference/CheckinPage.tsx'));
const ConferencePresenterPage = preloadable(() => import('./pages/conference/PresenterPage.tsx'));
const RsvpPage = preloadable(() => import('./pages/rsvp/RsvpPage.tsx'));

/**
 * The page a path opens, as the routes below route it. Its code is asked for as the app starts
 * (`preloadPage`), alongside the session check, not once the check has answered.
 */
const PAGE_PATHS: ReadonlyArray<readonly [string, { preload: () => Promise<unknown> }]> = [
  ['/', HomePage],
  ['/login', LoginPage],
  ['/campaigns', CampaignsPage],
  ['/campaigns/:id', CampaignPage],
  ['/campaigns/:id/progress', ProgressPage],
  ['/campaigns/:id/nominations', NominationsPage],
  ['/campaigns/:id/decisions/:decisionId', DecisionPage],
  ['/campaigns/:id/conference/checkin', ConferenceCheckinPage],
  ['/campaigns/:id/conference/presenter', ConferencePresenterPage],
  ['/commendation', CommendationStatsPage],
  ['/assignments', AssignmentsPage],
  ['/assignments/:id', AssignmentPage],
  ['/notifications', NotificationsPage],
  ['/units', UnitsPage],
  ['/users', UsersPage],
  ['/award-types', AwardTypesPage],
  ['/audit', AuditPage],
  ['/outbox', OutboxPage],
  ['/account', AccountPage],
  ['/rsvp/:token', RsvpPage],
];

/**
 * Fetches the code of the page at `pathname` (at once for a path no page answers); the promise
 * is the page's code only. Never fails: a failed fetch is tried again when the page renders, which
 * shows the error.
 */
export function preloadPage(pathname: string, search = ''): Promise<void> {
  const found = PAGE_PATHS.find(([pattern]) => matchPath(pattern, pathname));
  // A round's page: also the round, its open tab's data and its code. In this order, as the
  // browser sends a few requests at a time and the code is many files: the data, the page's code,
  // the tab's code.
  const round = matchPath('/campaigns/:id', pathname);
  if (round?.params.id) {
    prefetchCampaign(round.params.id);
    prefetchTabData(round.params.id, search);
  }
  // The home page: the round list its award rounds start from.
  if (pathname === '/') prefetchAwardRoundList();
  const page = found?.[1].preload() ?? Promise.resolve();
  if (round) preloadTabCode(search);
  return page.then(
    () => undefined,
    () => undefined,
  );
}

export function AppRoutes() {
  return (
    <Suspense fallback={<PageLoader />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        {/* A delegate's own invitation: no account, the link's token is the key. */}
        <Route path="/rsvp/:token" element={<RsvpPage />} />
        <Route element={<RequireAuth />}>
          {/* The hall screen fills the whole window, without the app's menu. */}
          <Route element={<RequirePermission permission="campaigns.read" />}>
            <Route path="campaigns/:id/conference/presenter" element={<ConferencePresenterPage />} />
          </Route>
          <Route element={<Shell />}>
            <Route index element={<HomePage />} />
            <Route element={<RequirePermission permission="campaigns.read" />}>
              <Route path="campaigns" element={<CampaignsPage />} />
              <Route path="campaigns/:id" element={<CampaignPage />} />
              <Route path="campaigns/:id/progress" element={<ProgressPage />} />
              <Route path="campaigns/:id/nominations" element={<NominationsPage />} />
              <Route path="campaigns/:id/decisions/:decisionId" element={<DecisionPage />} />
              <Route path="campaigns/:id/conference/checkin" element={<ConferenceCheckinPage />} />
              <Route path="commendation" element={<CommendationStatsPage />} />
              <Route path="assignments" element={<AssignmentsPage />} />
              <Route path="assignments/:id" element={<AssignmentPage />} />
            </Route>
            <Route element={<RequirePermission permission="notifications.read" />}>
              <Route path="notifications" element={<NotificationsPage />} />
            </Route>
            <Route path="units" element={<UnitsPage />} />
            <Route element={<RequirePermission permission="users.manage" />}>
              <Route path="users" element={<UsersPage />} />
            </Route>
            <Route element={<RequirePermission permission="awardTypes.manage" />}>
              <Route path="award-types" element={<AwardTypesPage />} />
            </Route>
            <Route element={<RequirePermission permission="audit.read" />}>
              <Route path="audit" element={<AuditPage />} />
            </Route>
            <Route element={<RequirePermission permission="outbox.read" />}>
              <Route path="outbox" element={<OutboxPage />} />
            </Route>
            <Route path="account" element={<AccountPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Routes>
    </Suspense>
  );
}
