import { Anchor, Badge, Box, Button, Group, Paper, Select, Switch, Table, Tabs, Text, TextInput } from '@mantine/core';
import { IconAdjustments, IconClockHour4, IconForms, IconWorld, IconPlus, IconSearch, IconTargetArrow } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { leadSources, leadStatuses } from '@domain/leads';
import { oneOf } from '@domain/people';
import { useFormat } from '../../shared/format/useFormat';
import { useSession } from '../../shared/session/session';
import { EmptyState } from '../../shared/ui/EmptyState';
import { FilterBar } from '../../shared/ui/FilterBar';
import { GroupBadge } from '../../shared/ui/GroupBadge';
import { PageHeader } from '../../shared/ui/PageHeader';
import { Paging } from '../../shared/ui/Paging';
import { useUrlParams } from '../../shared/url/useUrlParams';
import { leadBoxes, type LeadBox, type LeadFilter } from './api';
import { LeadDue, LeadStatusBadge } from './LeadStatusBadge';
import { NewLeadModal } from './NewLeadModal';
import { useLeadList } from './queries';
import { QueryState } from '../../shared/ui/PageState';

const PAGE = 50;

/**
 * Leads: a seller's inbox of leads to accept (deadline in view, overdue in red), marketing's leads,
 * mine and all — with search and filters in the URL, and "New lead".
 */
