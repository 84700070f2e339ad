import { Anchor, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../shared/format/useFormat';
import { useRecentImports } from './queries';
import { RunStatus } from './RunStatus';

/** The latest imports, newest first; each opens its result and error report. */
export function RecentImports() {
  const { t } = useTranslation();
  const format = useFormat();
  const runs = useRecentImports();
  if (!runs.data || runs.data.length === 0) return null;
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} data-testid="recent-imports">
      <Title order={2} fz="lg" fw={600} mb="sm">
        {t('imports.recent.title')}
      </Title>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('imports.recent.file')}</Table.Th>
              <Table.Th>{t('imports.recent.entity')}</Table.Th>
              <Table.Th miw={160}>{t('imports.recent.status')}</Table.Th>
              <Table.Th>{t('imports.recent.rows')}</Table.Th>
              <Table.Th>{t('imports.recent.started')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {runs.data.slice(0, 10).map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td maw={260} style={{ overflowWrap: 'anywhere' }}>
                  <Anchor component={Link} to={`/import?run=${r.id}`} size="sm">
                    {r.fileName}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`imports.entities.${r.entity}`)}</Table.Td>
                <Table.Td>
                  <RunStatus run={r} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {t('imports.recent.counts', {
                      created: format.number(r.createdRows),
                      updated: format.number(r.updatedRows),
                      failed: format.number(r.failedRows),
                    })}
                  </Text>
                </Table.Td>
                <Table.Td title={format.dateTime(r.startedAt)}>{format.relative(r.startedAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
