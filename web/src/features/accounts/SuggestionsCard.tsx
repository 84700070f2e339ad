import { Anchor, Button, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowsExchange, IconPlus } from '@tabler/icons-react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../shared/format/useFormat';
import { useSession } from '../../shared/session/session';
import { GroupBadge } from '../../shared/ui/GroupBadge';
import type { Suggestion } from './api';
import { useSuggestions } from './queries';

/** The rule behind a suggestion in the reader's language, from its numbers (the server's sentence is English). */
function useReason() {
  const { t } = useTranslation();
  const format = useFormat();
  return (s: Suggestion) => {
    const values = {
      percent: format.percent(s.support / s.base),
      count: s.base,
      industry: format.industry(s.segment),
      because: s.because?.name ?? '',
    };
    if (s.because)
      return t(s.segment ? 'crossSelling.suggestions.reason.becauseIndustry' : 'crossSelling.suggestions.reason.because', values);
    return t(s.segment ? 'crossSelling.suggestions.reason.industry' : 'crossSelling.suggestions.reason.all', values);
  };
}

/**
 * What could come next for this customer (D6): the products similar customers own that it lacks,
 * each with its reason, and a handoff to the group that sells it. Hidden when there is nothing to suggest.
 */
export function SuggestionsCard({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const suggestions = useSuggestions(accountId);
  const reason = useReason();
  const data = suggestions.data;
  if (!data || data.items.length === 0) return null;
  const industry = format.industry(data.peers.industry);

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} data-testid="suggestions">
      <Title order={2} fz="lg" fw={600}>
        {t('crossSelling.suggestions.title')}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {industry
          ? t('crossSelling.suggestions.peersIndustry', { count: data.peers.count, industry, industryCount: data.peers.industryCount })
          : t('crossSelling.suggestions.peersAll', { count: data.peers.count })}
      </Text>
      <Stack gap="sm">
        {data.items.map((s, i) => {
          const ownGroup = s.product.salesGroupId === me.salesGroup?.id;
          const query = `accountId=${accountId}&productId=${s.product.id}`;
          return (
            <Fragment key={s.product.id}>
              {i > 0 && <Divider />}
              <Stack gap={4} data-testid="suggestion">
                <Group gap={6} justify="space-between" wrap="nowrap" align="flex-start">
                  <Anchor component={Link} to={`/products/${s.product.id}`} size="sm" fw={600}>
                    {s.product.name}
                  </Anchor>
                  <GroupBadge size="xs" id={s.product.salesGroupId} name={s.product.salesGroupName} style={{ flexShrink: 0 }} />
                </Group>
                <Text size="sm" data-testid="suggestion-reason">
                  {reason(s)}
                </Text>
                <Text size="xs" c="dimmed">
                  {[
                    t('crossSelling.suggestions.basis', { count: s.support }),
                    t('crossSelling.suggestions.lift', { lift: format.number(s.lift, { maximumFractionDigits: 1 }) }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
                {!ownGroup && me.can.giveHandoffs && (
                  <Button
                    component={Link}
                    to={`/cross-selling/new?${query}`}
                    size="compact-sm"
                    variant="light"
                    leftSection={<IconArrowsExchange size={14} />}
                    style={{ alignSelf: 'flex-start' }}
                    data-testid="suggestion-pass-tip"
                  >
                    {t('crossSelling.suggestions.passTip')}
                  </Button>
                )}
                {ownGroup && me.can.writeOpportunities && (
                  <Button
                    component={Link}
                    to={`/pipeline/new?${query}`}
                    size="compact-sm"
                    variant="light"
                    leftSection={<IconPlus size={14} />}
                    style={{ alignSelf: 'flex-start' }}
                  >
                    {t('crossSelling.suggestions.openOpportunity')}
                  </Button>
                )}
              </Stack>
            </Fragment>
          );
        })}
      </Stack>
    </Paper>
  );
}
