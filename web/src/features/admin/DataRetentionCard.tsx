import { Alert, Button, Group, NumberInput, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PutRetentionRules, RetentionRules } from '@contract/data-retention';
import { RETENTION_MAX_MONTHS, RETENTION_MIN_MONTHS, type RetentionKind } from '@domain/data-retention';
import { api } from '../../shared/api/client';
import { useFormat } from '../../shared/format/useFormat';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { notify } from '../../shared/ui/notify';
import { QueryState } from '../../shared/ui/PageState';

const key = ['data-retention'];
const retentionApi = {
  get: (signal?: AbortSignal) => api.get<RetentionRules>('/api/data-retention', undefined, signal),
  put: (input: PutRetentionRules) => api.put<RetentionRules>('/api/data-retention', input),
};

/** Data retention (L5): how long each kind of data about people is kept; a scheduled job anonymises or deletes the rest. */
export function DataRetentionCard() {
  const rules = useQuery({ queryKey: key, queryFn: ({ signal }) => retentionApi.get(signal) });
  if (!rules.data) return <QueryState query={rules} />;
  return <RetentionForm rules={rules.data} />;
}

function RetentionForm({ rules }: { rules: RetentionRules }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [months, setMonths] = useState<Partial<Record<RetentionKind, number | null>>>(
    Object.fromEntries(rules.items.map((r) => [r.kind, r.months])),
  );
  const save = useMutation({
    mutationFn: () => retentionApi.put({ items: rules.items.map((r) => ({ kind: r.kind, months: months[r.kind] ?? null })) }),
    onSuccess: (data) => {
      queryClient.setQueryData(key, data);
      notify(t('settings.saved'));
    },
  });
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="settings-retention-title">
      <Stack gap={4} mb="md">
        <Title order={2} size="h3" id="settings-retention-title">
          {t('settings.retention.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('settings.retention.text')}
        </Text>
      </Stack>
      {save.error && (
        <Alert color="red" variant="light" role="alert" mb="md">
          {errorMessage(save.error, t)}
        </Alert>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('settings.retention.columns.kind')}</Table.Th>
                <Table.Th>{t('settings.retention.columns.months')}</Table.Th>
                <Table.Th>{t('settings.retention.columns.lastRun')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rules.items.map((r) => (
                <Table.Tr key={r.kind} data-testid={`retention-${r.kind}`}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {t(`settings.retention.kinds.${r.kind}`)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(`settings.retention.actions.${r.kind}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={t('settings.retention.monthsLabel', { kind: t(`settings.retention.kinds.${r.kind}`) })}
                      placeholder={t('settings.retention.keep')}
                      min={RETENTION_MIN_MONTHS}
                      max={RETENTION_MAX_MONTHS}
                      allowDecimal={false}
                      w={140}
                      value={months[r.kind] ?? ''}
                      onChange={(v) => setMonths((m) => ({ ...m, [r.kind]: typeof v === 'number' ? v : null }))}
                      data-testid={`retention-months-${r.kind}`}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {r.lastRunAt
                        ? t('settings.retention.lastRun', { date: format.date(r.lastRunAt), count: r.lastCount ?? 0 })
                        : t('settings.retention.never')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group mt="md">
          <Button type="submit" loading={save.isPending} data-testid="retention-save">
            {t('common.save')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
