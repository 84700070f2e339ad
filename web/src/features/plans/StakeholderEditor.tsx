import { ActionIcon, Button, Group, Select, Stack, Table } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { attitudes, buyingRoles, influenceLevels } from '@domain/account-plans';
import { type Draft } from './planDraft';

/** One of a fixed list of values (a role, a level), named in the reader's language. */
export function ScaleSelect<T extends string>(props: {
  label: string;
  values: readonly T[];
  value: T;
  /** The value in words. */
  words: (v: T) => string;
  disabled: boolean;
  onChange: (v: T) => void;
}) {
  return (
    <Select
      size="xs"
      aria-label={props.label}
      data={props.values.map((v) => ({ value: v, label: props.words(v) }))}
      value={props.value}
      onChange={(v) => {
        const chosen = props.values.find((x) => x === v);
        if (chosen) props.onChange(chosen);
      }}
      allowDeselect={false}
      disabled={props.disabled}
    />
  );
}

export function StakeholderEditor({
  draft,
  onChange,
  contacts,
  names,
  users,
  can,
}: {
  draft: Draft;
  onChange: (s: Draft['stakeholders']) => void;
  contacts: { value: string; label: string }[];
  names: Map<string, string>;
  users: { value: string; label: string }[];
  can: boolean;
}) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState<string | null>(null);
  const list = draft.stakeholders;
  const set = (i: number, patch: Partial<Draft['stakeholders'][number]>) =>
    onChange(list.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const free = contacts.filter((c) => !list.some((s) => s.contactId === c.value));
  return (
    <Stack gap="xs" mt="md">
      {list.length > 0 && (
        <Table verticalSpacing={4} fz="sm" data-testid="stakeholder-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('plans.person')}</Table.Th>
              <Table.Th>{t('plans.role')}</Table.Th>
              <Table.Th>{t('plans.influenceLabel')}</Table.Th>
              <Table.Th>{t('plans.attitude')}</Table.Th>
              <Table.Th>{t('plans.relationshipOwner')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((s, i) => {
              const name = names.get(s.contactId) ?? '…';
              return (
                <Table.Tr key={s.contactId} data-testid="stakeholder-row">
                  <Table.Td>{name}</Table.Td>
                  <Table.Td>
                    <ScaleSelect
                      label={t('plans.roleOf', { name })}
                      values={buyingRoles}
                      value={s.role}
                      words={(r) => t(`plans.roles.${r}`)}
                      disabled={!can}
                      onChange={(role) => set(i, { role })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ScaleSelect
                      label={t('plans.influenceOf', { name })}
                      values={influenceLevels}
                      value={s.influence}
                      words={(r) => t(`plans.influence.${r}`)}
                      disabled={!can}
                      onChange={(influence) => set(i, { influence })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ScaleSelect
                      label={t('plans.attitudeOf', { name })}
                      values={attitudes}
                      value={s.attitude}
                      words={(r) => t(`plans.attitudes.${r}`)}
                      disabled={!can}
                      onChange={(attitude) => set(i, { attitude })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      size="xs"
                      aria-label={t('plans.relationshipOwnerOf', { name })}
                      data={users}
                      value={s.relationshipOwnerId ?? null}
                      onChange={(v) => set(i, { relationshipOwnerId: v })}
                      searchable
                      clearable
                      disabled={!can}
                    />
                  </Table.Td>
                  <Table.Td>
                    {can && (
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('plans.remove', { name })}
                        onClick={() => onChange(list.filter((_, j) => j !== i))}
                      >
                        <IconTrash size={14} />
                      </ActionIcon>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {can && (
        <Group gap="xs" align="flex-end">
          <Select
            label={t('plans.addPerson')}
            placeholder={t('plans.choosePerson')}
            data={free}
            value={adding}
            onChange={setAdding}
            searchable
            w={320}
            data-testid="stakeholder-add"
          />
          <Button
            variant="light"
            leftSection={<IconPlus size={14} />}
            disabled={!adding}
            onClick={() => {
              if (!adding) return;
              onChange([
                ...list,
                { contactId: adding, role: 'influencer', influence: 'medium', attitude: 'neutral', relationshipOwnerId: null },
              ]);
              setAdding(null);
            }}
            data-testid="stakeholder-add-button"
          >
            {t('plans.addToMap')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
