import { Button, Group, Pagination, Paper, Text } from '@mantine/core';
import { IconMailPlus, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '@contract/users';
import { notify } from '../../shared/ui/notify';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { useSession } from '../../shared/session/session';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { EmptyState } from '../../shared/ui/EmptyState';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { PageHeader } from '../../shared/ui/PageHeader';
import { CreateUserModal } from './CreateUserModal';
import { EditUserModal } from './EditUserModal';
import { InvitationsCard } from './InvitationsCard';
import { InviteModal } from './InviteModal';
import { UserFilters } from './UserFilters';
import { UsersTable } from './UsersTable';
import { useMarkets, useSalesGroups, useUpdateUser, useUserPage } from './queries';
import { useUserFilter } from './useUserFilter';

/** Users admin (L1): list, search, invite, add, re-role, move, deactivate; invitations not yet accepted. */
export default function UsersPage() {
  const { t } = useTranslation();
  const me = useSession();
  const { filter, update } = useUserFilter();
  const users = useUserPage(filter);
  const groups = useSalesGroups();
  const markets = useMarkets();
  const setActive = useUpdateUser();
  const [creating, setCreating] = useState(false);
  const [inviting, setInviting] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const [deactivating, setDeactivating] = useState<User | null>(null);

  const changeActive = (user: User, active: boolean) =>
    setActive.mutate(
      { id: user.id, patch: { active } },
      {
        onSuccess: () => {
          notify(t(active ? 'users.notify.reactivated' : 'users.notify.deactivated', { name: user.name }));
          setDeactivating(null);
        },
        onError: (error) => {
          notify(errorMessage(error, t), 'error');
          setDeactivating(null);
        },
      },
    );

  const page = users.data;
  const pages = page ? Math.max(1, Math.ceil(page.total / page.pageSize)) : 1;
  const from = page && page.total > 0 ? (page.page - 1) * page.pageSize + 1 : 0;
  const to = page ? Math.min(page.total, page.page * page.pageSize) : 0;

  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={t('users.description')}
        actions={
          me.can.manageUsers && (
            <>
              <Button variant="default" leftSection={<IconUserPlus size={18} />} onClick={() => setCreating(true)}>
                {t('users.add')}
              </Button>
              <Button leftSection={<IconMailPlus size={18} />} onClick={() => setInviting(true)} data-testid="invite-button">
                {t('people.invitations.invite')}
              </Button>
            </>
          )
        }
      />
      <InvitationsCard />
      <UserFilters filter={filter} onChange={update} />
      {users.error ? (
        <ErrorAlert error={users.error} onRetry={() => void users.refetch()} />
      ) : page && page.items.length === 0 ? (
        <EmptyState icon={<IconUsers size={32} stroke={1.5} />} title={t('users.empty.title')} description={t('users.empty.text')} />
      ) : (
        <Paper withBorder radius="md" px="md" py="xs" style={{ opacity: users.isPlaceholderData ? 0.6 : 1 }}>
          <UsersTable
            users={page?.items ?? []}
            groups={groups.data}
            markets={markets.data}
            onEdit={setEditing}
            onDeactivate={setDeactivating}
            onReactivate={(user) => changeActive(user, true)}
          />
        </Paper>
      )}
      {page && page.total > 0 && (
        <Group justify="space-between" mt="md" wrap="wrap" gap="sm">
          <Text size="sm" c="dimmed">
            {t('common.pageRange', { from, to, total: page.total })}
          </Text>
          {pages > 1 && (
            <Pagination
              total={pages}
              value={filter.page}
              onChange={(p) => update({ page: String(p) })}
              size="sm"
              getControlProps={(control) => ({
                'aria-label': control === 'previous' ? t('common.previousPage') : control === 'next' ? t('common.nextPage') : control,
              })}
            />
          )}
        </Group>
      )}
      <CreateUserModal opened={creating} onClose={() => setCreating(false)} />
      <InviteModal opened={inviting} onClose={() => setInviting(false)} />
      <EditUserModal user={editing} onClose={() => setEditing(null)} />
      <ConfirmDialog
        opened={deactivating !== null}
        title={t('users.confirmDeactivate.title', { name: deactivating?.name ?? '' })}
        text={t('users.confirmDeactivate.text')}
        confirmLabel={t('users.deactivate')}
        loading={setActive.isPending}
        onConfirm={() => deactivating && changeActive(deactivating, false)}
        onClose={() => setDeactivating(null)}
      />
    </>
  );
}
