import { Anchor, Breadcrumbs, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { sells } from '@domain/people';
import { Link, type To } from 'react-router';
import { useFormat } from '../../shared/format/useFormat';
import { useMarkets, useSalesGroups } from '../../shared/org/queries';
import { useSession } from '../../shared/session/session';
import { FilterBar } from '../../shared/ui/FilterBar';
import type { ParamChanges } from '../../shared/url/useUrlParams';
import { useActiveUsers } from '../../shared/org/queries';
import { thisYear } from './useOverviewFilter';

const ALL = 'all';
const years = Array.from({ length: 5 }, (_, i) => thisYear - 3 + i);

/** Year, market, group and seller — in the URL, so that a drilled-down view can be shared. */
export function OverviewFilters({ params, onChange }: { params: URLSearchParams; onChange: (changes: ParamChanges) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const groups = useSalesGroups();
  const markets = useMarkets();
  const users = useActiveUsers();
  const year = params.get('year') ?? String(thisYear);
  const choice = (key: string) => (v: string | null) => onChange({ [key]: v && v !== ALL ? v : null });
  const sellers = (users.data?.items ?? []).filter(sells);
  return (
    <FilterBar
      active={['market', 'group', 'seller'].filter((k) => params.has(k)).length}
      search={
        <Select
          label={t('overview.filters.year')}
          data={[...new Set([...years.map(String), year])].sort().map((y) => ({ value: y, label: y }))}
          value={year}
          onChange={(v) => onChange({ year: v && v !== String(thisYear) ? v : null })}
          allowDeselect={false}
          w={100}
          style={{ flexShrink: 0 }}
          data-testid="overview-year"
        />
      }
    >
      <Select
        label={t('overview.filters.market')}
        data={[
          { value: ALL, label: t('overview.filters.allMarkets') },
          ...(markets.data ?? []).map((m) => ({ value: m.id, label: format.region(m.code, m.name) })),
        ]}
        value={params.get('market') ?? ALL}
        onChange={choice('market')}
        allowDeselect={false}
        style={{ flex: '0 1 10rem' }}
        data-testid="overview-market"
      />
      <Select
        label={t('overview.filters.group')}
        data={[{ value: ALL, label: t('overview.filters.allGroups') }, ...(groups.data ?? []).map((g) => ({ value: g.id, label: g.name }))]}
        value={params.get('group') ?? ALL}
        onChange={choice('group')}
        allowDeselect={false}
        style={{ flex: '0 1 12rem' }}
        data-testid="overview-group"
      />
      <Select
        label={t('overview.filters.seller')}
        data={[{ value: ALL, label: t('overview.filters.allSellers') }, ...sellers.map((u) => ({ value: u.id, label: u.name }))]}
        value={params.get('seller') ?? ALL}
        onChange={choice('seller')}
        searchable
        allowDeselect={false}
        style={{ flex: '0 1 13rem' }}
        data-testid="overview-seller"
      />
    </FilterBar>
  );
}

interface PathProps {
  params: URLSearchParams;
  /** The name the overview gives its level, for the last crumb. */
  currentName: string;
  hrefWith: (changes: ParamChanges) => To;
}

/** Where the drill-down is: company › market › group › seller; each crumb goes back up to that level. */
export function DrillPath({ params, currentName, hrefWith }: PathProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const groups = useSalesGroups();
  const markets = useMarkets();
  const users = useActiveUsers();
  const market = markets.data?.find((m) => m.id === params.get('market'));
  const crumbs: { label: string; to: To }[] = [{ label: me.organisation.name, to: hrefWith({ market: null, group: null, seller: null }) }];
  if (params.get('market'))
    crumbs.push({ label: market ? format.region(market.code, market.name) : '…', to: hrefWith({ group: null, seller: null }) });
  if (params.get('group'))
    crumbs.push({ label: groups.data?.find((g) => g.id === params.get('group'))?.name ?? '…', to: hrefWith({ seller: null }) });
  if (params.get('seller'))
    crumbs.push({ label: users.data?.items.find((u) => u.id === params.get('seller'))?.name ?? '…', to: hrefWith({}) });
  const last = crumbs.length - 1;
  return (
    <Breadcrumbs
      mb="md"
      fz="sm"
      separatorMargin={6}
      aria-label={t('overview.breakdown.path')}
      data-testid="overview-path"
      style={{ flexWrap: 'wrap' }}
    >
      {crumbs.map((c, i) =>
        i === last ? (
          <Text key={i} size="sm" fw={600} aria-current="page">
            {c.label === '…' ? currentName : c.label}
          </Text>
        ) : (
          <Anchor key={i} component={Link} to={c.to} size="sm" data-testid="overview-crumb">
            {c.label}
          </Anchor>
        ),
      )}
    </Breadcrumbs>
  );
}
