import { CommentsPanel } from '../../shared/comments/CommentsPanel';
import { ChangeHistory } from '../../shared/history/ChangeHistory';
import { Grid, Stack } from '@mantine/core';
import { IconBuildingStore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DeletedBanner } from '../../shared/records/DeletedBanner';
import { RecordTasks } from '../../shared/tasks/RecordTasks';
import { AccountContacts } from './AccountContacts';
import { AccountDeals } from './AccountDeals';
import { DuplicatesCard } from './DuplicatesCard';
import { AccountHeader } from './AccountHeader';
import { AccountTimeline } from './AccountTimeline';
import { CoverageNotice } from '../../shared/coverage/coverage';
import { HealthCard } from './HealthCard';
import { LessonsCard } from './LessonsCard';
import { Hierarchy } from './Hierarchy';
import { ProductRow } from './ProductRow';
import { RevenueCard } from './RevenueCard';
import { SiteVisitsCard } from './SiteVisitsCard';
import { SuggestionsCard } from './SuggestionsCard';
import { useAccountOverview, useAccountWrites } from './queries';
import { Touchpoints } from './Touchpoints';
import { QueryState } from '../../shared/ui/PageState';

/** The heart of Korsa: one customer, its hierarchy, what it owns, who has been in touch, and the shared timeline. */
export function AccountPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const overview = useAccountOverview(id);
  const { restore } = useAccountWrites(id);

  if (overview.isPending || overview.error) {
    return (
      <QueryState
        query={overview}
        notFound={{
          icon: <IconBuildingStore size={32} stroke={1.5} />,
          title: t('account.notFound.title'),
          description: t('account.notFound.text'),
          back: { to: '/accounts', label: t('account.notFound.back') },
        }}
      />
    );
  }

  const data = overview.data;
  return (
    <Stack gap="lg" data-testid="account-page">
      {data.account.deletedAt && (
        <DeletedBanner
          deletedAt={data.account.deletedAt}
          onRestore={data.can.delete ? () => restore.mutate() : undefined}
          restoring={restore.isPending}
        />
      )}
      <div data-tour="account-header">
        <AccountHeader overview={data} />
      </div>
      <CoverageNotice accountId={data.account.id} />
      <div data-tour="account-products">
        <ProductRow cells={data.productRow} />
      </div>
      <div data-tour="account-deals">
        <AccountDeals accountId={data.account.id} />
      </div>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }} data-tour="account-timeline">
          <AccountTimeline accountId={data.account.id} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg" data-tour="account-side">
            {!data.account.deletedAt && <DuplicatesCard overview={data} />}
            <RecordTasks record={{ kind: 'account', id: data.account.id, name: data.account.name }} canAdd={!data.account.deletedAt} />
            <HealthCard accountId={data.account.id} status={data.account.status} />
            <SuggestionsCard accountId={data.account.id} />
            <LessonsCard accountId={data.account.id} />
            <SiteVisitsCard accountId={data.account.id} />
            <Touchpoints touchpoints={data.touchpoints} />
            <AccountContacts accountId={data.account.id} />
            <Hierarchy overview={data} />
            <RevenueCard accountId={data.account.id} />
            <ChangeHistory subject="account" id={data.account.id} />
          </Stack>
        </Grid.Col>
      </Grid>
      <CommentsPanel subjectType="account" subjectId={data.account.id} />
    </Stack>
  );
}
