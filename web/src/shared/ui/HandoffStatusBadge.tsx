import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Handoff } from '@contract/handoffs';

type HandoffStatus = Handoff['status'];

export const handoffStatusColors: Record<HandoffStatus, string> = {
  sent: 'blue',
  accepted: 'cyan',
  declined: 'red',
  contacted: 'indigo',
  meeting_held: 'violet',
  opportunity_created: 'teal',
  not_relevant: 'gray',
  withdrawn: 'gray',
};

/**
 * A handoff's status, and its outcome once the linked opportunity is won or lost. Shared: the
 * handoffs' pages and the forum's agenda show it.
 */
export function HandoffStatusBadge({ handoff }: { handoff: Pick<Handoff, 'status' | 'outcome'> }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <Badge
        variant="light"
        color={handoffStatusColors[handoff.status]}
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
