import { Button, Center, Grid, Loader, Stack } from '@mantine/core';
import { IconBuildingStore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../shared/api/errors';
import { EmptyState } from '../../shared/ui/EmptyState';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { AccountContacts } from './AccountContacts';
import { AccountHeader } from './AccountHeader';
import { AccountTimeline } from './AccountTimeline';
import { Hierarchy } from './Hierarchy';
import { ProductRow } from './ProductRow';
import { RevenueCard } from './RevenueCard';
import { SuggestionsCard } from './SuggestionsCard';
import { useAccountOverview } from './queries';
import { Touchpoints } from './Touchpoints';

/** The heart of Korsa: one customer, its hierarchy, what it owns, who has been in touch, and the shared timeline. */
export function AccountPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const overview = useAccountOverview(id);

  if (overview.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (overview.error) {
    if (isApiError(overview.error, 'not_found') || isApiError(overview.error, 'validation_failed')) {
      return (
        <EmptyState
          icon={<IconBuildingStore size={32} stroke={1.5} />}
          title={t('account.notFound.title')}
          description={t('account.notFound.text')}
          actions={
            <Button component={Link} to="/accounts" variant="light">
              {t('account.notFound.back')}
            </Button>
          }
        />
      );
    }
    return <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} />;
  }

  const data = overview.data;
  return (
    <Stack gap="lg" data-testid="account-page">
      <AccountHeader overview={data} />
      <ProductRow cells={data.productRow} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <AccountTimeline accountId={data.account.id} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <SuggestionsCard accountId={data.account.id} />
            <Touchpoints touchpoints={data.touchpoints} />
            <AccountContacts accountId={data.account.id} />
            <Hierarchy overview={data} />
            <RevenueCard accountId={data.account.id} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
