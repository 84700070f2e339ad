import { ActionIcon, Anchor, Badge, Breadcrumbs, Button, Group, Menu, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import {
  IconArrowMerge,
  IconArrowsExchange,
  IconClipboardList,
  IconDots,
  IconPencil,
  IconPlus,
  IconTrash,
  IconWorld,
  IconUserX,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { restorableUntil } from '@domain/records';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { notify } from '../../shared/ui/notify';
import { EditAccountDrawer } from './EditAccountDrawer';
import { useAccountWrites } from './queries';
import { useFormat } from '../../shared/format/useFormat';
import { useSession } from '../../shared/session/session';
import { Fact } from '../../shared/ui/Fact';
import { CustomFieldFacts } from '../../shared/custom-fields/CustomFieldFacts';
import { StatusBadge } from '../../shared/ui/StatusBadge';
import type { AccountOverview } from './api';
import { AccountMergeModal } from './AccountMergeModal';
import { MarkLostModal } from './MarkLostModal';

const websiteHref = (site: string) => (/^https?:\/\//i.test(site) ? site : `https://${site}`);

/** Who the customer is: name, status, market, size, owners, and where it sits in its group of companies. */
export function AccountHeader({ overview }: { overview: AccountOverview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const [losing, setLosing] = useState(false);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [merging, setMerging] = useState(false);
  const { account, market, owner, globalOwner, parent, can } = overview;
  const { remove } = useAccountWrites(account.id);
  const deleteAccount = () =>
    remove.mutate(undefined, {
      onSuccess: (deleted) => {
        setDeleting(false);
        notify(
          t('records.deleted', { name: deleted.name, date: format.date(restorableUntil(new Date(deleted.deletedAt!)).toISOString()) }),
        );
      },
    });
  const dash = '—';
  const summary = [
    format.industry(account.industry),
    account.size ? t(`vocab.size.${account.size}`) : null,
    [account.city, market ? format.region(market.code, market.name) : null].filter(Boolean).join(', '),
  ].filter(Boolean);

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} data-testid="account-header">
      <Breadcrumbs mb="sm" separatorMargin={6} fz="sm" style={{ flexWrap: 'wrap' }}>
        <Anchor component={Link} to="/accounts" size="sm">
          {t('nav.accounts')}
        </Anchor>
        {parent && (
          <Anchor component={Link} to={`/accounts/${parent.id}`} size="sm" data-testid="parent-link">
            {parent.name}
          </Anchor>
        )}
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={6} style={{ flex: '1 1 20rem', minWidth: 0 }}>
          <Group gap="sm" align="center" wrap="wrap">
            <Title order={1} fz={{ base: 22, sm: 28 }} fw={650} lh={1.2} style={{ overflowWrap: 'anywhere' }}>
              {account.name}
            </Title>
            <StatusBadge status={account.status} size="lg" />
            {account.isGlobal && (
              <Badge variant="outline" color="indigo" leftSection={<IconWorld size={12} />}>
                {t('accounts.globalAccount')}
              </Badge>
            )}
          </Group>
          {summary.length > 0 && (
            <Text c="dimmed" size="sm">
              {summary.join(' · ')}
            </Text>
          )}
        </Stack>
        <Group gap="sm">
          {me.can.giveHandoffs && (
            <Button
              component={Link}
              to={`/cross-selling/new?accountId=${account.id}`}
              leftSection={<IconArrowsExchange size={16} />}
              data-testid="account-pass-tip"
            >
              {t('crossSelling.give')}
            </Button>
          )}
          {me.can.writeOpportunities && (
            <Button
              component={Link}
              to={`/pipeline/new?accountId=${account.id}`}
              variant="light"
              leftSection={<IconPlus size={16} />}
              data-testid="account-new-opportunity"
            >
              {t('pipeline.new')}
            </Button>
          )}
          {!account.deletedAt && (
            <Button
              component={Link}
              to={`/accounts/${account.id}/plan`}
              variant="default"
              leftSection={<IconClipboardList size={16} />}
              data-testid="account-plan-link"
            >
              {t('plans.open')}
            </Button>
          )}
          {can.change && (
            <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)} data-testid="account-edit">
              {t('records.edit')}
            </Button>
          )}
          {account.status !== 'lost' && can.markLost && (
            <Button
              variant="default"
              color="red"
              leftSection={<IconUserX size={16} />}
              onClick={() => setLosing(true)}
              data-testid="account-mark-lost"
            >
              {t('account.lost.action')}
            </Button>
          )}
          {(can.delete || can.merge) && !account.deletedAt && (
            <Menu position="bottom-end">
              <Menu.Target>
                <ActionIcon variant="default" size="lg" aria-label={t('records.more')} data-testid="account-more">
                  <IconDots size={16} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                {can.merge && (
                  <Menu.Item leftSection={<IconArrowMerge size={14} />} onClick={() => setMerging(true)} data-testid="account-merge">
                    {t('records.merge.action')}
                  </Menu.Item>
                )}
                {can.delete && (
                  <Menu.Item
                    color="red"
                    leftSection={<IconTrash size={14} />}
                    onClick={() => setDeleting(true)}
                    data-testid="account-delete"
                  >
                    {t('records.delete')}
                  </Menu.Item>
                )}
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} mt="lg" spacing="md" verticalSpacing="sm">
        <Fact label={t('account.facts.market')}>{market ? format.region(market.code, market.name) : dash}</Fact>
        <Fact label={t('account.facts.orgNumber')}>{account.orgNumber ?? dash}</Fact>
        <Fact label={t('account.facts.owner')}>{owner?.name ?? dash}</Fact>
        <Fact label={t('account.facts.globalOwner')}>{globalOwner?.name ?? dash}</Fact>
        <Fact label={t('records.deals.latest')}>
          {overview.latestDeal ? (
            <Anchor
              component={Link}
              to={`/pipeline/${overview.latestDeal.id}`}
              size="sm"
              data-testid="latest-deal"
              title={overview.latestDeal.name}
            >
              {format.date(overview.latestDeal.signedOn)} · {overview.latestDeal.name}
            </Anchor>
          ) : (
            dash
          )}
        </Fact>
        <Fact label={t('account.facts.website')}>
          {account.website ? (
            <Anchor
              href={websiteHref(account.website)}
              target="_blank"
              rel="noreferrer"
              size="sm"
              display="block"
              truncate
              title={account.website}
            >
              {account.website.replace(/^https?:\/\/(www\.)?/i, '')}
            </Anchor>
          ) : (
            dash
          )}
        </Fact>
        <CustomFieldFacts entity="account" values={account.customFields} />
      </SimpleGrid>
      <MarkLostModal accountId={account.id} name={account.name} opened={losing} onClose={() => setLosing(false)} />
      {merging && <AccountMergeModal account={{ id: account.id, name: account.name }} onClose={() => setMerging(false)} />}
      {editing && <EditAccountDrawer overview={overview} onClose={() => setEditing(false)} />}
      <ConfirmDialog
        opened={deleting}
        title={t('records.confirmDelete.account', { name: account.name })}
        text={t('records.confirmDelete.accountText')}
        confirmLabel={t('records.delete')}
        testId="confirm-delete"
        onConfirm={deleteAccount}
        onClose={() => setDeleting(false)}
        loading={remove.isPending}
      />
    </Paper>
  );
}
