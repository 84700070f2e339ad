import { Button, CopyButton, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCalendarShare } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ritualsApi } from './api';
import { useFeed, useRitualMutation } from './queries';
import { useFormat } from '../../shared/format/useFormat';
import { notify } from '../../shared/ui/notify';

/** A personal calendar feed: a secret address, shown once when made; a new one replaces it; revocable. */
export function CalendarFeedCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const feed = useFeed();
  const [url, setUrl] = useState<string | null>(null);
  const create = useRitualMutation(() => ritualsApi.createFeed());
  const revoke = useRitualMutation(() => ritualsApi.revokeFeed());
  const active = feed.data?.active ?? false;
  return (
    <Paper withBorder radius="md" p="md" data-testid="calendar-feed">
      <Stack gap="sm">
        <Group gap="xs">
          <IconCalendarShare size={20} />
          <Title order={2} fz="md" fw={600}>
            {t('rituals.feed.title')}
          </Title>
        </Group>
        <Text size="sm" c="dimmed">
          {t('rituals.feed.description')}
        </Text>
        <Text size="sm">
          {active && feed.data?.createdAt ? t('rituals.feed.active', { date: format.date(feed.data.createdAt) }) : t('rituals.feed.none')}
        </Text>
        {url && (
          <Stack gap={4}>
            <Group gap="xs" wrap="nowrap">
              <TextInput value={url} readOnly style={{ flex: 1 }} aria-label={t('rituals.feed.title')} data-testid="feed-url" />
              <CopyButton value={url}>
                {({ copied, copy }) => (
                  <Button variant="default" onClick={copy}>
                    {copied ? t('rituals.feed.copied') : t('rituals.feed.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
            <Text size="xs" c="dimmed">
              {t('rituals.feed.onceOnly')}
            </Text>
          </Stack>
        )}
        <Group gap="xs">
          <Button
            variant={active ? 'default' : 'filled'}
            loading={create.isPending}
            onClick={() => create.mutate(undefined, { onSuccess: (f) => setUrl(f.url) })}
            data-testid="create-feed"
          >
            {active ? t('rituals.feed.renew') : t('rituals.feed.create')}
          </Button>
          {active && (
            <Button
              variant="subtle"
              color="red"
              loading={revoke.isPending}
              onClick={() =>
                revoke.mutate(undefined, {
                  onSuccess: () => {
                    setUrl(null);
                    notify(t('rituals.feed.revoked'));
                  },
                })
              }
              data-testid="revoke-feed"
            >
              {t('rituals.feed.revoke')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
