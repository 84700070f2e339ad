import { Anchor, Badge, Box, Button, Paper, Select, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconDownload, IconLayoutKanban } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { queryKeys } from '../../shared/api/queryKeys';
import { stageName } from '../../shared/domain/stages';
import { ReassignBar, SelectAllBox, SelectRowBox, useRowSelection } from '../../shared/records/Reassign';
import { useSession } from '../../shared/session/session';
import { useFormat } from '../../shared/format/useFormat';
import { EmptyState } from '../../shared/ui/EmptyState';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { PageHeader } from '../../shared/ui/PageHeader';
import { Paging } from '../../shared/ui/Paging';
import { opportunitiesApi, type ListFilter } from './api';
import { OpportunityFilters } from './OpportunityFilters';
import { SavedViews } from './SavedViews';
import { SortHeader } from './SortHeader';
import { useOpportunityList, useProcesses } from './queries';
import { useOpportunityFilter } from './useOpportunityFilter';
import { customFilterOf } from '../../shared/custom-fields/form';

const PAGE_SIZE = 50;
const sorts = ['expectedCloseOn', '-expectedCloseOn', '-value', 'value', '-createdAt', 'name'] as const;

/** Every opportunity as a list: filtered like the board, by stage, or the ones proposed as timed out. */
export default function ListPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { filter: base, scope, params, update, page } = useOpportunityFilter();
  const processes = useProcesses();
  const timedOut = params.get('timedOut') === 'true';
  const sort = params.get('sort');
  const filter: ListFilter = {
    ...base,
    cf: customFilterOf(params),
    stageId: params.get('stage') ?? undefined,
    status: timedOut ? 'open' : undefined,
    timedOut: timedOut ? 'true' : undefined,
    sort: sorts.find((s) => s === sort) ?? 'expectedCloseOn',
    page,
    pageSize: PAGE_SIZE,
  };
  const list = useOpportunityList(filter);
  const onSort = (next: string) => update({ sort: next === 'expectedCloseOn' ? null : next });
  const stages = processes.data?.flatMap((p) => p.stages) ?? [];
  const data = list.data;
  const me = useSession();
  const selection = useRowSelection((data?.items ?? []).map((o) => o.id));
  const selectable = me.can.reassignOpportunities;

  return (
    <Box data-testid={timedOut ? 'timed-out-list' : 'opportunity-list'}>
      <PageHeader
        title={timedOut ? t('pipeline.timedOutList') : `${t('nav.pipeline')} — ${t('pipeline.list')}`}
        description={timedOut ? t('pipeline.timedOut.listText') : undefined}
        actions={
          <>
            <SavedViews />
            <Button
              component="a"
              href={opportunitiesApi.exportUrl(filter)}
              download
              variant="default"
              leftSection={<IconDownload size={18} />}
            >
              {t('pipeline.export')}
            </Button>
            <Button component={Link} to="/pipeline" variant="default" leftSection={<IconLayoutKanban size={18} />}>
              {t('nav.pipeline')}
            </Button>
          </>
        }
      />
      <OpportunityFilters params={params} scope={scope} onChange={update} customFields />
      <Select
        label={t('pipeline.table.stage')}
        data={[
          { value: 'all', label: t('pipeline.allStages') },
          ...stages.filter((s, i, all) => all.findIndex((x) => x.id === s.id) === i).map((s) => ({ value: s.id, label: stageName(s, t) })),
        ]}
        value={params.get('stage') ?? 'all'}
        onChange={(v) => update({ stage: v && v !== 'all' ? v : null })}
        allowDeselect={false}
        w={260}
        mb="md"
      />
      {list.error ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : data && data.items.length === 0 ? (
        <EmptyState
          icon={<IconAlertTriangle size={32} stroke={1.5} />}
          title={timedOut ? t('pipeline.timedOut.empty') : t('pipeline.empty.filteredTitle')}
          description={timedOut ? t('pipeline.timedOut.emptyText') : t('pipeline.empty.filteredText')}
        />
      ) : (
        <Paper withBorder radius="md" px="md" py="xs" style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}>
          {selectable && (
            <ReassignBar
              selection={selection}
              endpoint="/api/opportunities/reassign"
              refresh={[[...queryKeys.opportunities.all], [...queryKeys.timeline.all]]}
            />
          )}
          <Table.ScrollContainer minWidth={800}>
            <Table verticalSpacing="sm" highlightOnHover data-testid="opportunities-table">
              <Table.Thead>
                <Table.Tr>
                  {selectable && (
                    <Table.Th w={40}>
                      <SelectAllBox selection={selection} />
                    </Table.Th>
                  )}
                  <SortHeader label={t('pipeline.table.name')} asc="name" sort={filter.sort} onSort={onSort} />
                  <Table.Th>{t('pipeline.table.account')}</Table.Th>
                  <Table.Th>{t('pipeline.table.stage')}</Table.Th>
                  <SortHeader label={t('pipeline.table.value')} asc="value" desc="-value" sort={filter.sort} onSort={onSort} right />
                  <SortHeader
                    label={t('pipeline.table.close')}
                    asc="expectedCloseOn"
                    desc="-expectedCloseOn"
                    sort={filter.sort}
                    onSort={onSort}
                  />
                  <Table.Th>{t('pipeline.table.owner')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(data?.items ?? []).map((o) => (
                  <Table.Tr key={o.id}>
                    {selectable && (
                      <Table.Td>
                        <SelectRowBox selection={selection} id={o.id} name={o.name} />
                      </Table.Td>
                    )}
                    <Table.Td>
                      <Anchor component={Link} to={`/pipeline/${o.id}`} fw={600} size="sm">
                        {o.name}
                      </Anchor>
                      {o.timedOutProposed && (
                        <Badge size="xs" color="red" variant="light" ml={6}>
                          {t('pipeline.card.timedOut')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/accounts/${o.accountId}`} size="sm" c="dimmed">
                        {o.accountName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{stageName(o.stage, t)}</Table.Td>
                    <Table.Td ta="right">{format.currency(o.value || o.estimatedValue || 0, o.currency)}</Table.Td>
                    <Table.Td>{o.expectedCloseOn ? format.date(o.expectedCloseOn) : <Text c="dimmed">—</Text>}</Table.Td>
                    <Table.Td>{o.owner?.name ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {data && (
        <Paging
          total={data.total}
          estimated={data.totalEstimated === true}
          page={filter.page}
          pageSize={filter.pageSize}
          onPage={(p) => update({ page: String(p) })}
        />
      )}
    </Box>
  );
}
