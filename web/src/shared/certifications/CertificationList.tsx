import { Badge, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Certification } from '@contract/certifications';
import { useFormat } from '../format/useFormat';

const stateColor: Record<Certification['state'], string> = {
  valid: 'teal',
  expiring: 'orange',
  expired: 'gray',
  revoked: 'gray',
  future: 'blue',
};

/** A seller's certifications as the server states them; `onRevoke` only where the viewer may (`can.grant`). */
export function CertificationList({ items, onRevoke }: { items: Certification[]; onRevoke?: (c: Certification) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed" data-testid="certifications-none">
        {t('certifications.none')}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" data-testid="certifications">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('certifications.industry')}</Table.Th>
            <Table.Th>{t('certifications.grantedOn')}</Table.Th>
            <Table.Th>{t('certifications.expiresOn')}</Table.Th>
            <Table.Th>{t('certifications.source')}</Table.Th>
            <Table.Th>{t('certifications.grantedBy')}</Table.Th>
            {onRevoke && (
              <Table.Th>
                <VisuallyHidden>{t('certifications.revoke')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr key={c.id} data-testid="certification-row" data-state={c.state}>
              <Table.Td>
                <Stack gap={2}>
                  <Text size="sm">
                    {c.industry} – {format.industry(c.industry)}
                  </Text>
                  <Group gap={4}>
                    <Badge size="sm" variant="light" color={stateColor[c.state]}>
                      {t(`certifications.states.${c.state}`)}
                    </Badge>
                  </Group>
                  {c.note && (
                    <Text size="xs" c="dimmed">
                      {c.note}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>{format.date(c.grantedOn)}</Table.Td>
              <Table.Td>{c.expiresOn ? format.date(c.expiresOn) : t('certifications.noExpiry')}</Table.Td>
              <Table.Td>{t(`certifications.sources.${c.source}`)}</Table.Td>
              <Table.Td>{c.grantedBy?.name ?? '—'}</Table.Td>
              {onRevoke && (
                <Table.Td>
                  {c.revokedAt === null && (
                    <Button size="xs" variant="subtle" color="red" onClick={() => onRevoke(c)} data-testid="certification-revoke">
                      {t('certifications.revoke')}
                    </Button>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
