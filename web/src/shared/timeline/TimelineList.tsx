import { Button, Center, Timeline, ThemeIcon } from '@mantine/core';
import { IconTimeline } from '@tabler/icons-react';
import type { UseInfiniteQueryResult, InfiniteData } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../ui/EmptyState';
import { activityMeta } from './activityMeta';
import type { TimelinePage } from './api';
import { TimelineEntry } from './TimelineEntry';
import { QueryState } from '../ui/PageState';

interface Props {
  query: UseInfiniteQueryResult<InfiniteData<TimelinePage>>;
  /** Filters are on: an empty list means "nothing matches", not "nothing yet". */
  filtered: boolean;
  /** Whose timeline: a contact's has no composer of its own. */
  scope?: 'account' | 'contact';
}

/** A shared timeline, newest first, with "show older" (keyset paging). */
export function TimelineList({ query, filtered, scope = 'account' }: Props) {
  const { t } = useTranslation();
  if (query.error || query.isPending) return <QueryState query={query} size="sm" />;
  const items = query.data.pages.flatMap((p) => p.items);
  if (items.length === 0) {
    return (
      <EmptyState
        framed={false}
        icon={<IconTimeline size={28} stroke={1.5} />}
        title={filtered ? t('timeline.empty.filteredTitle') : t('timeline.empty.title')}
        description={
          filtered ? t('timeline.empty.filteredText') : scope === 'contact' ? t('timeline.empty.contactText') : t('timeline.empty.text')
        }
      />
    );
  }
  return (
    <>
      <Timeline bulletSize={30} lineWidth={2} data-testid="timeline" style={{ opacity: query.isRefetching ? 0.7 : 1 }}>
        {items.map((activity) => {
          const meta = activityMeta[activity.type];
          const TypeIcon = meta.icon;
          return (
            <Timeline.Item
              key={activity.id}
              bullet={
                <ThemeIcon size={30} radius="xl" variant="light" color={meta.color} aria-hidden>
                  <TypeIcon size={16} stroke={1.8} />
                </ThemeIcon>
              }
            >
              <TimelineEntry activity={activity} />
            </Timeline.Item>
          );
        })}
      </Timeline>
      {query.hasNextPage && (
        <Center mt="md">
          <Button variant="default" size="sm" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
            {t('timeline.loadMore')}
          </Button>
        </Center>
      )}
    </>
  );
}
