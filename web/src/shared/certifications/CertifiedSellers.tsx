import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconCertificate } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { IndustryCode } from '@domain/industries';
import { useFormat } from '../format/useFormat';
import { useCertifiedSellers } from './api';

/** "Certified in J – Information and communication": the industry's letter and its name in the UI's language. */
export function CertifiedBadge({ industry }: { industry: IndustryCode }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Badge
      variant="light"
      color="teal"
      leftSection={<IconCertificate size={12} />}
      style={{ textTransform: 'none' }}
      data-testid="certified-badge"
    >
      {t('certifications.badge', { code: industry, name: format.industry(industry) })}
    </Badge>
  );
}

/**
 * Where an account is assigned or a tip routed: the sellers the server proposes — certified in the
 * account's industry, ranked with their reasons (domain/certifications.ts). Picking one fills the choice.
 */
export function CertifiedSellers({
  accountId,
  salesGroupId = null,
  chosenId,
  onChoose,
  accountName,
}: {
  accountId: string | null | undefined;
  salesGroupId?: string | null;
  chosenId?: string | null;
  onChoose: (sellerId: string) => void;
  accountName?: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const proposals = useCertifiedSellers(accountId, salesGroupId).data;
  if (!accountId || !proposals) return null;
  const { industry, items } = proposals;
  return (
    <Paper withBorder radius="md" p="sm" data-testid="certified-sellers">
      <Text size="sm" fw={600} mb={4}>
        {t('certifications.proposals.title')}
        {accountName ? ` · ${t('certifications.proposals.forAccount', { name: accountName })}` : ''}
      </Text>
      {!industry ? (
        <Text size="sm" c="dimmed">
          {t('certifications.proposals.noIndustry')}
        </Text>
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="certified-sellers-none">
          {t('certifications.proposals.none', { industry: `${industry} – ${format.industry(industry)}` })}
        </Text>
      ) : (
        <Stack gap={6}>
          {items.map((p) => {
            const choice = chosenId === p.id ? t('certifications.proposals.chosen') : t('certifications.proposals.choose');
            return (
              <Group key={p.id} justify="space-between" gap="xs" wrap="nowrap" data-testid="certified-seller">
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Text size="sm" fw={500}>
                    {p.name}
                  </Text>
                  <Group gap={6}>
                    <CertifiedBadge industry={p.industry} />
                    {p.reasons.includes('same_market') && (
                      <Badge variant="outline" color="gray" style={{ textTransform: 'none' }}>
                        {t('certifications.proposals.sameMarket')}
                      </Badge>
                    )}
                    <Text size="xs" c="dimmed">
                      {t('certifications.proposals.accounts', { count: p.accounts })}
                      {p.expiresOn ? ` · ${t('certifications.proposals.until', { date: format.date(p.expiresOn) })}` : ''}
                    </Text>
                  </Group>
                </Stack>
                <Button
                  size="xs"
                  variant={chosenId === p.id ? 'filled' : 'light'}
                  onClick={() => onChoose(p.id)}
                  aria-label={`${choice}: ${p.name}`}
                  data-testid="certified-seller-choose"
                >
                  {choice}
                </Button>
              </Group>
            );
          })}
        </Stack>
      )}
    </Paper>
  );
}
