import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SalesGroupInput, type SalesGroup } from '@contract/org';
import type { User } from '@contract/users';
import { notify } from '../../shared/ui/notify';
import { NONE, idOrNull, leaderOptions } from './options';
import { useSaveSalesGroup } from './queries';
import { RowActions } from './RowActions';
import { issuesByField, settingsError } from './settingsErrors';
import { useSettingsForm } from './useSettingsForm';

interface GroupValues extends Record<string, unknown> {
  name: string;
  description: string;
  leaderId: string;
}

const groupValues = (g: SalesGroup): GroupValues => ({ name: g.name, description: g.description, leaderId: g.leaderId ?? NONE });
const emptyGroup: GroupValues = { name: '', description: '', leaderId: NONE };
const inputOf = (v: GroupValues) => ({ ...v, leaderId: idOrNull(v.leaderId) });

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
  const form = useSettingsForm(group ? groupValues(group) : emptyGroup, { schema: SalesGroupInput, toInput: inputOf });
  const save = useSaveSalesGroup();
  const prefix = group ? `group-${group.id}` : 'group-new';

  const submit = form.onSubmit((input) => {
    const onError = (error: unknown) => form.setServerErrors(error);
    if (!group) {
      save.mutate(
        { id: null, input },
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
    save.mutate(
      { id: group.id, patch: form.patchOf(input) },
      {
        onSuccess: (saved) => {
          form.setValues(groupValues(saved));
          notify(t('settings.saved'));
        },
        onError,
      },
    );
  });

  const fields = (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" verticalSpacing="xs" style={{ flex: '1 1 18rem', minWidth: 0 }}>
      <TextInput
        label={t('settings.structure.name')}
        {...form.getInputProps('name')}
        required
        data-testid={`${prefix}-name`}
      />
      <TextInput
        label={t('settings.structure.description')}
        {...form.getInputProps('description')}
        maxLength={1000}
        data-testid={`${prefix}-description`}
      />
      <Select
        label={t('settings.structure.leader')}
        data={leaderOptions(leaders, t, form.values.leaderId === NONE ? null : form.values.leaderId)}
        {...form.getInputProps('leaderId')}
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
            dirty={form.dirty}
            saving={save.isPending}
            onUndo={() => {
              form.undo();
              save.reset();
            }}
          />
        </Group>
        {failure}
      </form>
    </Paper>
  );
}
