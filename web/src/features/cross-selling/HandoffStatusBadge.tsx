import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Handoff } from './api';
import { statusColors } from './statuses';

/** A tip's status, and its outcome once the linked opportunity is won or lost. */
export function HandoffStatusBadge({ handoff }: { handoff: Pick<Handoff, 'status' | 'outcome'> }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <Badge
        variant="light"
        color={statusColors[handoff.status]}
        tt="none"
        data-status={handoff.status}
        data-testid="handoff-status"
        style={{ flexShrink: 0 }}
      >
        {t(`crossSelling.status.${handoff.status}`)}
      </Badge>
      {handoff.outcome && (
        <Badge
          variant="filled"
          color={handoff.outcome === 'won' ? 'teal' : 'red'}
          tt="none"
          data-testid="handoff-outcome"
          style={{ flexShrink: 0 }}
        >
          {t(`crossSelling.outcome.${handoff.outcome}`)}
        </Badge>
      )}
    </Group>
  );
}
