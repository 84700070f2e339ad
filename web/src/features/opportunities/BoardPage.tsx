import { Box, Button, Text } from '@mantine/core';
import { IconAlertTriangle, IconChartBar, IconChartFunnel, IconChartLine, IconFileInvoice, IconList, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../shared/session/session';
import { EmptyState } from '../../shared/ui/EmptyState';
import { PageHeader } from '../../shared/ui/PageHeader';
import { Board } from './Board';
import { OutstandingQuotes } from './OutstandingQuotes';
import { OpportunityFilters } from './OpportunityFilters';
import { useBoard } from './queries';
import { useMoveFlow } from './useMoveFlow';
import { boardFilterOf } from './boardQuery';
import { useUrlParams } from '../../shared/url/useUrlParams';
import { QueryState } from '../../shared/ui/PageState';

/** The pipeline board: a column per stage with totals, drag and drop that respects the stages' gates. */
export function BoardPage() {
  const { t } = useTranslation();
  const me = useSession();
  const { params, update } = useUrlParams();
  const { filter, scope } = boardFilterOf(params, me);
  const board = useBoard(filter);
  const moves = useMoveFlow();
  const data = board.data;
  const writer = me.can.writeOpportunities;
  const filtered = ['q', 'group', 'market', 'owner', 'product', 'scope'].some((k) => params.has(k)) || !!filter.cf;
  const empty = data && data.columns.every((c) => c.count === 0);

  return (
    <Box data-testid="pipeline-page">
      <PageHeader
        title={t('nav.pipeline')}
        description={t('pipeline.description')}
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconFileInvoice size={18} />}
              onClick={() => update({ panel: 'quotes' })}
              data-testid="open-outstanding"
            >
              {t('pipeline.outstandingQuotes')}
            </Button>
            <Button
              component={Link}
              to="/pipeline/list?timedOut=true"
              variant="default"
              leftSection={<IconAlertTriangle size={18} />}
              data-testid="open-timed-out"
            >
              {t('pipeline.timedOutList')}
            </Button>
            <Button component={Link} to="/pipeline/list" variant="default" leftSection={<IconList size={18} />}>
              {t('pipeline.list')}
            </Button>
            <Button
              component={Link}
              to="/pipeline/forecast"
              variant="default"
              leftSection={<IconChartLine size={18} />}
              data-testid="open-forecast"
            >
              {t('pipeline.reports.forecast')}
            </Button>
            <Button
              component={Link}
              to="/pipeline/analytics"
              variant="default"
              leftSection={<IconChartBar size={18} />}
              data-testid="open-analytics"
            >
              {t('pipeline.reports.analytics')}
            </Button>
            {writer && (
              <Button component={Link} to="/pipeline/new" leftSection={<IconPlus size={18} />} data-testid="new-opportunity" data-tour="pipeline-new">
                {t('pipeline.new')}
              </Button>
            )}
          </>
        }
      />
      <div data-tour="pipeline-filters">
        <OpportunityFilters params={params} scope={scope} onChange={update} customFields />
      </div>
      {board.error || !data ? (
        <QueryState query={board} />
      ) : empty && !filtered ? (
        <EmptyState
          icon={<IconChartFunnel size={32} stroke={1.5} />}
          title={t('pipeline.empty.title')}
          description={t('pipeline.empty.text')}
          actions={
            writer && (
              <Button component={Link} to="/pipeline/new" leftSection={<IconPlus size={18} />}>
                {t('pipeline.new')}
              </Button>
            )
          }
        />
      ) : (
        <>
          <Text size="xs" c="dimmed" mb="xs" data-testid="reporting-currency">
            {t('pipeline.reportingCurrency', { currency: data.reportingCurrency })}
          </Text>
          <Box style={{ opacity: board.isPlaceholderData ? 0.6 : 1 }} data-tour="pipeline-board">
            <Board board={data} movable={writer} onMove={moves.request} />
          </Box>
        </>
      )}
      {moves.dialogs}
      <OutstandingQuotes opened={params.get('panel') === 'quotes'} filter={filter} onClose={() => update({ panel: null })} />
    </Box>
  );
}
