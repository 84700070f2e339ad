import { Box, Button, Paper } from '@mantine/core';
import { IconAddressBook, IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../shared/ui/EmptyState';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { PageHeader } from '../../shared/ui/PageHeader';
import { Paging } from '../../shared/ui/Paging';
import { contactsApi } from './api';
import { ContactCards } from './ContactCards';
import { ContactFilters } from './ContactFilters';
import { ContactsTable } from './ContactsTable';
import { useContactList } from './queries';
import { useContactFilter } from './useContactFilter';

/** Everyone at every customer (A2), with the sales groups that know them. */
export default function ContactsPage() {
  const { t } = useTranslation();
  const { filter, params, update } = useContactFilter();
  const contacts = useContactList(filter);
  const page = contacts.data;
  const filtered = ['q', 'role', 'account'].some((k) => params.has(k));

  return (
    <Box data-testid="contacts-page">
      <PageHeader
        title={t('nav.contacts')}
        description={t('contacts.description')}
        actions={
          <Button component="a" href={contactsApi.exportUrl(filter)} download variant="default" leftSection={<IconDownload size={18} />}>
            {t('contacts.export')}
          </Button>
        }
      />
      <ContactFilters params={params} onChange={update} />
      {contacts.error ? (
        <ErrorAlert error={contacts.error} onRetry={() => void contacts.refetch()} />
      ) : page && page.items.length === 0 ? (
        <EmptyState
          icon={<IconAddressBook size={32} stroke={1.5} />}
          title={filtered ? t('contacts.empty.filteredTitle') : t('contacts.empty.title')}
          description={filtered ? t('contacts.empty.filteredText') : t('contacts.empty.text')}
        />
      ) : (
        <Paper withBorder radius="md" px="md" py="xs" style={{ opacity: contacts.isPlaceholderData ? 0.6 : 1 }}>
          <Box visibleFrom="md">
            <ContactsTable contacts={page?.items ?? []} />
          </Box>
          <Box hiddenFrom="md">
            <ContactCards contacts={page?.items ?? []} />
          </Box>
        </Paper>
      )}
      {page && <Paging total={page.total} page={filter.page} pageSize={filter.pageSize} onPage={(p) => update({ page: String(p) })} />}
    </Box>
  );
}
