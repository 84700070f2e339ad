import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { SalesGroupInput, type SalesGroup } from '@contract/org';
import type { User } from '@contract/users';
import { notify } from '../../shared/ui/notify';
import type { SalesGroupChanges } from './api';
import { NONE, idOrNull, leaderOptions } from './options';
import { useSaveSalesGroup } from './queries';
import { RowActions } from './RowActions';
import { issuesByField, settingsError } from './settingsErrors';
import { useDraft } from './useDraft';

interface GroupValues {
  name: string;
  description: string;
  leaderId: string;
}

const groupValues = (g: SalesGroup): GroupValues => ({ name: g.name, description: g.description, leaderId: g.leaderId ?? NONE });
const emptyGroup: GroupValues = { name: '', description: '', leaderId: NONE };
const inputOf = (v: GroupValues) => ({ name: v.name.trim(), description: v.description.trim(), leaderId: idOrNull(v.leaderId) });

function messages(fields: Iterable<string>, t: TFunction): Partial<Record<keyof GroupValues, string>> {
  const out: Partial<Record<keyof GroupValues, string>> = {};
  for (const field of fields) {
    if (field === 'name') out.name = t('fields.required');
    if (field === 'description') out.description = t('fields.tooLong');
    if (field === 'leaderId') out.leaderId = t('fields.unknownChoice');
  }
  return out;
}

interface Props {
  groups: SalesGroup[];
  leaders: User[] | undefined;
}

/** The sales groups, each editable in place, and a new one. */
export function SalesGroupsCard({ groups, leaders }: Props) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  return (
    <Stack gap="sm" component="section" aria-labelledby="settings-groups-title" data-testid="settings-groups">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={2} style={{ flex: '1 1 16rem' }}>
          <Title order={2} size="h3" id="settings-groups-title">
            {t('settings.structure.groups')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('settings.structure.groupsText')}
          </Text>
        </Stack>
        {!adding && (
          <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)} data-testid="group-add">
            {t('settings.structure.addGroup')}
          </Button>
        )}
      </Group>
      {groups.length === 0 && !adding && (
        <Text size="sm" c="dimmed" py="sm">
          {t('settings.structure.emptyGroups')}
        </Text>
      )}
      {groups.map((g) => (
        <GroupForm key={g.id} group={g} leaders={leaders} />
      ))}
      {adding && <GroupForm group={null} leaders={leaders} onDone={() => setAdding(false)} />}
    </Stack>
  );
}

/** One sales group edited in place, or a new one (group null). */
function GroupForm({ group, leaders, onDone }: { group: SalesGroup | null; leaders: User[] | undefined; onDone?: () => void }) {
  const { t } = useTranslation();
  const draft = useDraft(group ? groupValues(group) : emptyGroup);
  const save = useSaveSalesGroup();
  const { values, errors, set } = draft;
  const prefix = group ? `group-${group.id}` : 'group-new';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = inputOf(values);
    const parsed = SalesGroupInput.safeParse(input);
    if (!parsed.success)
      return draft.setErrors(
        messages(
          parsed.error.issues.map((i) => String(i.path[0])),
          t,
        ),
      );
    const onError = (error: unknown) => draft.setErrors(messages(issuesByField(error).keys(), t));
    if (!group) {
      save.mutate(
        { id: null, input: parsed.data },
        {
          onSuccess: (created) => {
            notify(t('settings.structure.added', { name: created.name }));
            onDone?.();
          },
          onError,
        },
      );
      return;
    }
    const patch: SalesGroupChanges = Object.fromEntries(draft.changed.map((key) => [key, parsed.data[key]]));
    save.mutate({ id: group.id, patch }, { onSuccess: () => notify(t('settings.saved')), onError });
  };

  const fields = (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" verticalSpacing="xs" style={{ flex: '1 1 18rem', minWidth: 0 }}>
      <TextInput
        label={t('settings.structure.name')}
        value={values.name}
        onChange={(e) => set('name', e.currentTarget.value)}
        error={errors.name}
        required
        data-testid={`${prefix}-name`}
      />
      <TextInput
        label={t('settings.structure.description')}
        value={values.description}
        onChange={(e) => set('description', e.currentTarget.value)}
        error={errors.description}
        maxLength={1000}
        data-testid={`${prefix}-description`}
      />
      <Select
        label={t('settings.structure.leader')}
        data={leaderOptions(leaders, t, values.leaderId === NONE ? null : values.leaderId)}
        value={values.leaderId}
        onChange={(v) => set('leaderId', v ?? NONE)}
        error={errors.leaderId}
        allowDeselect={false}
        searchable
        data-testid={`${prefix}-leader`}
      />
    </SimpleGrid>
  );
  const failure = save.error && issuesByField(save.error).size === 0 && (
    <Alert color="red" variant="light" role="alert" mt="sm">
      {settingsError(save.error, t)}
    </Alert>
  );

  if (!group) {
    return (
      <Paper withBorder radius="md" p="sm" style={{ borderStyle: 'dashed' }} data-testid="group-new">
        <form onSubmit={submit} noValidate aria-label={t('settings.structure.newGroup')}>
          <Stack gap="sm">
            <Text fw={600} size="sm">
              {t('settings.structure.newGroup')}
            </Text>
            {fields}
            {failure}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onDone}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={save.isPending} data-testid="group-new-save">
                {t('settings.structure.add')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    );
  }
  return (
    <Paper withBorder radius="md" p="sm" data-testid="group-row" data-name={group.name}>
      <form onSubmit={submit} noValidate aria-label={group.name}>
        <Group align="flex-end" gap="sm" wrap="wrap">
          {fields}
          <RowActions
            name={group.name}
            dirty={draft.dirty}
            saving={save.isPending}
            onUndo={() => {
              draft.reset();
              save.reset();
            }}
          />
        </Group>
        {failure}
      </form>
    </Paper>
  );
}
