import { Box, Divider, List, Paper, Stack, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/useFormat';
import type { ForumData, MeetingData } from './api';
import { memberNames } from './forumModel';

/** What the forum decided before: each meeting's date, who came, the decisions with owner and date, and notes. */
export function PastMeetings({ forum, meetings }: { forum: ForumData; meetings: MeetingData[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const names = memberNames(forum);
  const nameOf = (id: string) => names.get(id) ?? t('crossSelling.ledger.unknown');

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} data-testid="past-meetings">
      <Title order={2} fz="lg" fw={600} mb="sm">
        {t('crossSelling.forum.meetings.title')}
      </Title>
      {meetings.length === 0 ? (
        <Text size="sm" c="dimmed" fs="italic">
          {t('crossSelling.forum.meetings.empty')}
        </Text>
      ) : (
        <Stack gap="md">
          {meetings.map((m, i) => (
            <Fragment key={m.id}>
              {i > 0 && <Divider />}
              <Box data-testid="past-meeting">
                <Text fw={600}>{format.date(m.heldOn, { dateStyle: 'full' })}</Text>
                <Text size="sm" c="dimmed" mb={6}>
                  {t('crossSelling.forum.meetings.attended')}: {m.attendeeIds.map(nameOf).join(', ') || '—'}
                </Text>
                <Text size="sm" fw={600}>
                  {t('crossSelling.forum.meetings.decisions')}
                </Text>
                {m.decisions.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('crossSelling.forum.meetings.noDecisions')}
                  </Text>
                ) : (
                  <List size="sm" spacing={4} mb={6}>
                    {m.decisions.map((d, j) => (
                      <List.Item key={j} data-testid="meeting-decision">
                        {d.text}
                        {(d.ownerId || d.dueOn) && (
                          <Text component="span" size="sm" c="dimmed">
                            {' — '}
                            {[
                              d.ownerId ? t('crossSelling.forum.meetings.owner', { name: nameOf(d.ownerId) }) : null,
                              d.dueOn ? t('crossSelling.forum.meetings.due', { date: format.date(d.dueOn) }) : null,
                            ]
                              .filter(Boolean)
                              .join(', ')}
                          </Text>
                        )}
                      </List.Item>
                    ))}
                  </List>
                )}
                {m.notes && (
                  <>
                    <Text size="sm" fw={600}>
                      {t('crossSelling.forum.meetings.notes')}
                    </Text>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                      {m.notes}
                    </Text>
                  </>
                )}
              </Box>
            </Fragment>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
