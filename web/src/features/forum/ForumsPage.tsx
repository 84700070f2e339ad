import { Anchor, Badge, Box, Breadcrumbs, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPlus, IconPresentation } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useFormat } from '../../shared/format/useFormat';
import { useMarkets } from '../../shared/org/queries';
import { todayInput } from '../../shared/timeline/when';
import { useSession } from '../../shared/session/session';
import { EmptyState } from '../../shared/ui/EmptyState';
import { Fact } from '../../shared/ui/Fact';
import { PageHeader } from '../../shared/ui/PageHeader';
import type { ForumData } from './api';
import { NewForumModal } from './NewForumModal';
import { useForums } from './queries';
import { QueryState } from '../../shared/ui/PageState';

/** The cross-selling forums (D7): who meets, how often, when they last met and when they meet next (in red once overdue). */
export default function ForumsPage() {
  const { t } = useTranslation();
  const me = useSession();
  const navigate = useNavigate();
  const forums = useForums();
  const [creating, setCreating] = useState(false);
  const mayCreate = me.can.manageForums;
  const newButton = mayCreate && (
    <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)} data-testid="new-forum">
      {t('crossSelling.forum.new')}
    </Button>
  );

  return (
    <Box data-testid="forums-page">
      <Breadcrumbs mb="sm" fz="sm">
        <Anchor component={Link} to="/cross-selling" size="sm">
          {t('nav.crossSelling')}
        </Anchor>
      </Breadcrumbs>
      <PageHeader title={t('crossSelling.forum.title')} description={t('crossSelling.forum.description')} actions={newButton} />
      {forums.error || !forums.data ? (
        <QueryState query={forums} />
      ) : forums.data.length === 0 ? (
        <EmptyState
          icon={<IconPresentation size={32} stroke={1.5} />}
          title={t('crossSelling.forum.empty.title')}
          description={t('crossSelling.forum.empty.text')}
          actions={newButton}
        />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" data-testid="forum-list">
          {forums.data.map((f) => (
            <ForumCard key={f.id} forum={f} />
          ))}
        </SimpleGrid>
      )}
      <NewForumModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(f) => void navigate(`/cross-selling/forums/${f.id}`)}
      />
    </Box>
  );
}

function ForumCard({ forum }: { forum: ForumData }) {
  const { t } = useTranslation();
  const format = useFormat();
  const markets = useMarkets();
  const market = markets.data?.find((m) => m.id === forum.marketId);
  const dash = '—';
  return (
    <Paper withBorder radius="md" p="lg" data-testid="forum-card">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Title order={2} fz="lg" fw={600} style={{ overflowWrap: 'anywhere' }}>
            <Anchor component={Link} to={`/cross-selling/forums/${forum.id}`} inherit data-testid="forum-link">
              {forum.name}
            </Anchor>
          </Title>
          <Badge variant="light" color="gray" tt="none" style={{ flexShrink: 0 }}>
            {market ? format.region(market.code, market.name) : t('crossSelling.forum.allMarkets')}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {t(`crossSelling.forum.cadence.${forum.cadence}`)} · {t('crossSelling.forum.members', { count: forum.members.length })}
        </Text>
        <Text size="sm" lineClamp={2}>
          {forum.members.map((m) => m.name).join(', ')}
        </Text>
        <SimpleGrid cols={2} spacing="sm">
          <Fact label={t('crossSelling.forum.lastMeeting')}>
            {forum.lastMeeting ? format.date(forum.lastMeeting.heldOn) : t('crossSelling.forum.noMeeting')}
          </Fact>
          <Fact label={t('crossSelling.forum.nextMeeting')}>
            {forum.nextMeetingOn ? (
              <Text component="span" size="sm" fw={500} c={forum.nextMeetingOn < todayInput() ? 'red' : undefined}>
                {format.date(forum.nextMeetingOn)}
              </Text>
            ) : (
              dash
            )}
          </Fact>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
