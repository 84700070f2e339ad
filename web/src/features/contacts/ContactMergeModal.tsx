import { Select } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MergeDialog, useMergeChoice } from '../../shared/records/MergeDialog';
import { useSearch } from '../../shared/search/useSearch';
import { notify } from '../../shared/ui/notify';
import { useContactDuplicates, useContactMergePreview, useMergeContacts } from './queries';

interface Picked {
  id: string;
  name: string;
}

/** Find another contact by name (typo-tolerant search), shown with their account. */
function ContactPicker({ excludeId, value, onChange }: { excludeId: string; value: Picked | null; onChange: (p: Picked | null) => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const search = useSearch(value ? '' : query);
  const hits = (search.data?.contacts ?? []).filter((c) => c.id !== excludeId);
  const data = [
    ...(value && !hits.some((h) => h.id === value.id) ? [{ value: value.id, label: value.name }] : []),
    ...hits.map((h) => ({ value: h.id, label: `${h.name} · ${h.accountName}` })),
  ];
  return (
    <Select
      label={t('records.merge.pickContact')}
      placeholder={t('records.merge.searchPlaceholder')}
      searchable
      clearable
      autoFocus
      data-autofocus
      leftSection={<IconSearch size={16} />}
      data={data}
      filter={({ options }) => options}
      searchValue={value ? undefined : query}
      onSearchChange={(q) => {
        if (!value) setQuery(q);
      }}
      value={value?.id ?? null}
      onChange={(id, option) => {
        if (!id) {
          setQuery('');
          return onChange(null);
        }
        const hit = hits.find((h) => h.id === id);
        onChange({ id, name: hit?.name ?? option?.label ?? '' });
      }}
      nothingFoundMessage={search.settled && query.trim() ? t('records.merge.noContacts') : undefined}
      comboboxProps={{ withinPortal: true }}
      data-testid="merge-pick"
    />
  );
}

/**
 * "Merge a duplicate…" on a contact page: find the other person, choose who stays, see what moves,
 * confirm — then the surviving contact's page opens with a note of what happened.
 */
export function ContactMergeModal({ contact, onClose }: { contact: { id: string; name: string }; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const merge = useMergeContacts();
  const { picked, pick, keep, drop, dialogProps } = useMergeChoice<Picked>(contact, null, merge.reset);
  const duplicates = useContactDuplicates(contact.id);
  const preview = useContactMergePreview(keep?.id, drop?.id);

  const confirm = () => {
    if (!keep || !drop) return;
    merge.mutate(
      { keepId: keep.id, dropId: drop.id },
      {
        onSuccess: (kept) => {
          notify(t('records.duplicates.merged', { name: drop.name, into: `${kept.firstName} ${kept.lastName}` }));
          onClose();
          void navigate(`/contacts/${kept.id}`);
        },
      },
    );
  };

  const p = preview.data;
  return (
    <MergeDialog
      opened
      onClose={onClose}
      title={t('records.merge.titleContact', { name: contact.name })}
      picker={<ContactPicker excludeId={contact.id} value={picked} onChange={pick} />}
      suggestions={(duplicates.data ?? []).map((d) => ({ id: d.id, name: `${d.firstName} ${d.lastName}` }))}
      {...dialogProps}
      preview={{
        data: p && {
          keepName: p.keep.name,
          duplicateName: `${p.duplicate.name} (${p.duplicate.accountName})`,
          moves: p.moves,
          filled: p.filled,
          canMerge: p.can.merge,
        },
        isFetching: preview.isFetching,
        error: preview.error,
      }}
      onConfirm={confirm}
      merging={merge.isPending}
      mergeError={merge.error}
    />
  );
}
