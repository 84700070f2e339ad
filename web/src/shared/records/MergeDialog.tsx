import { Alert, Badge, Button, Group, List, Loader, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/errorMessage';

/** What moves in a merge, as the server's preview counts it (records.merge.moves.<key>). */
export type MergeMoveKey = 'contacts' | 'opportunities' | 'handoffs' | 'tasks' | 'activities';

/** The server's merge preview, as the dialog shows it. */
export interface MergePreviewView {
  keepName: string;
  duplicateName: string;
  moves: Partial<Record<MergeMoveKey, number>>;
  /** Fields of the one that stays that the other fills (records.merge.fields.<key>). */
  filled: string[];
  /** The server's answer to "may this viewer merge these two" (domain/access.ts `mayMerge`). */
  canMerge: boolean;
}

export type MergeDirection = 'keepThis' | 'keepOther';

interface Props {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** The search field that picks the duplicate. */
  picker: ReactNode;
  /** Likely duplicates the server found, one click to pick. */
  suggestions: { id: string; name: string }[];
  onSuggestion: (s: { id: string; name: string }) => void;
  picked: boolean;
  direction: MergeDirection;
  onDirection: (d: MergeDirection) => void;
  preview: { data?: MergePreviewView; isFetching: boolean; error: unknown };
  onConfirm: () => void;
  merging: boolean;
  mergeError: unknown;
}

const moveOrder: MergeMoveKey[] = ['contacts', 'opportunities', 'handoffs', 'tasks', 'activities'];

/**
 * Merging two records: pick the duplicate, choose which one stays, see what the server says will move
 * and be filled in, and whether you may — then confirm. Accounts and contacts use it alike.
 */
export function MergeDialog(p: Props) {
  const { t } = useTranslation();
  const preview = p.preview.data;
  const moved = preview ? moveOrder.filter((k) => (preview.moves[k] ?? 0) > 0) : [];
  return (
    <Modal
      opened={p.opened}
      onClose={p.onClose}
      title={p.title}
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
      data-testid="merge-dialog"
    >
      <Stack gap="md">
        {p.picker}
        {p.suggestions.length > 0 && !p.picked && (
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('records.merge.suggestions')}
            </Text>
            <Group gap="xs">
              {p.suggestions.map((s) => (
                <Button key={s.id} size="compact-sm" variant="light" onClick={() => p.onSuggestion(s)} data-testid="merge-suggestion">
                  {s.name}
                </Button>
              ))}
            </Group>
          </Stack>
        )}
        {p.picked && (
          <SegmentedControl
            value={p.direction}
            onChange={(v) => p.onDirection(v)}
            aria-label={t('records.merge.which')}
            data={[
              { value: 'keepThis', label: t('records.merge.keepThis') },
              { value: 'keepOther', label: t('records.merge.keepOther') },
            ]}
            data-testid="merge-direction"
          />
        )}
        {p.picked && p.preview.isFetching && !preview && <Loader size="sm" aria-label={t('common.loading')} />}
        {p.preview.error != null && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(p.preview.error, t)}
          </Alert>
        )}
        {preview && (
          <Stack gap="xs" data-testid="merge-summary">
            <Text size="sm">{t('records.merge.summary', { from: preview.duplicateName, into: preview.keepName })}</Text>
            {moved.length > 0 ? (
              <div>
                <Text size="sm">{t('records.merge.movesTitle')}</Text>
                <List size="sm" spacing={2}>
                  {moved.map((k) => (
                    <List.Item key={k} data-testid={`merge-moves-${k}`}>
                      {t(`records.merge.moves.${k}`, { count: preview.moves[k] })}
                    </List.Item>
                  ))}
                </List>
              </div>
            ) : (
              <Text size="sm" c="dimmed">
                {t('records.merge.nothingMoves')}
              </Text>
            )}
            {preview.filled.length > 0 && (
              <Group gap={4}>
                <Text size="sm">{t('records.merge.fills')}</Text>
                {preview.filled.map((f) => (
                  <Badge key={f} size="sm" variant="light" tt="none">
                    {t(`records.merge.fields.${f}`, { defaultValue: f })}
                  </Badge>
                ))}
              </Group>
            )}
            <Text size="sm" fw={500}>
              {t('records.merge.gone', { name: preview.duplicateName })}
            </Text>
            {!preview.canMerge && (
              <Alert color="orange" variant="light" data-testid="merge-not-allowed">
                {t('records.merge.notAllowed')}
              </Alert>
            )}
          </Stack>
        )}
        {p.mergeError != null && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(p.mergeError, t)}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={p.onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            onClick={p.onConfirm}
            loading={p.merging}
            disabled={!preview?.canMerge || p.preview.isFetching}
            data-testid="confirm-merge"
          >
            {t('records.merge.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/**
 * The choice a merge dialog holds: the duplicate picked and which of the two stays. `onChange` runs on
 * every change (e.g. to clear a failed merge's error).
 */
export function useMergeChoice<T extends { id: string; name: string }>(self: T, initial: T | null, onChange: () => void) {
  const [picked, setPicked] = useState<T | null>(initial);
  const [direction, setDirection] = useState<MergeDirection>('keepThis');
  const [keep, drop] = direction === 'keepThis' ? [self, picked] : [picked, self];
  const pick = (p: T | null) => {
    onChange();
    setPicked(p);
  };
  const onDirection = (d: MergeDirection) => {
    onChange();
    setDirection(d);
  };
  return { picked, pick, keep, drop, dialogProps: { picked: picked !== null, direction, onDirection, onSuggestion: pick } };
}
