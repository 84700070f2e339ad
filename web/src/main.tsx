import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { Providers } from './app/Providers';
import { queryClient } from './app/queryClient';
import { router } from './app/router';
import { meQuery } from './features/auth/useMe';
import { startLocale } from './shared/i18n/i18n';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// who is signed in is asked at once, while the device's language loads (first, so that a Swedish
// user never sees English flash by); the page's code and data start with the router
void queryClient.prefetchQuery(meQuery);
void startLocale().then(() =>
  createRoot(root).render(
    <StrictMode>
      <Providers>
        <RouterProvider router={router} />
      </Providers>
    </StrictMode>,
  ),
);
