import { Box, Stack, Tabs } from '@mantine/core';
import { IconBuilding, IconCurrencyEuro, IconForms, IconHourglass, IconRoute, IconSitemap } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMarkets, useSalesGroups } from '../../shared/org/queries';
import { useSession } from '../../shared/session/session';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useUrlParams } from '../../shared/url/useUrlParams';
import { CustomFieldsPanel } from './CustomFieldsPanel';
import { DataRetentionCard } from './DataRetentionCard';
import { MarketsCard } from './MarketsCard';
import { OrganisationForm } from './OrganisationForm';
import { ProcessPanel } from './ProcessPanel';
import { useLeaders, useOrganisation } from './queries';
import { RatesCard } from './RatesCard';
import { SalesGroupsCard } from './SalesGroupsCard';
import { WinProbabilityCard } from './WinProbabilityCard';
import { allOf, QueryState } from '../../shared/ui/PageState';

const tabs = ['organisation', 'structure', 'process', 'fields', 'rates', 'retention'] as const;
type Tab = (typeof tabs)[number];
const isTab = (v: string | null): v is Tab => (tabs as readonly (string | null)[]).includes(v);
const icons: Record<Tab, ReactNode> = {
  organisation: <IconBuilding size={16} />,
  structure: <IconSitemap size={16} />,
  process: <IconRoute size={16} />,
  fields: <IconForms size={16} />,
  rates: <IconCurrencyEuro size={16} />,
  retention: <IconHourglass size={16} />,
};

/**
 * Settings for admins (each tab keeps its unsaved edits while another is open): the organisation and its rules of time, markets and sales groups, the sales
 * process and its local variants, exchange rates, how long data about people is kept. View state in the URL: `?tab=process&process=…`.
 */
export default function SettingsPage() {
  const { t } = useTranslation();
  const me = useSession();
  const { params, update } = useUrlParams();
  const requested = params.get('tab');
  const allowed = (x: Tab) => (x !== 'process' || me.can.configurePipeline) && (x !== 'fields' || me.can.manageCustomFields);
  const tab: Tab = isTab(requested) && allowed(requested) ? requested : 'organisation';

  return (
    <Box data-testid="settings-page">
      <PageHeader title={t('settings.title')} description={t('settings.description')} />
      <Tabs value={tab} onChange={(v) => update({ tab: v === 'organisation' ? null : v })}>
        <Tabs.List aria-label={t('settings.tabs.label')} mb="md">
          {tabs.filter(allowed).map((x) => (
            <Tabs.Tab key={x} value={x} leftSection={icons[x]} data-testid={`settings-tab-${x}`}>
              {t(`settings.tabs.${x}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="organisation">
          <OrganisationTab />
        </Tabs.Panel>
        <Tabs.Panel value="structure">
          <StructureTab />
        </Tabs.Panel>
        {me.can.configurePipeline && (
          <Tabs.Panel value="process">
            <ProcessPanel processId={params.get('process')} onPick={(id) => update({ process: id })} />
          </Tabs.Panel>
        )}
        {me.can.manageCustomFields && (
          <Tabs.Panel value="fields">
            <CustomFieldsPanel />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="rates">
          <RatesCard />
        </Tabs.Panel>
        <Tabs.Panel value="retention">
          <DataRetentionCard />
        </Tabs.Panel>
      </Tabs>
    </Box>
  );
}

function OrganisationTab() {
  const me = useSession();
  const organisation = useOrganisation();
  if (organisation.error || !organisation.data) return <QueryState query={organisation} />;
  return (
    <Stack gap="xl">
      <OrganisationForm organisation={organisation.data} />
      {me.can.evaluateWinProbability && <WinProbabilityCard />}
    </Stack>
  );
}

function StructureTab() {
  const markets = useMarkets();
  const groups = useSalesGroups();
  const leaders = useLeaders();
  const all = allOf(markets, groups, leaders);
  if (all.error || !markets.data || !groups.data) return <QueryState query={all} />;
  return (
    <Stack gap="xl">
      <MarketsCard markets={markets.data} leaders={leaders.data?.items} />
      <SalesGroupsCard groups={groups.data} leaders={leaders.data?.items} />
    </Stack>
  );
}
