import { Container } from '@mantine/core';
import { useRouteError } from 'react-router';
import { ErrorAlert } from '../shared/ui/ErrorAlert';

/** Anything a page throws while rendering or loading its code (e.g. after a deploy). */
export function RouteError() {
  const error = useRouteError();
  console.error(error);
  return (
    <Container size="sm" py="xl">
      <ErrorAlert error={error} onRetry={() => window.location.reload()} />
    </Container>
  );
}
