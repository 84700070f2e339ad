import { Button, Divider, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/ErrorAlert';
import { historyApi, type HistorySubject } from './api';
import { ChangeEntry } from './ChangeList';

/** A record's change history (L5) on its page: who changed what from → to, when and how; read-only. */
export function ChangeHistory({ subject, id }: { subject: HistorySubject; id: string }) {
  const { t } = useTranslation();
  const [pageSize, setPageSize] = useState(5);
  const history = useQuery({
    queryKey: ['history', subject, id, pageSize],
    queryFn: ({ signal }) => historyApi.record(subject, id, pageSize, signal),
    placeholderData: (previous) => previous,
  });
  const items = history.data?.items ?? [];
  return (
    <Paper withBorder radius="md" p="md" data-testid="change-history">
      <Title order={2} fz="lg" mb="sm">
        {t('history.title')}
      </Title>
      {history.error ? (
        <ErrorAlert error={history.error} onRetry={() => void history.refetch()} />
      ) : items.length === 0 && !history.isPending ? (
        <Text size="sm" c="dimmed">
          {t('history.empty')}
        </Text>
      ) : (
        <Stack gap="sm">
          {items.map((e, i) => (
            <Fragment key={e.id}>
              {i > 0 && <Divider />}
              <ChangeEntry entry={e} />
            </Fragment>
          ))}
          {(history.data?.total ?? 0) > items.length && (
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() => setPageSize((n) => Math.min(200, n * 4))}
              loading={history.isFetching}
            >
              {t('history.more')}
            </Button>
          )}
        </Stack>
      )}
    </Paper>
  );
}
