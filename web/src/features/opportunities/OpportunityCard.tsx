import { ActionIcon, Anchor, Badge, Group, Menu, Paper, Stack, Text } from '@mantine/core';
import { useDraggable } from '@dnd-kit/core';
import { IconAlertTriangle, IconCalendarExclamation, IconClockPause, IconDots } from '@tabler/icons-react';
import { memo, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { stageName } from '../../shared/domain/stages';
import { useFormat } from '../../shared/format/useFormat';
import { AnchorAt } from '../../shared/ui/AnchorAt';
import type { BoardCard, Stage } from './api';

interface Props {
  opportunity: BoardCard;
  stages: Stage[];
  onMove: (opportunity: BoardCard, stage: Stage) => void;
  /** Drag and the menu are offered only to those who may move it. */
  movable: boolean;
}

const warningBadge = {
  timed_out: { color: 'red', icon: IconAlertTriangle, key: 'pipeline.card.timedOut' },
  close_overdue: { color: 'orange', icon: IconCalendarExclamation, key: 'pipeline.card.closeOverdue' },
  stale: { color: 'yellow', icon: IconClockPause, key: 'pipeline.card.stale' },
} as const;

/**
 * One opportunity on the board: what, for whom, how much, when, whose, how old — and the one warning
 * that matters most (the server says which). The card is dragged with a pointer; by keyboard (and
 * for screen readers) it moves with its "Move to…" menu, so the card holds no control inside a control.
 */
export const OpportunityCard = memo(function OpportunityCard({ opportunity: o, stages, onMove, movable }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const { listeners, setNodeRef, isDragging } = useDraggable({ id: o.id, data: o, disabled: !movable });
  const warning = o.warning ? warningBadge[o.warning] : null;

  return (
    <Paper
      ref={setNodeRef}
      withBorder
      radius="sm"
      p="xs"
      shadow={isDragging ? 'md' : undefined}
      style={{ opacity: isDragging ? 0.4 : 1, cursor: movable ? 'grab' : undefined, touchAction: movable ? 'none' : undefined }}
      data-testid="opportunity-card"
      data-id={o.id}
      {...listeners}
    >
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" gap={4} align="flex-start">
          <Anchor component={Link} to={`/pipeline/${o.id}`} fw={600} size="sm" lh={1.3} style={{ overflowWrap: 'anywhere' }}>
            {o.name}
          </Anchor>
          {movable && <MoveMenu opportunity={o} stages={stages} onMove={onMove} />}
        </Group>
        <Text size="xs" c="dimmed" truncate>
          {o.accountName}
          {o.owner ? ` · ${o.owner.name}` : ''}
        </Text>
        <Group justify="space-between" gap={4} wrap="nowrap">
          <Text size="sm" fw={600}>
            {format.currency(o.value || o.estimatedValue || 0, o.currency)}
          </Text>
          <Text size="xs" c={o.closeOverdue ? 'orange' : 'dimmed'} fw={o.closeOverdue ? 600 : undefined} data-testid="card-close">
            {closeLine(o, t, format)}
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          {t('pipeline.card.age', { count: o.ageDays })}
          {/* a closed deal entered Won or Lost as it closed: its days there say nothing */}
          {!o.closedAt && ` · ${t('pipeline.card.inStage', { count: o.daysInStage })}`}
        </Text>
        {warning && (
          <Group gap={4}>
            <Badge
              size="xs"
              color={warning.color}
              variant="light"
              leftSection={<warning.icon size={10} aria-hidden />}
              data-testid="card-warning"
              data-warning={o.warning}
            >
              {t(warning.key)}
            </Badge>
          </Group>
        )}
      </Stack>
    </Paper>
  );
});

/**
 * The card's "Move to…" menu. A board holds hundreds of cards, so the menu is mounted only while it
 * is open, anchored at the card's button (which stays the same element, so focus returns to it).
 */
function MoveMenu({ opportunity: o, stages, onMove }: Omit<Props, 'movable'>) {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  return (
    <>
      <ActionIcon
        ref={button}
        variant="subtle"
        color="gray"
        size="sm"
        aria-label={t('pipeline.card.actions', { name: o.name })}
        aria-haspopup="menu"
        aria-expanded={open}
        onPointerDown={(e) => e.stopPropagation()}
        // not a click outside the open menu: the click that follows closes it
        onMouseDown={(e) => e.stopPropagation()}
        onClick={() => setOpen((v) => !v)}
        data-testid="card-menu"
      >
        <IconDots size={14} />
      </ActionIcon>
      {open && button.current && (
        <Menu opened onChange={setOpen} position="bottom-end" withinPortal>
          <AnchorAt element={button.current} />
          <Menu.Dropdown aria-labelledby={undefined} aria-label={t('pipeline.card.actions', { name: o.name })}>
            <Menu.Label>{t('pipeline.card.moveTo')}</Menu.Label>
            {stages
              .filter((s) => s.id !== o.stageId)
              .map((s) => (
                <Menu.Item key={s.id} onClick={() => onMove(o, s)} data-testid={`move-to-${s.key}`}>
                  {stageName(s, t)}
                </Menu.Item>
              ))}
          </Menu.Dropdown>
        </Menu>
      )}
    </>
  );
}

/**
 * What a card says of its close: a won deal's signing (the day its volume counts by), a lost one's
 * closing — with the year when that was another year's (the won and lost columns reach back) — or an
 * open one's expected close.
 */
function closeLine(o: BoardCard, t: TFunction, format: ReturnType<typeof useFormat>): string {
  // a signing and a close date are plain days (format reads them as that day for every reader); a close, a moment
  const thisYear = String(new Date().getFullYear());
  const day = (at: string, year: string) =>
    format.date(at, { day: 'numeric', month: 'short', ...(year === thisYear ? {} : { year: 'numeric' }) });
  if (o.signedOn) return t('pipeline.card.signed', { date: day(o.signedOn, o.signedOn.slice(0, 4)) });
  if (o.closedAt) return t('pipeline.card.closed', { date: day(o.closedAt, String(new Date(o.closedAt).getFullYear())) });
  if (o.expectedCloseOn) return t('pipeline.card.closes', { date: format.date(o.expectedCloseOn, { day: 'numeric', month: 'short' }) });
  return t('pipeline.card.noClose');
}
