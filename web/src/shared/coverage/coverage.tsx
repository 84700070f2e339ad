import { Alert, Anchor, Text } from '@mantine/core';
import { IconWorld } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AccountCoverage } from '@contract/coverage';
import { api } from '../api/client';

export type { AccountCoverage };
export const coverageKey = (accountId: string) => ['coverage', accountId] as const;

/** Where an account sits in its group of companies and who covers it for the viewer (H2). */
export function useAccountCoverage(accountId: string | null | undefined) {
  return useQuery({
    queryKey: coverageKey(accountId ?? ''),
    queryFn: ({ signal }) => api.get<AccountCoverage>(`/api/accounts/${accountId}/coverage`, undefined, signal),
    enabled: !!accountId,
    staleTime: 60_000,
  });
}

/**
 * At a subsidiary of a group of companies: who covers it. Someone outside the rule is told, before they
 * log a meeting or open an opportunity, that the coverer and the global owner will hear of it.
 */
export function CoverageNotice({ accountId }: { accountId: string | null | undefined }) {
  const { t } = useTranslation();
  const coverage = useAccountCoverage(accountId).data;
  if (!coverage?.group) return null;
  const by = coverage.forYou.coveredBy;
  const coverer = by ? (by.seller?.name ?? t('coverage.marketTeam', { market: by.market.name })) : null;
  const group = (
    <Anchor component={Link} to={`/coverage/${coverage.group.id}`} size="sm">
      {coverage.group.name}
    </Anchor>
  );
  if (coverage.forYou.outside && coverer && by) {
    return (
      <Alert color="orange" variant="light" icon={<IconWorld size={18} />} title={t('coverage.outsideTitle', { coverer })} data-testid="coverage-outside">
        <Text size="sm">
          {t('coverage.outsideText', { coverer, market: by.market.name, owner: coverage.globalOwner?.name ?? t('coverage.noOwner') })}
        </Text>
        <Text size="sm" mt={4}>
          {t('coverage.partOf')} {group}
        </Text>
      </Alert>
    );
  }
  if (coverage.isGroup) {
    return (
      <Text size="sm" data-testid="coverage-group">
        <IconWorld size={14} style={{ verticalAlign: 'middle' }} />{' '}
        <Anchor component={Link} to={`/coverage/${coverage.group.id}`} size="sm" data-testid="coverage-group-link">
          {t('coverage.open')}
        </Anchor>
        {coverage.globalOwner && ` · ${t('coverage.globalOwner')}: ${coverage.globalOwner.name}`}
      </Text>
    );
  }
  if (!coverer) return null;
  return (
    <Text size="sm" c="dimmed" data-testid="coverage-covered">
      <IconWorld size={14} style={{ verticalAlign: 'middle' }} /> {t('coverage.coveredBy', { coverer, market: by!.market.name })} · {group}
    </Text>
  );
}
