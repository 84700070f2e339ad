import { Alert, Box, Button, Grid, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Process } from '@contract/opportunities';
import { notify } from '../../shared/ui/notify';
import { usePutStages } from './queries';
import { issuesByField, settingsError } from './settingsErrors';
import {
  addStage,
  canMove,
  canRemove,
  draftOf,
  isClosed,
  moveStage,
  problemsOf,
  removeStage,
  sameStages,
  toInput,
  type StageDraft,
} from './stageDraft';
import { StageRow, stageControlId } from './StageRow';

interface Props {
  process: Process;
  /** The process's name as the page shows it. */
  label: string;
  onDirtyChange: (dirty: boolean) => void;
}

type Control = 'up' | 'down' | 'name';

/** The whole-list problems the server reports at `body.stages`, in the reader's language. */
function listError(error: unknown, t: TFunction): string | null {
  if (!error) return null;
  const issues = issuesByField(error);
  if ([...issues.keys()].some((k) => /^stages\.\d+\./.test(k))) return null; // shown in the rows
  const message = issues.get('stages');
  if (message === 'duplicate key') return t('settings.errors.uniqueKeys');
  if (message === 'one won and one lost stage') return t('settings.errors.wonLost');
  return settingsError(error, t);
}

/**
 * A process's stages, edited as a whole and saved with `PUT /api/processes/:id/stages`: rename,
 * reorder (up/down), add, remove, probabilities, optional, and the fields each stage's gate requires.
 */
export function StagesEditor({ process, label, onDirtyChange }: Props) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 62em)') ?? false;
  const save = usePutStages();
  const [saved, setSaved] = useState(() => draftOf(process));
  const [draft, setDraft] = useState(saved);
  const [focus, setFocus] = useState<{ uid: string; control: Control } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const dirty = !sameStages(draft, saved);
  const problems = problemsOf(draft);
  const serverIssues = issuesByField(save.error);

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  // after a move or removal, keyboard focus stays with the stage (the DOM order changed under it)
  useEffect(() => {
    if (!focus) return;
    document.getElementById(stageControlId(focus.uid, focus.control))?.focus();
    setFocus(null);
  }, [focus]);

  const change = (next: StageDraft[]) => {
    setDraft(next);
    if (save.error) save.reset();
  };

  const move = (index: number, delta: -1 | 1) => {
    const stage = draft[index];
    if (!stage) return;
    const next = moveStage(draft, index, delta);
    const at = index + delta;
    change(next);
    const again = canMove(next, at, delta);
    setFocus({ uid: stage.uid, control: again ? (delta < 0 ? 'up' : 'down') : delta < 0 ? 'down' : 'up' });
    setAnnouncement(t('settings.process.moved', { name: stage.name, position: at + 1 }));
  };

  const remove = (index: number) => {
    const next = removeStage(draft, index);
    change(next);
    const neighbour = next[index] && !isClosed(next[index]) ? next[index] : next[index - 1];
    if (neighbour) setFocus({ uid: neighbour.uid, control: 'name' });
  };

  const add = () => {
    const next = addStage(draft, t('settings.process.newStageName'));
    const added = next.find((s) => !draft.includes(s));
    change(next);
    if (added) setFocus({ uid: added.uid, control: 'name' });
  };

  const submit = () => {
    if (problems.size > 0) return;
    save.mutate(
      {
        id: process.id,
        input: toInput(
          draft,
          process.stages.map((s) => s.key),
        ),
      },
      {
        onSuccess: (updated) => {
          const next = draftOf(updated);
          setSaved(next);
          setDraft(next);
          notify(t('settings.process.saved', { name: label }));
        },
      },
    );
  };

  const rowErrors = (index: number) => ({
    name: serverIssues.has(`stages.${index}.name`) ? t('fields.required') : undefined,
    probability: serverIssues.has(`stages.${index}.probability`) ? t('settings.organisation.range', { min: 0, max: 100 }) : undefined,
    requiredFields: serverIssues.has(`stages.${index}.requiredFields`) ? t('fields.unknownChoice') : undefined,
  });
  const failure = listError(save.error, t);

  return (
    <Stack gap="xs" data-testid="stages-editor">
      {wide && (
        <Group gap="xs" wrap="nowrap" px="xs" aria-hidden>
          <Text size="xs" fw={600} c="dimmed" w={36} ta="center">
            #
          </Text>
          <Grid gap="xs" style={{ flex: 1 }}>
            <Grid.Col span={4}>
              <Text size="xs" fw={600} c="dimmed">
                {t('settings.process.columns.name')}
              </Text>
            </Grid.Col>
            <Grid.Col span={2}>
              <Text size="xs" fw={600} c="dimmed">
                {t('settings.process.columns.probability')}
              </Text>
            </Grid.Col>
            <Grid.Col span={4}>
              <Text size="xs" fw={600} c="dimmed">
                {t('settings.process.columns.gates')}
              </Text>
            </Grid.Col>
            <Grid.Col span={2}>
              <Text size="xs" fw={600} c="dimmed">
                {t('settings.process.columns.optional')}
              </Text>
            </Grid.Col>
          </Grid>
          <Box w={28} />
        </Group>
      )}
      {draft.map((stage, index) => (
        <StageRow
          key={stage.uid}
          stage={stage}
          position={index + 1}
          wide={wide}
          problems={problems.get(stage.uid)}
          serverErrors={rowErrors(index)}
          canUp={canMove(draft, index, -1)}
          canDown={canMove(draft, index, 1)}
          canRemove={canRemove(draft, index)}
          onChange={(patch) => change(draft.map((s) => (s.uid === stage.uid ? { ...s, ...patch } : s)))}
          onMove={(delta) => move(index, delta)}
          onRemove={() => remove(index)}
        />
      ))}
      <VisuallyHidden aria-live="polite">{announcement}</VisuallyHidden>
      <Text size="xs" c="dimmed">
        {t('settings.process.fixed')}
      </Text>
      {failure && (
        <Alert color="red" variant="light" role="alert" data-testid="stages-error">
          {failure}
        </Alert>
      )}
      <Group justify="space-between" gap="sm" mt="xs">
        <Button variant="light" leftSection={<IconPlus size={16} />} onClick={add} disabled={draft.length >= 20} data-testid="stage-add">
          {t('settings.process.addStage')}
        </Button>
        <Group gap="sm" justify="flex-end">
          {dirty && (
            <Text size="sm" c="dimmed">
              {t('settings.unsaved')}
            </Text>
          )}
          <Button
            variant="default"
            disabled={!dirty || save.isPending}
            onClick={() => {
              setDraft(saved);
              save.reset();
            }}
          >
            {t('settings.discard')}
          </Button>
          <Button onClick={submit} loading={save.isPending} disabled={!dirty || problems.size > 0} data-testid="stages-save">
            {t('settings.process.save')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
