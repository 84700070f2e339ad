import { Anchor, Badge, Box, Group, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import {
  DndContext,
  DragOverlay,
  PointerSensor,
  pointerWithin,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { stageName } from '../../shared/domain/stages';
import { useFormat } from '../../shared/format/useFormat';
import type { BoardColumnData, BoardData, BoardCard, Stage } from './api';
import { OpportunityCard } from './OpportunityCard';

interface Props {
  board: BoardData;
  movable: boolean;
  onMove: (opportunity: BoardCard, stage: Stage) => void;
}

interface ColumnProps {
  column: BoardColumnData;
  currency: string;
  stages: Stage[];
  movable: boolean;
  onMove: Props['onMove'];
}

function Column({ column, currency, stages, movable, onMove }: ColumnProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { stage } = column;
  const { setNodeRef, isOver } = useDroppable({ id: stage.id, data: stage });
  const closed = stage.outcome !== 'open';
  const more = column.count - column.cards.length;
  const color = stage.outcome === 'won' ? 'teal' : stage.outcome === 'lost' ? 'red' : undefined;

  return (
    <Paper
      ref={setNodeRef}
      withBorder
      radius="md"
      p="xs"
      w={272}
      style={{
        flex: '0 0 272px',
        background: isOver ? 'var(--mantine-color-blue-light)' : 'var(--mantine-color-default-hover)',
        borderStyle: stage.optional ? 'dashed' : undefined,
      }}
      data-testid="board-column"
      data-stage={stage.key}
      aria-label={stageName(stage, t)}
      role="region"
    >
      <Stack gap={2} mb="xs">
        <Group gap={6} wrap="nowrap" justify="space-between">
          <Text fw={650} size="sm" c={color} lh={1.25} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
            {stageName(stage, t)}
          </Text>
          <Badge size="sm" variant="default" style={{ flexShrink: 0, overflow: 'visible' }} data-testid="column-count">
            {format.number(column.count)}
          </Badge>
        </Group>
        {stage.optional && (
          <Text size="xs" c="dimmed" fs="italic">
            {t('pipeline.optional')}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {t('pipeline.column.value')} {format.currency(column.value, currency)}
          {!closed && (
            <>
              {' · '}
              {t('pipeline.column.weighted')} {format.currency(column.weightedValue, currency)}
            </>
          )}
        </Text>
      </Stack>
      <Stack gap={6}>
        <Cards cards={column.cards} stages={stages} onMove={onMove} movable={movable && !closed} />
        {column.cards.length === 0 && (
          <Text size="xs" c="dimmed" ta="center" py="md">
            {stage.outcome === 'won'
              ? t('pipeline.column.dropWon')
              : stage.outcome === 'lost'
                ? t('pipeline.column.dropLost')
                : t('pipeline.column.empty')}
          </Text>
        )}
        {more > 0 && (
          <Anchor component={Link} to={`/pipeline/list?stage=${stage.id}`} size="xs" ta="center" data-testid="column-more">
            {t('pipeline.column.more', { count: more })}
          </Anchor>
        )}
      </Stack>
    </Paper>
  );
}

/** A card's height before it is measured, and the gap between cards (Mantine's 6 px stack gap). */
const CARD_HEIGHT = 132;
const CARD_GAP = 6;

interface CardsProps {
  cards: BoardCard[];
  stages: Stage[];
  onMove: Props['onMove'];
  movable: boolean;
}

/**
 * A column's cards. A team's board holds hundreds, so only those in the window's view (and a few
 * above and below) are drawn, each measured once drawn; the column keeps the whole list's height,
 * so the page scrolls as if every card were there.
 */
function Cards({ cards, stages, onMove, movable }: CardsProps) {
  const list = useRef<HTMLDivElement>(null);
  // where the list starts on the page: the window's scroll position says which cards are in view
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    const element = list.current;
    if (!element) return;
    const measured = Math.round(element.getBoundingClientRect().top + window.scrollY);
    setTop((was) => (Math.abs(was - measured) > 1 ? measured : was));
  });
  const shown = useWindowVirtualizer({
    count: cards.length,
    estimateSize: () => CARD_HEIGHT,
    gap: CARD_GAP,
    overscan: 3,
    scrollMargin: top,
    initialRect: { width: 1440, height: 900 },
    getItemKey: (i) => cards[i]?.id ?? i,
  });
  if (cards.length === 0) return null;
  return (
    <div ref={list} style={{ position: 'relative', height: shown.getTotalSize() }}>
      {shown.getVirtualItems().map((item) => {
        const o = cards[item.index];
        return (
          o && (
            <div
              key={item.key}
              ref={shown.measureElement}
              data-index={item.index}
              style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start - top}px)` }}
            >
              <OpportunityCard opportunity={o} stages={stages} onMove={onMove} movable={movable && o.can.change} />
            </div>
          )
        );
      })}
    </div>
  );
}

/**
 * Dragging scrolls the board only when the pointer is at its very edge, slowly, and the drop target is
 * the column under the pointer — not the one the dragged card overlaps most — so a card let go over
 * Negotiation lands there even on a board wider than the screen.
 */
const autoScroll = { threshold: { x: 0.06, y: 0 }, acceleration: 4 };

/** The kanban: a column per stage; drag a card (or use its "Move to…" menu) to move it on. */
export function Board({ board, movable, onMove }: Props) {
  const [dragging, setDragging] = useState<BoardCard | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  const stages = board.columns.map((c) => c.stage);

  const onDragEnd = (event: DragEndEvent) => {
    setDragging(null);
    const o = event.active.data.current as BoardCard | undefined;
    const stage = event.over?.data.current as Stage | undefined;
    if (o && stage && stage.id !== o.stageId) onMove(o, stage);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={pointerWithin}
      autoScroll={autoScroll}
      onDragStart={(e) => setDragging((e.active.data.current as BoardCard | undefined) ?? null)}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragging(null)}
    >
      <ScrollArea type="auto" offsetScrollbars data-testid="board">
        <Group align="flex-start" gap="sm" wrap="nowrap" pb="sm">
          {board.columns.map((column) => (
            <Column
              key={column.stage.id}
              column={column}
              currency={board.reportingCurrency}
              stages={stages}
              movable={movable}
              onMove={onMove}
            />
          ))}
        </Group>
      </ScrollArea>
      <DragOverlay>
        {dragging && (
          <Box style={{ transform: 'rotate(2deg)' }}>
            <Paper withBorder shadow="lg" radius="sm" p="xs" w={256}>
              <Text fw={600} size="sm">
                {dragging.name}
              </Text>
              <Text size="xs" c="dimmed">
                {dragging.accountName}
              </Text>
            </Paper>
          </Box>
        )}
      </DragOverlay>
    </DndContext>
  );
}
