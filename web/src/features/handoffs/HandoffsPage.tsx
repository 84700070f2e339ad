import { Box, Button, Stack, Tabs, Title } from '@mantine/core';
import { IconArrowsExchange, IconLayoutGrid, IconPlus, IconPresentation, IconScale, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../shared/session/session';
import { EmptyState } from '../../shared/ui/EmptyState';
import { PageHeader } from '../../shared/ui/PageHeader';
import { Paging } from '../../shared/ui/Paging';
import { useUrlParams } from '../../shared/url/useUrlParams';
import { boxes, type Box as HandoffBox, type HandoffFilter } from './api';
import { HandoffTable } from './HandoffTable';
import { useHandoffList } from './queries';
import { allOf, QueryState } from '../../shared/ui/PageState';

const OPEN_PAGE = 100;
const CLOSED_PAGE = 25;

/**
 * Cross-selling: handoffs ("tips") to me, from me and all — open ones first, overdue ones in red — with
 * "Pass a tip", and links to the product matrix, the forums and the give-to-get ledger. The tab and page live in the URL (`?box=outgoing&page=2`).
 */
export function HandoffsPage() {
  const { t } = useTranslation();
  const me = useSession();
  const { params, update, page } = useUrlParams();
  const boxParam = params.get('box');
  const box: HandoffBox = boxes.find((b) => b === boxParam) ?? 'incoming';
  const openFilter: HandoffFilter = { box, open: 'true', page: 1, pageSize: OPEN_PAGE };
  const closedFilter: HandoffFilter = { box, open: 'false', page, pageSize: CLOSED_PAGE };
  const open = useHandoffList(openFilter);
  const closed = useHandoffList(closedFilter);
  const error = open.error ?? closed.error;
  const loaded = open.data && closed.data;
  const empty = loaded && open.data.total === 0 && closed.data.total === 0;

  return (
    <Box data-testid="cross-selling-page">
      <PageHeader
        title={t('nav.crossSelling')}
        description={t('crossSelling.description')}
        actions={
          <>
            <Button
              component={Link}
              to="/cross-selling/matrix"
              variant="default"
              leftSection={<IconLayoutGrid size={18} />}
              data-testid="open-matrix"
            >
              {t('crossSelling.matrixLink')}
            </Button>
            <Button
              component={Link}
              to="/cross-selling/forums"
              variant="default"
              leftSection={<IconPresentation size={18} />}
              data-testid="open-forums"
            >
              {t('crossSelling.forumsLink')}
            </Button>
            <Button
              component={Link}
              to="/cross-selling/visits"
              variant="default"
              leftSection={<IconUsersGroup size={18} />}
              data-testid="open-visits"
            >
              {t('rituals.link')}
            </Button>
            <Button
              component={Link}
              to="/cross-selling/ledger"
              variant="default"
              leftSection={<IconScale size={18} />}
              data-testid="open-ledger"
            >
              {t('crossSelling.ledgerLink')}
            </Button>
            {me.can.giveHandoffs && (
              <Button component={Link} to="/cross-selling/new" leftSection={<IconPlus size={18} />} data-testid="new-handoff">
                {t('crossSelling.give')}
              </Button>
            )}
          </>
        }
      />
      <Tabs value={box} onChange={(v) => update({ box: v === 'incoming' ? null : v })} mb="md" keepMounted={false}>
        <Tabs.List>
          {boxes.map((b) => (
            <Tabs.Tab key={b} value={b} data-testid={`tab-${b}`}>
              {t(`crossSelling.tabs.${b}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {error || !loaded ? (
        <QueryState query={allOf(open, closed)} />
      ) : empty ? (
        <EmptyState
          icon={<IconArrowsExchange size={32} stroke={1.5} />}
          title={t(`crossSelling.empty.${box}.title`)}
          description={t(`crossSelling.empty.${box}.text`)}
          actions={
            me.can.giveHandoffs && (
              <Button component={Link} to="/cross-selling/new" leftSection={<IconPlus size={18} />}>
                {t('crossSelling.give')}
              </Button>
            )
          }
        />
      ) : (
        <Stack gap="lg">
          {open.data.total > 0 && (
            <Stack gap="xs">
              <Title order={2} fz="md" fw={600}>
                {t('crossSelling.sections.open', { count: open.data.total })}
              </Title>
              <HandoffTable items={open.data.items} dimmed={open.isPlaceholderData} testId="handoffs-open" />
            </Stack>
          )}
          {closed.data.total > 0 && (
            <Stack gap="xs">
              <Title order={2} fz="md" fw={600}>
                {t('crossSelling.sections.closed', { count: closed.data.total })}
              </Title>
              <HandoffTable items={closed.data.items} dimmed={closed.isPlaceholderData} testId="handoffs-closed" />
              <Paging total={closed.data.total} page={page} pageSize={CLOSED_PAGE} onPage={(p) => update({ page: String(p) })} />
            </Stack>
          )}
        </Stack>
      )}
    </Box>
  );
}
