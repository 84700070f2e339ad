import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { loggableTypes } from '../domain/vocabulary';
import { useSalesGroups } from '../org/queries';
import type { TimelineFilter } from './api';

const ALL = 'all';

interface Props {
  filter: TimelineFilter;
  onChange: (changes: { type?: string | null; group?: string | null }) => void;
}

/** Filter a timeline by kind of entry and by the sales group that wrote it. */
export function TimelineFilters({ filter, onChange }: Props) {
  const { t } = useTranslation();
  const groups = useSalesGroups();
  const types = [...loggableTypes, 'event' as const].map((type) => ({ value: type, label: t(`timeline.typesPlural.${type}`) }));
  return (
    <Group gap="xs" wrap="wrap">
      <Select
        size="xs"
        aria-label={t('timeline.filterType')}
        data={[{ value: ALL, label: t('timeline.allTypes') }, ...types]}
        value={filter.type ?? ALL}
        onChange={(v) => onChange({ type: v && v !== ALL ? v : null })}
        allowDeselect={false}
        w={150}
        data-testid="timeline-type-filter"
      />
      <Select
        size="xs"
        aria-label={t('timeline.filterGroup')}
        data={[{ value: ALL, label: t('timeline.allGroups') }, ...(groups.data ?? []).map((g) => ({ value: g.id, label: g.name }))]}
        value={filter.salesGroupId ?? ALL}
        onChange={(v) => onChange({ group: v && v !== ALL ? v : null })}
        allowDeselect={false}
        w={190}
        data-testid="timeline-group-filter"
      />
    </Group>
  );
}
