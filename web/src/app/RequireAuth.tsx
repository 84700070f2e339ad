import { Container } from '@mantine/core';
import { Navigate, Outlet, useLocation } from 'react-router';
import { wasSignedOut } from '../features/auth/signOutMarker';
import { useMe } from '../features/auth/useMe';
import { SessionProvider } from '../shared/session/session';
import { ErrorAlert } from '../shared/ui/ErrorAlert';
import { useUserLocale } from './useUserLocale';
import { Loading } from '../shared/ui/PageState';

/** Pages below need a signed-in user: others go to sign-in and come back afterwards. */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  useUserLocale(me.data);

  if (me.isPending) return <Loading screen />;
  if (me.error) {
    return (
      <Container size="sm" py="xl">
        <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />
      </Container>
    );
  }
  if (!me.data) {
    if (wasSignedOut()) return <Navigate to="/sign-in" state={{ signedOut: true }} replace />;
    const next = location.pathname + location.search;
    return <Navigate to={next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return (
    <SessionProvider me={me.data}>
      <Outlet />
    </SessionProvider>
  );
}
