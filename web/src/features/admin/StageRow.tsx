import { ActionIcon, Badge, Checkbox, Grid, Group, MultiSelect, NumberInput, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconLock, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { stageName } from '../../shared/domain/stages';
import { gateFields, isClosed, isGateField, type StageDraft, type StageProblem } from './stageDraft';

interface Props {
  stage: StageDraft;
  position: number;
  /** Wide screens label the columns once, in a header; narrow ones label every input. */
  wide: boolean;
  problems: ReadonlySet<StageProblem> | undefined;
  serverErrors: Partial<Record<'name' | 'probability' | 'requiredFields', string>>;
  canUp: boolean;
  canDown: boolean;
  canRemove: boolean;
  onChange: (patch: Partial<StageDraft>) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

export const stageControlId = (uid: string, control: 'up' | 'down' | 'name' | 'remove') => `stage-${uid}-${control}`;

/** One stage of the editor: name, probability, gate and optional; Won and Lost are shown, not edited. */
export function StageRow({ stage, position, wide, problems, serverErrors, ...props }: Props) {
  const { t } = useTranslation();
  const shown = stageName(stage, t);
  const label = (text: string) => (wide ? { 'aria-label': `${text}: ${stage.name || position}` } : { label: text });
  const gateOptions = gateFields.map((f) => ({ value: f, label: t(`settings.process.gates.${f}`) }));

  if (isClosed(stage)) {
    return (
      <Paper withBorder radius="md" p="xs" bg="var(--mantine-color-default-hover)" data-testid="stage-row" data-key={stage.key}>
        <Grid gap="xs" align="center">
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Group gap="xs" wrap="nowrap">
              <IconLock size={16} aria-hidden style={{ flexShrink: 0 }} />
              <Text fw={600} size="sm" c={stage.outcome === 'won' ? 'teal' : 'red'} data-testid="stage-name-fixed">
                {shown}
              </Text>
            </Group>
          </Grid.Col>
          <Grid.Col span={{ base: 6, md: 2 }}>
            <Text size="sm">{stage.probability} %</Text>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Group gap={4}>
              {stage.requiredFields.map((f) => (
                <Badge key={f} variant="light" color="gray" size="sm" tt="none">
                  {t(`settings.process.gates.${f}`)}
                </Badge>
              ))}
            </Group>
          </Grid.Col>
        </Grid>
      </Paper>
    );
  }

  return (
    <Paper withBorder radius="md" p="xs" data-testid="stage-row" data-key={stage.key || 'new'}>
      <Group gap="xs" wrap="nowrap" align={wide ? 'center' : 'flex-start'}>
        <Stack gap={2} align="center" w={36} style={{ flexShrink: 0 }}>
          <ActionIcon
            variant="subtle"
            id={stageControlId(stage.uid, 'up')}
            onClick={() => props.onMove(-1)}
            disabled={!props.canUp}
            aria-label={t('settings.process.moveUp', { name: stage.name })}
            data-testid="stage-up"
          >
            <IconArrowUp size={16} />
          </ActionIcon>
          <Text size="xs" c="dimmed" aria-hidden>
            {position}
          </Text>
          <ActionIcon
            variant="subtle"
            id={stageControlId(stage.uid, 'down')}
            onClick={() => props.onMove(1)}
            disabled={!props.canDown}
            aria-label={t('settings.process.moveDown', { name: stage.name })}
            data-testid="stage-down"
          >
            <IconArrowDown size={16} />
          </ActionIcon>
        </Stack>
        <Grid gap="xs" align={wide ? 'center' : 'flex-start'} style={{ flex: 1, minWidth: 0 }}>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <TextInput
              {...label(t('settings.process.columns.name'))}
              id={stageControlId(stage.uid, 'name')}
              value={stage.name}
              onChange={(e) => props.onChange({ name: e.currentTarget.value })}
              error={problems?.has('name') ? t('fields.required') : serverErrors.name}
              description={shown !== stage.name ? t('settings.process.translated', { name: shown }) : undefined}
              maxLength={80}
              inputWrapperOrder={['label', 'input', 'error', 'description']}
              data-testid="stage-name"
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, md: 2 }}>
            <NumberInput
              {...label(t('settings.process.columns.probability'))}
              value={stage.probability}
              onChange={(v) => props.onChange({ probability: v })}
              error={problems?.has('probability') ? t('settings.organisation.range', { min: 0, max: 100 }) : serverErrors.probability}
              min={0}
              max={100}
              suffix=" %"
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="strict"
              data-testid="stage-probability"
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 4, md: 3 }}>
            <MultiSelect
              {...label(t('settings.process.columns.gates'))}
              data={gateOptions}
              value={stage.requiredFields}
              onChange={(v) => props.onChange({ requiredFields: v.filter(isGateField) })}
              placeholder={stage.requiredFields.length ? undefined : t('settings.process.gatesPlaceholder')}
              error={serverErrors.requiredFields}
              clearable
              data-testid="stage-gates"
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, md: 2 }} order={{ base: 3, md: 4 }}>
            <Checkbox
              label={t('settings.process.columns.optional')}
              description={wide ? undefined : t('settings.process.optionalHelp')}
              checked={stage.optional}
              onChange={(e) => props.onChange({ optional: e.currentTarget.checked })}
              mt={wide ? 0 : 28}
              data-testid="stage-optional"
            />
          </Grid.Col>
        </Grid>
        <ActionIcon
          variant="subtle"
          color="red"
          id={stageControlId(stage.uid, 'remove')}
          onClick={props.onRemove}
          disabled={!props.canRemove}
          aria-label={t('settings.process.remove', { name: stage.name })}
          mt={wide ? 0 : 28}
          data-testid="stage-remove"
        >
          <IconTrash size={16} />
        </ActionIcon>
      </Group>
    </Paper>
  );
}
