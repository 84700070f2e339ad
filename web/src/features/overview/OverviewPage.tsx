import { Badge, Box, Button, Grid, Stack, Tooltip } from '@mantine/core';
import { IconCalendarRepeat } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../shared/format/useFormat';
import { useMarkets } from '../../shared/org/queries';
import { PageHeader } from '../../shared/ui/PageHeader';
import { BreakdownTable } from './BreakdownTable';
import { KpiCards } from './KpiCards';
import { MonthlyVolumeChart, PipelineByStageChart, TargetVsActualChart } from './OverviewCharts';
import { DrillPath, OverviewFilters } from './OverviewFilters';
import { useOverview } from './queries';
import type { LiveState } from '../../shared/live/useLiveEvents';
import { useLiveOverview } from './useLiveOverview';
import { useOverviewFilter } from './useOverviewFilter';
import { VolumeVsTarget } from './VolumeVsTarget';
import { WinsFeed } from './WinsFeed';
import { QueryState } from '../../shared/ui/PageState';

function LiveBadge({ state }: { state: LiveState }) {
  const { t } = useTranslation();
  const open = state === 'open';
  return (
    <Tooltip label={open ? t('overview.live.onText') : t('overview.live.offText')} withArrow>
      <Badge
        variant="dot"
        color={open ? 'teal' : 'gray'}
        size="lg"
        data-testid="overview-live"
        data-state={state}
        aria-live="polite"
        style={{ textTransform: 'none', fontWeight: 500 }}
      >
        {open ? t('overview.live.on') : t('overview.live.off')}
      </Badge>
    </Tooltip>
  );
}

/**
 * The management overview (K1): the same KPIs for the company, a market, a group or a seller — volume
 * per channel against target with pace, pipeline and coverage, win rate, cycle, quotes, handoffs,
 * renewals and invoicing — drillable level by level, with the wins feed, updated live.
 */
export default function OverviewPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { query, params, update, hrefWith } = useOverviewFilter();
  const overview = useOverview(query);
  const live = useLiveOverview();
  const markets = useMarkets();
  const data = overview.data;
  const { year: _year, ...scope } = query;
  const renewalsHref = `/overview/renewals${hrefWith({ year: null, seller: null, owner: query.userId ?? null }).search}`;
  const regionName = (id: string, fallback: string) => {
    const m = markets.data?.find((x) => x.id === id);
    return m ? format.region(m.code, m.name) : fallback;
  };

  return (
    <Box data-testid="overview-page">
      <PageHeader
        title={t('overview.title')}
        description={t('overview.description')}
        actions={
          <>
            <LiveBadge state={live} />
            <Button
              component={Link}
              to={renewalsHref}
              variant="default"
              leftSection={<IconCalendarRepeat size={18} />}
              data-testid="open-renewal-calendar"
            >
              {t('overview.renewals.title')}
            </Button>
          </>
        }
      />
      <OverviewFilters params={params} onChange={update} />
      <DrillPath params={params} currentName={data?.name ?? ''} hrefWith={hrefWith} />
      {overview.error || !data ? (
        <QueryState query={overview} />
      ) : (
        <Stack gap="lg" style={{ opacity: overview.isPlaceholderData ? 0.6 : 1 }} data-testid="overview" data-level={data.level}>
          <VolumeVsTarget data={data} />
          <KpiCards data={data} renewalsHref={renewalsHref} />
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <MonthlyVolumeChart data={data} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <WinsFeed filter={scope} currency={data.reportingCurrency} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <TargetVsActualChart data={data} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <PipelineByStageChart data={data} />
            </Grid.Col>
          </Grid>
          <BreakdownTable data={data} drillHref={(param, id) => hrefWith({ [param]: id })} regionName={regionName} />
        </Stack>
      )}
    </Box>
  );
}
