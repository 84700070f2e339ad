import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Lesson } from '@contract/rituals';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/queryKeys';
import { useFormat } from '../../shared/format/useFormat';

type LessonData = z.infer<typeof Lesson>;

/**
 * What other customers' interview rounds taught about this customer's industry (E3): each insight a
 * listener marked relevant to the industry, with the topic and the round it came from — the
 * suggestion that spreads the lesson. Hidden while there is none.
 */
export function LessonsCard({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const lessons = useQuery({
    queryKey: [...queryKeys.accounts.one(accountId), 'lessons'],
    queryFn: ({ signal }) => api.get<LessonData[]>(`/api/accounts/${accountId}/lessons`, undefined, signal),
  });
  const list = lessons.data ?? [];
  if (list.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md" data-testid="account-lessons">
      <Title order={2} fz="md" fw={600}>
        {t('rituals.lessonsCard.title')}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t('rituals.lessonsCard.text', { industry: format.industry(list[0]!.industry) })}
      </Text>
      <Stack gap="sm">
        {list.slice(0, 5).map((l) => (
          <div key={l.insightId} data-testid="account-lesson">
            <Text size="sm">{l.text}</Text>
            <Text size="xs" c="dimmed">
              {t('rituals.lessonsCard.from', { topic: l.topic, day: format.date(l.heldOn) })}{' '}
              <Anchor component={Link} to={`/cross-selling/interviews/${l.roundId}`} size="xs">
                {l.fromAccount}
              </Anchor>
            </Text>
          </div>
        ))}
        {list.length > 5 && (
          <Text size="xs" c="dimmed">
            {t('rituals.lessonsCard.more', { count: list.length - 5 })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
