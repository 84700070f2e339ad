import { Combobox, Group, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { IconBuildingStore } from '@tabler/icons-react';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/useFormat';
import { StatusBadge } from '../ui/StatusBadge';
import { useSearch, type AccountHit } from './useSearch';

export interface PickedAccount {
  id: string;
  name: string;
}

interface Props {
  value: PickedAccount | null;
  onChange: (account: PickedAccount | null) => void;
  label: string;
  placeholder?: string;
  error?: ReactNode;
  /** After a pick with the keyboard, e.g. to move on to the next field. */
  onPicked?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  /** An account that may not be chosen (e.g. the account itself as its own parent). */
  excludeId?: string;
  testId?: string;
  autoFocus?: boolean;
}

/**
 * Type to find an account (typo-tolerant search); Enter takes the highlighted hit — and if the
 * answer for what was typed has not arrived yet, it waits for it rather than taking a stale one.
 */
export function AccountSearchInput({
  value,
  onChange,
  label,
  placeholder,
  error,
  onPicked,
  inputRef,
  excludeId,
  testId,
  autoFocus,
}: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const combobox = useCombobox();
  const [query, setQuery] = useState(value?.name ?? '');
  const search = useSearch(value ? '' : query);
  const hits = (search.data?.accounts ?? []).filter((a) => a.id !== excludeId);
  const enterPending = useRef(false);

  useEffect(() => {
    if (value) setQuery(value.name); // a value set from outside (clearing it leaves what is typed)
  }, [value?.id]);
  useEffect(() => {
    if (hits.length > 0) combobox.selectFirstOption();
  }, [search.data]);

  const pick = (hit: AccountHit | undefined) => {
    if (!hit) return;
    enterPending.current = false;
    setQuery(hit.name);
    onChange({ id: hit.id, name: hit.name });
    combobox.closeDropdown();
    onPicked?.();
  };

  useEffect(() => {
    if (enterPending.current && search.settled) pick(hits[0]);
  }, [search.settled, search.data]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      combobox.openDropdown();
      if (event.key === 'ArrowDown') combobox.selectNextOption();
      else combobox.selectPreviousOption();
    } else if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      if (value) return onPicked?.();
      if (!search.settled) enterPending.current = true;
      else pick(hits[Math.max(0, combobox.getSelectedOptionIndex())]);
    } else if (event.key === 'Escape' && combobox.dropdownOpened) {
      event.stopPropagation();
      combobox.closeDropdown();
    }
  };

  return (
    <Combobox store={combobox} onOptionSubmit={(id) => pick(hits.find((h) => h.id === id))} withinPortal>
      <Combobox.Target withKeyboardNavigation={false}>
        <TextInput
          ref={inputRef}
          label={label}
          placeholder={placeholder}
          value={query}
          error={error}
          autoFocus={autoFocus}
          data-autofocus={autoFocus || undefined}
          data-testid={testId}
          data-mantine-stop-propagation={combobox.dropdownOpened || undefined}
          leftSection={<IconBuildingStore size={16} />}
          rightSection={search.isFetching ? <Loader size={14} /> : null}
          onChange={(e) => {
            setQuery(e.currentTarget.value);
            if (value) onChange(null);
            combobox.openDropdown();
          }}
          onFocus={(e) => e.currentTarget.select()}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={onKeyDown}
          autoComplete="off"
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!query.trim() || !!value}>
        <Combobox.Options data-testid={testId ? `${testId}-options` : undefined}>
          {hits.map((hit) => (
            <Combobox.Option value={hit.id} key={hit.id}>
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <div style={{ minWidth: 0 }}>
                  <Text size="sm" fw={500} truncate>
                    {hit.name}
                  </Text>
                  <Text size="xs" opacity={0.7} truncate>
                    {[hit.city, hit.marketCode ? format.region(hit.marketCode) : null].filter(Boolean).join(' · ')}
                  </Text>
                </div>
                <StatusBadge status={hit.status} size="xs" />
              </Group>
            </Combobox.Option>
          ))}
          {search.settled && search.data && hits.length === 0 && <Combobox.Empty>{t('search.noAccounts')}</Combobox.Empty>}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
