import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { preloadPage } from './AppRoutes.tsx';
import { prefetchMe } from './api/auth.ts';
import { loadStoredLanguage } from './i18n/I18nProvider.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

// The session check and the page's code start together, not one after the other; the session
// check goes first, as the page's code is many files and the browser sends a few at a time. A
// delegate's invitation link needs no session.
const { pathname, search } = window.location;
if (!pathname.startsWith('/rsvp/')) prefetchMe();

// The first render waits for the page's code, so the page then renders at once instead of
// suspending (React holds a page back for up to 300 ms after showing a fallback), and for the
// chosen language's messages (only English is fetched; Vietnamese is bundled), so nobody sees the
// interface in one language and then the other.
void Promise.all([preloadPage(pathname, search), loadStoredLanguage()]).then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
