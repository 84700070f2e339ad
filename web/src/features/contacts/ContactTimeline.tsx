import { Group, Paper, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { timelineFilterFrom } from '../../shared/timeline/api';
import { useTimeline } from '../../shared/timeline/queries';
import { TimelineFilters } from '../../shared/timeline/TimelineFilters';
import { TimelineList } from '../../shared/timeline/TimelineList';
import { useUrlParams } from '../../shared/url/useUrlParams';

/** Everything involving this person, from every group, newest first. */
export function ContactTimeline({ contactId }: { contactId: string }) {
  const { t } = useTranslation();
  const { params, update } = useUrlParams();
  const filter = timelineFilterFrom(params);
  const timeline = useTimeline('contact', contactId, filter);
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} data-testid="contact-timeline">
      <Group justify="space-between" align="center" mb="lg" gap="sm">
        <Title order={2} fz="lg" fw={600}>
          {t('timeline.title')}
        </Title>
        <TimelineFilters filter={filter} onChange={update} />
      </Group>
      <TimelineList query={timeline} filtered={!!(filter.type || filter.salesGroupId)} scope="contact" />
    </Paper>
  );
}
