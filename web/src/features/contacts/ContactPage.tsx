import { Anchor, Badge, Breadcrumbs, Button, Center, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAddressBook } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../shared/api/errors';
import { useFormat } from '../../shared/format/useFormat';
import { EmptyState } from '../../shared/ui/EmptyState';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { Fact } from '../../shared/ui/Fact';
import { ContactTimeline } from './ContactTimeline';
import { GroupBadges } from './GroupBadges';
import { useContact } from './queries';

/** One person: how to reach them, where they work, which groups know them, and everything involving them. */
export default function ContactPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const { contact, listed } = useContact(id);

  if (contact.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (contact.error) {
    if (isApiError(contact.error, 'not_found') || isApiError(contact.error, 'validation_failed')) {
      return (
        <EmptyState
          icon={<IconAddressBook size={32} stroke={1.5} />}
          title={t('contact.notFound.title')}
          description={t('contact.notFound.text')}
          actions={
            <Button component={Link} to="/contacts" variant="light">
              {t('contact.notFound.back')}
            </Button>
          }
        />
      );
    }
    return <ErrorAlert error={contact.error} onRetry={() => void contact.refetch()} />;
  }

  const c = contact.data;
  const dash = '—';
  return (
    <Stack gap="lg" data-testid="contact-page">
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
        <Breadcrumbs mb="sm" separatorMargin={6}>
          <Anchor component={Link} to="/contacts" size="sm">
            {t('nav.contacts')}
          </Anchor>
          <Anchor component={Link} to={`/accounts/${c.accountId}`} size="sm">
            {listed.data?.accountName ?? '…'}
          </Anchor>
        </Breadcrumbs>
        <Group gap="sm" align="center" wrap="wrap">
          <Title order={1} fz={{ base: 22, sm: 28 }} fw={650} lh={1.2}>
            {c.firstName} {c.lastName}
          </Title>
          {c.buyingRole && (
            <Badge variant="light" color="indigo" size="lg">
              {t(`vocab.buyingRole.${c.buyingRole}`)}
            </Badge>
          )}
        </Group>
        {c.title && (
          <Text c="dimmed" size="sm" mt={4}>
            {c.title}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} mt="lg" spacing="md" verticalSpacing="sm">
          <Fact label={t('contact.facts.email')}>{c.email ? <Anchor href={`mailto:${c.email}`}>{c.email}</Anchor> : dash}</Fact>
          <Fact label={t('contact.facts.phone')}>{c.phone ? <Anchor href={`tel:${c.phone}`}>{c.phone}</Anchor> : dash}</Fact>
          <Fact label={t('contact.facts.added')}>{format.date(c.createdAt)}</Fact>
          <Fact label={t('contact.facts.groups')}>{listed.data ? <GroupBadges groups={listed.data.salesGroups} /> : '…'}</Fact>
        </SimpleGrid>
      </Paper>
      <ContactTimeline contactId={c.id} />
    </Stack>
  );
}
