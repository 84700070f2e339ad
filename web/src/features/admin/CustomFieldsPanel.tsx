import { ActionIcon, Badge, Button, Group, SegmentedControl, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { customFieldEntities } from '@contract/custom-fields';
import { useCustomFields, useCustomFieldWrites, type FieldDefinition, type FieldEntity } from '../../shared/custom-fields/api';
import { choiceOptions, fieldLabel } from '../../shared/custom-fields/labels';
import { useFormat } from '../../shared/format/useFormat';
import { QueryState } from '../../shared/ui/PageState';
import { CustomFieldModal } from './CustomFieldModal';

/** The custom fields of accounts, contacts and opportunities: define, rename, put in order, archive (admins). */
export function CustomFieldsPanel() {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const [entity, setEntity] = useState<FieldEntity>('account');
  const [editing, setEditing] = useState<FieldDefinition | 'new' | null>(null);
  const fields = useCustomFields(entity, true);
  const { update, reorder } = useCustomFieldWrites();
  /** Moves a field one place up (-1) or down (+1); records show their fields in this order. */
  const move = (index: number, by: -1 | 1) => {
    const ids = (fields.data ?? []).map((f) => f.id);
    const [moved] = ids.splice(index, 1);
    ids.splice(index + by, 0, moved!);
    reorder.mutate({ entity, ids });
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="settings-fields-title" data-testid="settings-custom-fields">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={2} style={{ flex: '1 1 16rem' }}>
          <Title order={2} size="h3" id="settings-fields-title">
            {t('customFields.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('customFields.description')}
          </Text>
        </Stack>
        <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')} data-testid="cf-add">
          {t(`customFields.new.${entity}`)}
        </Button>
      </Group>
      <SegmentedControl
        value={entity}
        onChange={(v) => setEntity(v)}
        data={customFieldEntities.map((e) => ({ value: e, label: t(`customFields.entities.${e}`) }))}
        aria-label={t('customFields.entityLabel')}
        style={{ alignSelf: 'flex-start' }}
      />
      {fields.error || !fields.data ? (
        <QueryState query={fields} />
      ) : fields.data.length === 0 ? (
        <Text size="sm" c="dimmed" py="sm">
          {t('customFields.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('customFields.columns.label')}</Table.Th>
                <Table.Th>{t('customFields.columns.key')}</Table.Th>
                <Table.Th>{t('customFields.columns.type')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('customFields.columns.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {fields.data.map((f, i, all) => (
                <Table.Tr key={f.id} data-testid={`cf-row-${f.key}`}>
                  <Table.Td>
                    <Group gap="xs">
                      <Text size="sm" fw={500}>
                        {fieldLabel(f, locale)}
                      </Text>
                      {f.archived && (
                        <Badge variant="light" color="gray">
                          {t('customFields.archived')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {f.key}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {t(`customFields.types.${f.type}`)}
                      {f.type === 'choice' &&
                        `: ${choiceOptions(f, locale)
                          .map((c) => c.label)
                          .join(', ')}`}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <ActionIcon
                        variant="subtle"
                        disabled={i === 0 || reorder.isPending}
                        aria-label={t('customFields.moveUp', { label: fieldLabel(f, locale) })}
                        onClick={() => move(i, -1)}
                        data-testid="cf-move-up"
                      >
                        <IconArrowUp size={16} />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        disabled={i === all.length - 1 || reorder.isPending}
                        aria-label={t('customFields.moveDown', { label: fieldLabel(f, locale) })}
                        onClick={() => move(i, 1)}
                        data-testid="cf-move-down"
                      >
                        <IconArrowDown size={16} />
                      </ActionIcon>
                      <Button size="compact-sm" variant="subtle" onClick={() => setEditing(f)}>
                        {t('customFields.change')}
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color={f.archived ? undefined : 'red'}
                        loading={update.isPending && update.variables.id === f.id}
                        onClick={() => update.mutate({ id: f.id, patch: { archived: !f.archived } })}
                      >
                        {f.archived ? t('customFields.restore') : t('customFields.archive')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && <CustomFieldModal entity={entity} field={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
