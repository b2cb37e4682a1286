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
const UnitsPage = lazy(() => import('./pages/units/UnitsPage.tsx'));
const UsersPage = lazy(() => import('./pages/users/UsersPage.tsx'));
const AuditPage = lazy(() => import('./pages/audit/AuditPage.tsx'));
const AccountPage = lazy(() => import('./pages/account/AccountPage.tsx'));

export function AppRoutes() {
  return (
    <Suspense fallback={<PageLoader />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route element={<RequireAuth />}>
          <Route element={<Shell />}>
            <Route index element={<HomePage />} />
            <Route path="units" element={<UnitsPage />} />
            <Route element={<RequirePermission permission="users.manage" />}>
              <Route path="users" element={<UsersPage />} />
            </Route>
            <Route element={<RequirePermission permission="audit.read" />}>
              <Route path="audit" element={<AuditPage />} />
            </Route>
            <Route path="account" element={<AccountPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Routes>
    </Suspense>
  );
}
