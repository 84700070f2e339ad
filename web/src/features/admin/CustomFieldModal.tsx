import { ActionIcon, Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CreateCustomField, customFieldTypes } from '@contract/custom-fields';
import { locales, type Locale } from '@domain/people';
import { useCustomFieldWrites, type FieldDefinition, type FieldEntity } from '../../shared/custom-fields/api';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
import { fold } from '../../shared/text/fold';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { notify } from '../../shared/ui/notify';

type Labels = Record<Locale, string>;
interface Values extends Record<string, unknown> {
  key: string;
  labels: Labels;
  type: (typeof customFieldTypes)[number];
  choices: { key: string; labels: Labels }[];
}

/** A key from a label: "Kundnivå" → `kundniva` (lower-case letters, digits and _). */
export const keyOf = (label: string) =>
  fold(label)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+|_+$/g, '')
    .slice(0, 40);

const labelsOf = (l: Partial<Labels>): Labels => ({ en: l.en ?? '', sv: l.sv ?? '', nb: l.nb ?? '' });
const given = (l: Labels) => Object.fromEntries(Object.entries(l).filter(([, v]) => v.trim() !== ''));

interface Props {
  entity: FieldEntity;
  /** The field to change; a new one when absent. */
  field?: FieldDefinition;
  onClose: () => void;
}

/** Define a custom field or change one (its key, type and kind of record stay): labels per language, a choice field's choices. */
export function CustomFieldModal({ entity, field, onClose }: Props) {
  const { t } = useTranslation();
  const writes = useCustomFieldWrites();
  const write = field ? writes.update : writes.create;
  const form = useSchemaForm<Values, typeof CreateCustomField>({
    initialValues: {
      key: field?.key ?? '',
      labels: labelsOf(field?.labels ?? {}),
      type: field?.type ?? 'text',
      choices: (field?.choices ?? []).map((c) => ({ key: c.key, labels: labelsOf(c.labels) })),
    },
    schema: CreateCustomField,
    toInput: (v) => ({
      entity,
      key: v.key || keyOf(v.labels.en || v.labels.sv || v.labels.nb),
      labels: given(v.labels),
      type: v.type,
      choices:
        v.type === 'choice'
          ? v.choices.map((c) => ({ key: c.key || keyOf(c.labels.en || c.labels.sv || c.labels.nb), labels: given(c.labels) }))
          : [],
    }),
  });
  const submit = form.onSubmit((input) => {
    const done = {
      onSuccess: () => {
        notify(t('customFields.saved'));
        onClose();
      },
      onError: (e: unknown) => form.setServerErrors(e),
    };
    if (field) writes.update.mutate({ id: field.id, patch: { labels: input.labels, choices: input.choices } }, done);
    else writes.create.mutate(input, done);
  });
  const languages = (path: string) => (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      {locales.map((l) => (
        <TextInput
          key={l}
          label={t(`customFields.form.label.${l}`)}
          {...form.getInputProps(`${path}.${l}`)}
          data-testid={`cf-${path}-${l}`}
        />
      ))}
    </SimpleGrid>
  );

  return (
    <Modal
      opened
      onClose={onClose}
      title={field ? t('customFields.edit') : t(`customFields.new.${entity}`)}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {languages('labels')}
          {typeof form.errors.labels === 'string' && (
            <Text size="sm" c="red">
              {t('customFields.form.labelNeeded')}
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('customFields.form.key')}
              description={t('customFields.form.keyHelp')}
              placeholder={keyOf(form.values.labels.en || form.values.labels.sv || form.values.labels.nb)}
              disabled={!!field}
              {...form.getInputProps('key')}
              data-testid="cf-key"
            />
            <Select
              label={t('customFields.form.type')}
              data={customFieldTypes.map((x) => ({ value: x, label: t(`customFields.types.${x}`) }))}
              disabled={!!field}
              allowDeselect={false}
              {...form.getInputProps('type')}
              data-testid="cf-type"
            />
          </SimpleGrid>
          {form.values.type === 'choice' && (
            <Stack gap="xs" data-testid="cf-choices">
              <Text size="sm" fw={500}>
                {t('customFields.form.choices')}
              </Text>
              {form.values.choices.map((c, i) => (
                <Group key={i} align="flex-end" wrap="nowrap" gap="xs">
                  <div style={{ flex: 1 }}>{languages(`choices.${i}.labels`)}</div>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mb={4}
                    onClick={() => form.removeListItem('choices', i)}
                    aria-label={t('customFields.form.removeChoice', { name: c.labels.en || c.key || i + 1 })}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
              ))}
              {typeof form.errors.choices === 'string' && (
                <Text size="sm" c="red">
                  {form.errors.choices}
                </Text>
              )}
              <Button
                variant="subtle"
                leftSection={<IconPlus size={14} />}
                onClick={() => form.insertListItem('choices', { key: '', labels: labelsOf({}) })}
                style={{ alignSelf: 'flex-start' }}
                data-testid="cf-add-choice"
              >
                {t('customFields.form.addChoice')}
              </Button>
            </Stack>
          )}
          {write.error && <ErrorAlert error={write.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={write.isPending} data-testid="cf-save">
              {t('customFields.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
