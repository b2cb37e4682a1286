import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from './AppRoutes.tsx';
import { meQueryKey } from './api/auth.ts';
import { setUnauthorizedListener } from './api/client.ts';
import { queryClient } from './api/queryClient.ts';
import { I18nProvider } from './i18n/I18nProvider.tsx';
import { theme } from './theme.ts';

export function App() {
  useEffect(() => {
    // A 401 from any call means the session may have ended: ask again, and the guard redirects if so.
    setUnauthorizedListener(() => {
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
    });
    return () => setUnauthorizedListener(undefined);
  }, []);

  return (
    <I18nProvider>
      <MantineProvider theme={theme} defaultColorScheme="light">
        <Notifications position="top-right" />
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </QueryClientProvider>
      </MantineProvider>
    </I18nProvider>
  );
}
