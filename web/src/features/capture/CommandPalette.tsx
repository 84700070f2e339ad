import { Spotlight, createSpotlight, type SpotlightActionData, type SpotlightActionGroupData } from '@mantine/spotlight';
import { IconSearch, IconTargetArrow, IconUser } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFormat } from '../../shared/format/useFormat';
import { useSearch } from '../../shared/search/useSearch';
import { useSession } from '../../shared/session/session';
import { StatusBadge } from '../../shared/ui/StatusBadge';
import { matchingActions, paletteActions, startsAnAction } from './paletteActions';

export const [paletteStore, palette] = createSpotlight();

/** Mantine marks the highlighted action in the DOM; results that arrive later need the mark put back on the first. */
function highlightFirst() {
  const listId = paletteStore.getState().listId;
  const list = listId ? document.getElementById(listId) : null;
  list?.querySelector('[data-selected]')?.removeAttribute('data-selected');
  list?.querySelector('[data-action]')?.setAttribute('data-selected', 'true');
  paletteStore.updateState((s) => ({ ...s, selected: 0 }));
}

/** Ctrl/⌘+K: find any account, contact or opportunity (typos and accents forgiven), or run a command. */
export function CommandPalette() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const search = useSearch(query, { limit: 6 });
  const go = (to: string) => void navigate(to);
  const commands = useMemo(() => paletteActions(t, me, go), [t, me]);

  const results: SpotlightActionGroupData[] = [];
  if (query.trim() && search.data) {
    const accounts: SpotlightActionData[] = search.data.accounts.map((a) => ({
      id: `account-${a.id}`,
      label: a.name,
      description: [a.city, a.marketCode ? format.region(a.marketCode) : null].filter(Boolean).join(' · '),
      rightSection: <StatusBadge status={a.status} size="sm" />,
      onClick: () => go(`/accounts/${a.id}`),
    }));
    const contacts: SpotlightActionData[] = search.data.contacts.map((c) => ({
      id: `contact-${c.id}`,
      label: c.name,
      description: [c.title, c.accountName].filter(Boolean).join(' · '),
      leftSection: <IconUser size={18} stroke={1.6} />,
      onClick: () => go(`/contacts/${c.id}`),
    }));
    const opportunities: SpotlightActionData[] = search.data.opportunities.map((o) => ({
      id: `opportunity-${o.id}`,
      label: o.name,
      description: [o.accountName, o.stageName].join(' · '),
      leftSection: <IconTargetArrow size={18} stroke={1.6} />,
      onClick: () => go(`/pipeline/${o.id}`),
    }));
    // the groups in the order of their best hit: "Malmo" shows the companies in Malmö first
    const groups = [
      { group: t('capture.palette.accounts'), actions: accounts, best: search.data.accounts[0]?.score ?? 0 },
      { group: t('capture.palette.opportunities'), actions: opportunities, best: search.data.opportunities[0]?.score ?? 0 },
      { group: t('capture.palette.contacts'), actions: contacts, best: search.data.contacts[0]?.score ?? 0 },
    ];
    for (const g of groups.filter((x) => x.actions.length).sort((a, b) => b.best - a.best))
      results.push({ group: g.group, actions: g.actions });
  }
  const actions = matchingActions(commands, query);
  if (actions.length) {
    // "ny kund" means the command; "skanska" means the account.
    const commandGroup = { group: t('capture.palette.actions'), actions };
    if (startsAnAction(actions, query)) results.unshift(commandGroup);
    else results.push(commandGroup);
  }

  useEffect(() => {
    if (search.data) requestAnimationFrame(highlightFirst);
  }, [search.data]);

  return (
    <Spotlight
      store={paletteStore}
      actions={results}
      filter={(_q, all) => all}
      query={query}
      onQueryChange={setQuery}
      // a new search starts empty, however the palette was closed (Esc, a click outside, a result)
      onSpotlightOpen={() => setQuery('')}
      onSpotlightClose={() => setQuery('')}
      shortcut={['mod + K']}
      tagsToIgnore={[]}
      nothingFound={search.isFetching ? t('common.loading') : t('capture.palette.nothing')}
      scrollable
      maxHeight={460}
      searchProps={{
        leftSection: <IconSearch size={20} stroke={1.6} />,
        placeholder: t('capture.palette.placeholder'),
        'aria-label': t('capture.palette.label'),
        // @ts-expect-error data attributes pass through to the input
        'data-testid': 'palette-search',
      }}
      data-testid="command-palette"
    />
  );
}
