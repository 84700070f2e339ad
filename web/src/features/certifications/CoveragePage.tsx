import { Anchor, Badge, Group, Paper, Select, Grid, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { sells } from '@domain/people';
import { useFormat } from '../../shared/format/useFormat';
import { useActiveUsers } from '../../shared/org/queries';
import { useSession } from '../../shared/session/session';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryState } from '../../shared/ui/PageState';
import { useCoverage } from './queries';

/** The leaders' view of industry knowledge: which industries have too few certified sellers, and what expires soon. */
export default function CertificationCoveragePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const navigate = useNavigate();
  const query = useCoverage();
  const users = useActiveUsers();
  if (!me.can.viewCertificationCoverage) return <Navigate to={`/certifications/${me.user.id}`} replace />;
  if (query.error || !query.data) return <QueryState query={query} />;
  const view = query.data;
  const sellers = (users.data?.items ?? []).filter((u) => sells(u)).map((u) => ({ value: u.id, label: u.name }));
  return (
    <>
      <PageHeader
        title={t('certifications.coverage.title')}
        description={t('certifications.coverage.description', { per: view.accountsPerCertifiedSeller, days: view.expiringWithinDays })}
        actions={
          <Select
            aria-label={t('certifications.coverage.openSeller')}
            placeholder={t('certifications.coverage.pickSeller')}
            data={sellers}
            searchable
            value={null}
            onChange={(id) => id && void navigate(`/certifications/${id}`)}
            data-testid="certifications-seller-pick"
          />
        }
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Paper withBorder radius="md" p="md">
            <Table.ScrollContainer minWidth={560}>
              <Table verticalSpacing="xs" data-testid="certification-coverage">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('certifications.industry')}</Table.Th>
                    <Table.Th ta="right">{t('certifications.coverage.accounts')}</Table.Th>
                    <Table.Th ta="right">{t('certifications.coverage.certified')}</Table.Th>
                    <Table.Th ta="right">{t('certifications.coverage.needed')}</Table.Th>
                    <Table.Th ta="right">{t('certifications.coverage.expiringSoon')}</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>{t('certifications.coverage.tooFew')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {view.items.map((row) => (
                    <Table.Tr key={row.industry} data-testid="coverage-row" data-industry={row.industry} data-too-few={row.tooFew}>
                      <Table.Td>
                        {row.industry} – {format.industry(row.industry)}
                      </Table.Td>
                      <Table.Td ta="right">{format.number(row.accounts)}</Table.Td>
                      <Table.Td ta="right">{format.number(row.certified)}</Table.Td>
                      <Table.Td ta="right">{format.number(row.needed)}</Table.Td>
                      <Table.Td ta="right">{format.number(row.expiringSoon)}</Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={row.tooFew ? 'red' : 'teal'}>
                          {row.tooFew ? t('certifications.coverage.tooFew') : t('certifications.coverage.enough')}
                        </Badge>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Paper withBorder radius="md" p="md" data-testid="certifications-expiring">
            <Title order={2} fz="lg" fw={600} mb="sm">
              {t('certifications.coverage.expiringTitle')}
            </Title>
            {view.expiring.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('certifications.coverage.noneExpiring')}
              </Text>
            ) : (
              <Stack gap="xs">
                {view.expiring.map((e) => (
                  <Group key={e.id} justify="space-between" gap="xs" wrap="nowrap">
                    <Stack gap={0} style={{ minWidth: 0 }}>
                      <Anchor component={Link} to={`/certifications/${e.seller.id}`} size="sm">
                        {e.seller.name}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {e.industry} – {format.industry(e.industry)}
                      </Text>
                    </Stack>
                    <Text size="sm">{format.date(e.expiresOn)}</Text>
                  </Group>
                ))}
              </Stack>
            )}
          </Paper>
        </Grid.Col>
      </Grid>
    </>
  );
}
