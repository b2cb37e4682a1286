import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { RequireAuth } from './auth/RequireAuth.tsx';
import { RequirePermission } from './auth/RequirePermission.tsx';
import { PageLoader } from './components/PageLoader.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { Shell } from './shell/Shell.tsx';

// Pages load on demand so the sign-in page stays light.
const LoginPage = lazy(() => import('./pages/login/LoginPage.tsx'));
const HomePage = lazy(() => import('./pages/home/HomePage.tsx'));
const CampaignsPage = lazy(() => import('./pages/campaigns/CampaignsPage.tsx'));
const CampaignPage = lazy(() => import('./pages/campaigns/CampaignPage.tsx'));
const AssignmentsPage = lazy(() => import('./pages/assignments/AssignmentsPage.tsx'));
const AssignmentPage = lazy(() => import('./pages/assignments/AssignmentPage.tsx'));
const ProgressPage = lazy(() => import('./pages/progress/ProgressPage.tsx'));
const UnitsPage = lazy(() => import('./pages/units/UnitsPage.tsx'));
const UsersPage = lazy(() => import('./pages/users/UsersPage.tsx'));
const AuditPage = lazy(() => import('./pages/audit/AuditPage.tsx'));
const NotificationsPage = lazy(() => import('./pages/notifications/NotificationsPage.tsx'));
const OutboxPage = lazy(() => import('./pages/outbox/OutboxPage.tsx'));
const AccountPage = lazy(() => import('./pages/account/AccountPage.tsx'));
const NominationsPage = lazy(() => import('./pages/commendation/nominations/NominationsPage.tsx'));
const DecisionPage = lazy(() => import('./pages/commendation/decisions/DecisionPage.tsx'));
const CommendationStatsPage = lazy(() => import('./pages/statistics/CommendationStatsPage.tsx'));
const AwardTypesPage = lazy(() => import('./pages/awardTypes/AwardTypesPage.tsx'));
const ConferenceCheckinPage = lazy(() => import('./pages/conference/CheckinPage.tsx'));
const ConferencePresenterPage = lazy(() => import('./pages/conference/PresenterPage.tsx'));
const RsvpPage = lazy(() => import('./pages/rsvp/RsvpPage.tsx'));

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
