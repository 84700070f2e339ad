import { Alert, Button, Checkbox, Group, Modal, Paper, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconUserShare } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reassigned } from '@contract/common';
import { sells } from '@domain/people';
import { api } from '../api/client';
import { ApiError } from '../api/errors';
import { errorMessage } from '../i18n/errorMessage';
import { useActiveUsers } from '../org/queries';
import { CertifiedSellers } from '../certifications/CertifiedSellers';
import { notify } from '../ui/notify';

/** Rows picked in a list, kept to the rows on screen (a new page or filter starts from those). */
export function useRowSelection(visibleIds: string[]) {
  const [picked, setPicked] = useState<string[]>([]);
  const selected = picked.filter((id) => visibleIds.includes(id));
  const toggle = (id: string) => setPicked(selected.includes(id) ? selected.filter((x) => x !== id) : [...selected, id]);
  const all = visibleIds.length > 0 && selected.length === visibleIds.length;
  const toggleAll = () => setPicked(all ? [] : visibleIds);
  return { selected, toggle, toggleAll, all, some: selected.length > 0 && !all, clear: () => setPicked([]) };
}
export type RowSelection = ReturnType<typeof useRowSelection>;

/** The header cell's checkbox: every row on screen. */
export function SelectAllBox({ selection }: { selection: RowSelection }) {
  const { t } = useTranslation();
  return (
    <Checkbox
      aria-label={t('records.reassign.selectAll')}
      checked={selection.all}
      indeterminate={selection.some}
      onChange={selection.toggleAll}
      data-testid="select-all"
    />
  );
}

/** A row's checkbox, named by the row. */
export function SelectRowBox({ selection, id, name }: { selection: RowSelection; id: string; name: string }) {
  const { t } = useTranslation();
  return (
    <Checkbox
      aria-label={t('records.reassign.select', { name })}
      checked={selection.selected.includes(id)}
      onChange={() => selection.toggle(id)}
      data-testid="select-row"
    />
  );
}

const refusedNames = (e: unknown) => {
  const details = e instanceof ApiError ? (e.details as { refused?: { name: string }[] } | undefined) : undefined;
  return details?.refused?.map((r) => r.name) ?? [];
};

/**
 * Above a list with rows picked: "Reassign…" gives them all to another seller in one call (`endpoint`,
 * all or nothing); a refusal names the records that are not the viewer's to give.
 */
export function ReassignBar({
  selection,
  endpoint,
  refresh,
  proposalsFor,
}: {
  selection: RowSelection;
  endpoint: string;
  refresh: readonly unknown[][];
  /** An account picked: the sellers certified in its industry are proposed first (I2). */
  proposalsFor?: { id: string; name: string } | null;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const users = useActiveUsers();
  const [open, setOpen] = useState(false);
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const reassign = useMutation({
    mutationFn: (input: { ids: string[]; ownerId: string }) => api.post<Reassigned>(endpoint, input),
    onSuccess: () => Promise.all(refresh.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
  if (selection.selected.length === 0) return null;
  const sellers = (users.data?.items ?? []).filter((u) => sells(u)).map((u) => ({ value: u.id, label: u.name }));
  const close = () => {
    setOpen(false);
    reassign.reset();
  };
  const confirm = () =>
    ownerId &&
    reassign.mutate(
      { ids: selection.selected, ownerId },
      {
        onSuccess: (done) => {
          notify(t('records.reassign.done', { count: done.ids.length, name: sellers.find((s) => s.value === ownerId)?.label ?? '' }));
          selection.clear();
          close();
        },
      },
    );
  const refused = refusedNames(reassign.error);
  return (
    <Paper withBorder radius="md" px="md" py="xs" mb="sm" data-testid="reassign-bar">
      <Group justify="space-between" gap="sm">
        <Text size="sm">{t('records.reassign.selected', { count: selection.selected.length })}</Text>
        <Group gap="xs">
          <Button variant="default" size="xs" onClick={selection.clear}>
            {t('records.reassign.clear')}
          </Button>
          <Button size="xs" leftSection={<IconUserShare size={14} />} onClick={() => setOpen(true)} data-testid="reassign-open">
            {t('records.reassign.action')}
          </Button>
        </Group>
      </Group>
      <Modal
        opened={open}
        onClose={close}
        title={t('records.reassign.title', { count: selection.selected.length })}
        centered
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="md">
          <Select
            label={t('records.reassign.to')}
            data={sellers}
            value={ownerId}
            onChange={setOwnerId}
            searchable
            nothingFoundMessage={t('records.reassign.noSeller')}
            comboboxProps={{ withinPortal: true }}
            data-testid="reassign-owner"
          />
          {proposalsFor && (
            <CertifiedSellers
              accountId={proposalsFor.id}
              accountName={selection.selected.length > 1 ? proposalsFor.name : undefined}
              chosenId={ownerId}
              onChoose={setOwnerId}
            />
          )}
          {reassign.error != null && (
            <Alert color="red" variant="light" role="alert" data-testid="reassign-error">
              {refused.length > 0 ? t('records.reassign.refused', { names: refused.join(', ') }) : errorMessage(reassign.error, t)}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button onClick={confirm} disabled={!ownerId} loading={reassign.isPending} data-testid="reassign-confirm">
              {t('records.reassign.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
