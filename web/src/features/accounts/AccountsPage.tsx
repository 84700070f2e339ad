import { Box, Button, Paper } from '@mantine/core';
import { IconBuildingStore, IconDownload, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { AccountSort } from '../../shared/domain/vocabulary';
import { queryKeys } from '../../shared/api/queryKeys';
import { ReassignBar, useRowSelection } from '../../shared/records/Reassign';
import { useSession } from '../../shared/session/session';
import { EmptyState } from '../../shared/ui/EmptyState';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { PageHeader } from '../../shared/ui/PageHeader';
import { Paging } from '../../shared/ui/Paging';
import { AccountCards } from './AccountCards';
import { AccountFilters } from './AccountFilters';
import { AccountsTable } from './AccountsTable';
import { accountsApi } from './api';
import { NewAccountModal } from './NewAccountModal';
import { useAccountList } from './queries';
import { useAccountFilter } from './useAccountFilter';

/** Every customer and prospect (A1): filter, sort, page on the server, export what you see. */
export function AccountsPage() {
  const { t } = useTranslation();
  const me = useSession();
  const navigate = useNavigate();
  const { filter, params, update } = useAccountFilter(me.user.id);
  const accounts = useAccountList(filter);
  const page = accounts.data;
  const selection = useRowSelection((page?.items ?? []).map((a) => a.id));
  const filtered = ['q', 'status', 'market', 'global', 'mine'].some((k) => params.has(k));

  return (
    <Box data-testid="accounts-page">
      <PageHeader
        title={t('nav.accounts')}
        description={t('accounts.description')}
        actions={
          <>
            <Button component="a" href={accountsApi.exportUrl(filter)} download variant="default" leftSection={<IconDownload size={18} />}>
              {t('accounts.export')}
            </Button>
            <Button
              leftSection={<IconPlus size={18} />}
              onClick={() => update({ new: '1', page: params.get('page') })}
              data-testid="new-account"
            >
              {t('accounts.new')}
            </Button>
          </>
        }
      />
      <AccountFilters params={params} onChange={update} />
      {accounts.error ? (
        <ErrorAlert error={accounts.error} onRetry={() => void accounts.refetch()} />
      ) : page && page.items.length === 0 ? (
        <EmptyState
          icon={<IconBuildingStore size={32} stroke={1.5} />}
          title={filtered ? t('accounts.empty.filteredTitle') : t('accounts.empty.title')}
          description={filtered ? t('accounts.empty.filteredText') : t('accounts.empty.text')}
          actions={
            !filtered && (
              <Button leftSection={<IconPlus size={18} />} onClick={() => update({ new: '1', page: params.get('page') })}>
                {t('accounts.new')}
              </Button>
            )
          }
        />
      ) : (
        <Paper withBorder radius="md" px="md" py="xs" style={{ opacity: accounts.isPlaceholderData ? 0.6 : 1 }}>
          <Box visibleFrom="md">
            {me.can.reassignAccounts && (
              <ReassignBar
                selection={selection}
                endpoint="/api/accounts/reassign"
                proposalsFor={page?.items.find((a) => a.id === selection.selected[0]) ?? null}
                refresh={[[...queryKeys.accounts.all], [...queryKeys.timeline.all]]}
              />
            )}
            <AccountsTable
              accounts={page?.items ?? []}
              sort={filter.sort}
              onSort={(sort: AccountSort) => update({ sort })}
              selection={me.can.reassignAccounts ? selection : undefined}
            />
          </Box>
          <Box hiddenFrom="md">
            <AccountCards accounts={page?.items ?? []} />
          </Box>
        </Paper>
      )}
      {page && <Paging total={page.total} page={filter.page} pageSize={filter.pageSize} onPage={(p) => update({ page: String(p) })} />}
      <NewAccountModal
        opened={params.get('new') === '1'}
        onClose={() => update({ new: null, page: params.get('page') })}
        onCreated={(account) => void navigate(`/accounts/${account.id}`)}
      />
    </Box>
  );
}
