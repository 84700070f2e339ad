import { Divider, Group, Paper, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { timelineFilterFrom } from '../../shared/timeline/api';
import { useUrlParams } from '../../shared/url/useUrlParams';
import { useTimeline } from '../../shared/timeline/queries';
import { TimelineFilters } from '../../shared/timeline/TimelineFilters';
import { TimelineList } from '../../shared/timeline/TimelineList';
import { Composer } from './Composer';

/** The account's shared timeline: everything every group did, newest first; filters live in the URL. */
export function AccountTimeline({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const { params, update } = useUrlParams();
  const filter = timelineFilterFrom(params);
  const timeline = useTimeline('account', accountId, filter);

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} data-testid="account-timeline">
      <Group justify="space-between" align="center" mb="md" gap="sm">
        <Title order={2} fz="lg" fw={600}>
          {t('timeline.title')}
        </Title>
        <TimelineFilters filter={filter} onChange={update} />
      </Group>
      <Composer accountId={accountId} />
      <Divider my="lg" />
      <TimelineList query={timeline} filtered={!!(filter.type || filter.salesGroupId)} />
    </Paper>
  );
}