export function LeadsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const { params, update, page } = useUrlParams();
  const marketingSide = me.can.manageLeads;
  const box: LeadBox = oneOf(leadBoxes, params.get('box')) ? (params.get('box') as LeadBox) : marketingSide ? 'marketing' : 'inbox';
  const status = params.get('status');
  const source = params.get('source');
  const [q, setQ] = useState(params.get('q') ?? '');
  const filter: LeadFilter = {
    box,
    q: params.get('q') ?? undefined,
    status: oneOf(leadStatuses, status) ? status : undefined,
    source: oneOf(leadSources, source) ? source : undefined,
    overdue: params.get('overdue') === 'true' ? 'true' : undefined,
    sort: box === 'inbox' ? 'dueAt' : '-createdAt',
    page,
    pageSize: PAGE,
  };
  const list = useLeadList(filter);
  const [creating, setCreating] = useState(false);

  return (
    <Box data-testid="leads-page">
      <PageHeader
        title={t('leads.title')}
        description={t('leads.description')}
        actions={
          <>
            {me.can.viewLeadReport && (
              <Button
                component={Link}
                to="/leads/report"
                variant="default"
                leftSection={<IconClockHour4 size={18} />}
                data-testid="leads-report-link"
              >
                {t('leads.report.title')}
              </Button>
            )}
            {me.can.manageLeads && (
              <Button
                component={Link}
                to="/leads/forms"
                variant="default"
                leftSection={<IconForms size={18} />}
                data-testid="leads-forms-link"
              >
                {t('leads.forms.title')}
              </Button>
            )}
            {me.can.manageLeads && (
              <Button
                component={Link}
                to="/leads/signals"
                variant="default"
                leftSection={<IconWorld size={18} />}
                data-testid="leads-signals-link"
              >
                {t('signals.link')}
              </Button>
            )}
            <Button
              component={Link}
              to="/leads/scoring"
              variant="default"
              leftSection={<IconAdjustments size={18} />}
              data-testid="leads-scoring-link"
            >
              {t('leads.scoring.title')}
            </Button>
            <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)} data-testid="new-lead">
              {t('leads.newLead')}
            </Button>
          </>
        }
      />
      <Tabs value={box} onChange={(v) => update({ box: v })} mb="md" keepMounted={false}>
        <Tabs.List>
          {leadBoxes.map((b) => (
            <Tabs.Tab key={b} value={b} data-testid={`leads-tab-${b}`}>
              {t(`leads.tabs.${b}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <FilterBar
        active={[filter.status, filter.source, filter.overdue].filter(Boolean).length}
        search={
          <form
            onSubmit={(e) => {
              e.preventDefault();
              update({ q: q.trim() || null });
            }}
            style={{ flex: '1 1 16rem' }}
          >
            <TextInput
              leftSection={<IconSearch size={16} />}
              placeholder={t('leads.filters.search')}
              aria-label={t('leads.filters.search')}
              value={q}
              onChange={(e) => setQ(e.currentTarget.value)}
              onBlur={() => update({ q: q.trim() || null })}
              data-testid="leads-search"
            />
          </form>
        }
      >
        <Select
          label={t('leads.filters.status')}
          placeholder={t('leads.filters.anyStatus')}
          data={leadStatuses.map((s) => ({ value: s, label: t(`leads.status.${s}`) }))}
          value={filter.status ?? null}
          onChange={(v) => update({ status: v })}
          clearable
          w={200}
          data-testid="leads-status-filter"
        />
        <Select
          label={t('leads.filters.source')}
          placeholder={t('leads.filters.anySource')}
          data={leadSources.map((s) => ({ value: s, label: t(`leads.source.${s}`) }))}
          value={filter.source ?? null}
          onChange={(v) => update({ source: v })}
          clearable
          w={180}
        />
        <Switch
          label={t('leads.filters.overdue')}
          checked={filter.overdue === 'true'}
          onChange={(e) => update({ overdue: e.currentTarget.checked ? 'true' : null })}
          mb={8}
        />
      </FilterBar>
      {list.error || !list.data ? (
        <QueryState query={list} />
      ) : list.data.total === 0 ? (
        <EmptyState icon={<IconTargetArrow size={32} stroke={1.5} />} title={t('leads.empty.title')} description={t('leads.empty.text')} />
      ) : (
        <>
          <Paper withBorder radius="md" px="md" py="xs" style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}>
            <Table.ScrollContainer minWidth={820}>
              <Table verticalSpacing="sm" highlightOnHover data-testid="leads-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('leads.columns.name')}</Table.Th>
                    <Table.Th>{t('leads.columns.company')}</Table.Th>
                    <Table.Th>{t('leads.columns.score')}</Table.Th>
                    <Table.Th>{t('leads.columns.status')}</Table.Th>
                    <Table.Th>{t('leads.columns.group')}</Table.Th>
                    <Table.Th>{t('leads.columns.due')}</Table.Th>
                    <Table.Th>{t('leads.columns.created')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.items.map((l) => (
                    <Table.Tr
                      key={l.id}
                      data-testid="lead-row"
                      data-overdue={l.overdue || undefined}
                      style={l.overdue ? { boxShadow: 'inset 3px 0 0 var(--mantine-color-red-6)' } : undefined}
                    >
                      <Table.Td>
                        <Anchor component={Link} to={`/leads/${l.id}`} fw={600} size="sm">
                          {l.name}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {t(`leads.source.${l.source}`)}
                          {l.campaign ? ` · ${l.campaign}` : ''}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{l.account?.name ?? l.company ?? '—'}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          <Text size="sm" fw={600}>
                            {l.score}
                          </Text>
                          {l.mql && (
                            <Badge size="xs" color="teal" variant="light">
                              {t('leads.mql')}
                            </Badge>
                          )}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <LeadStatusBadge status={l.status} />
                      </Table.Td>
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          {l.salesGroup && <GroupBadge size="sm" id={l.salesGroup.id} name={l.salesGroup.name} />}
                          {l.assignedUser && <Text size="sm">{l.assignedUser.name}</Text>}
                          {!l.salesGroup && '—'}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" component="div">
                          <LeadDue lead={l} />
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" c="dimmed" title={format.dateTime(l.createdAt)}>
                          {format.when(l.createdAt)}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
          <Paging total={list.data.total} page={page} pageSize={PAGE} onPage={(p) => update({ page: String(p) })} />
        </>
      )}
      <NewLeadModal opened={creating} onClose={() => setCreating(false)} />
    </Box>
  );
}
