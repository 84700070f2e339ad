import { Button, Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../api/errors';
import { EmptyState } from './EmptyState';
import { ErrorAlert } from './ErrorAlert';

// The states a page or panel shows before its data, the same everywhere: loading, not found, an
// error with "Try again" — and, with data but nothing in it, `EmptyState`.

/** Waiting for data: a spinner that says so to a screen reader (`screen`: the whole window, before the app's frame). */
export function Loading({ size = 'md', screen = false }: { size?: 'sm' | 'md'; screen?: boolean }) {
  const { t } = useTranslation();
  return (
    <Center {...(screen ? { h: '100dvh' } : { py: 'xl' })} data-testid="loading">
      <Loader size={size} aria-label={t('common.loading')} />
    </Center>
  );
}

export interface NotFoundProps {
  icon: ReactNode;
  title: string;
  description: string;
  /** Where to go instead, e.g. the list the record was in. */
  back?: { to: string; label: string };
}

/** A record that does not exist (or not any more): what it was, and the way back to its list. */
export function NotFound({ icon, title, description, back }: NotFoundProps) {
  return (
    <EmptyState
      testId="not-found"
      icon={icon}
      title={title}
      description={description}
      actions={
        back && (
          <Button component={Link} to={back.to} variant="light">
            {back.label}
          </Button>
        )
      }
    />
  );
}

/** What a query looks like to `QueryState` (TanStack Query's result has all of it). */
export interface QueryLike {
  error: unknown;
  refetch: () => unknown;
}

/** Several queries shown as one: the first error, and "Try again" fetches them all again. */
export function allOf(...queries: QueryLike[]): QueryLike {
  return {
    error: queries.find((q) => q.error)?.error ?? null,
    refetch: () => {
      for (const q of queries) void q.refetch();
    },
  };
}

interface QueryStateProps {
  query: QueryLike;
  /** For a record's page: shown when the server says there is no such record (or the address is malformed). */
  notFound?: NotFoundProps;
  size?: 'sm' | 'md';
}

/**
 * A query that has no data to show yet: its error (not found, when the page says what that means;
 * otherwise the error with "Try again"), or loading. Render it where the data would be:
 * `if (q.error || !q.data) return <QueryState query={q} />`.
 */
export function QueryState({ query, notFound, size }: QueryStateProps) {
  const { error } = query;
  if (!error) return <Loading size={size} />;
  if (notFound && (isApiError(error, 'not_found') || isApiError(error, 'validation_failed'))) return <NotFound {...notFound} />;
  return <ErrorAlert error={error} onRetry={() => void query.refetch()} />;
}
