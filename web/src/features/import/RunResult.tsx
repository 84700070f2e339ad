import { Alert, Button, Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/useFormat';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { Fact } from '../../shared/ui/Fact';
import { importsApi } from './api';
import { useImportRun, useRunErrors } from './queries';
import { RowErrors } from './RowErrors';
import { RunStatus } from './RunStatus';

/** The progress of a run (polled), then what came of it and the error report. */
export function RunResult({ runId, onAnother }: { runId: string; onAnother: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const run = useImportRun(runId);
  const done = !!run.data && run.data.status !== 'running';
  const errors = useRunErrors(runId, done && (run.data?.failedRows ?? 0) > 0);
  if (run.error) return <ErrorAlert error={run.error} onRetry={() => void run.refetch()} />;
  if (!run.data) return null;
  const r = run.data;
  const percent = r.totalRows > 0 ? Math.round((r.processedRows / r.totalRows) * 100) : done ? 100 : 0;
  const n = (v: number) => format.number(v);
  const orders = r.entity === 'orders';

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} data-testid="import-run">
      <Stack gap="md">
        <Group justify="space-between" gap="sm">
          <Title order={2} fz="lg" fw={600} style={{ overflowWrap: 'anywhere' }}>
            {r.fileName}
          </Title>
          <RunStatus run={r} />
        </Group>
        <div>
          <Progress
            value={percent}
            animated={!done}
            striped={!done}
            size="lg"
            color={r.status === 'failed' ? 'red' : undefined}
            aria-label={t('imports.run.progress')}
          />
          <Text size="sm" c="dimmed" mt={6} data-testid="import-progress">
            {t('imports.run.processed', { processed: n(r.processedRows), total: n(r.totalRows), percent: format.percent(percent / 100) })}
          </Text>
        </div>
        {done && (
          <>
            <SimpleGrid cols={{ base: 2, sm: r.lines !== null ? 5 : 4 }}>
              {/* orders are counted as orders, their lines beside them */}
              <Fact label={t(orders ? 'imports.run.ordersCreated' : 'imports.run.created')}>{n(r.createdRows)}</Fact>
              <Fact label={t(orders ? 'imports.run.ordersUpdated' : 'imports.run.updated')}>{n(r.updatedRows)}</Fact>
              {r.lines !== null && <Fact label={t('imports.run.lines')}>{n(r.lines)}</Fact>}
              <Fact label={t('imports.run.skipped')}>{n(r.skippedRows)}</Fact>
              <Fact label={t('imports.run.failed')}>{n(r.failedRows)}</Fact>
            </SimpleGrid>
            <Alert variant="light" color={r.status === 'succeeded' ? 'teal' : r.status === 'partial' ? 'yellow' : 'red'}>
              {r.dryRun ? t('imports.run.dryRun') + ' ' : ''}
              {t(`imports.run.outcome.${r.status === 'running' ? 'succeeded' : r.status}`)}
            </Alert>
            <Text size="sm" c="dimmed" data-testid="import-run-read-as">
              {t('imports.run.readAs', { encoding: r.encoding })}
              {r.unusedColumns.length > 0 && ` · ${t('imports.mapping.unused', { columns: r.unusedColumns.join(', ') })}`}
            </Text>
            {r.failedRows > 0 && errors.data && errors.data.length > 0 && <RowErrors errors={errors.data} />}
          </>
        )}
        <Group justify="flex-end" gap="sm">
          {done && r.failedRows > 0 && (
            <Button
              component="a"
              href={importsApi.errorReportUrl(r.id)}
              download
              variant="default"
              leftSection={<IconDownload size={16} />}
              data-testid="import-error-report"
            >
              {t('imports.run.report')}
            </Button>
          )}
          {done && (
            <Button variant="light" leftSection={<IconRefresh size={16} />} onClick={onAnother}>
              {t('imports.run.another')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
