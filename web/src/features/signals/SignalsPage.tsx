import {
  Alert,
  Badge,
  Box,
  Button,
  Checkbox,
  Code,
  CopyButton,
  Group,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { PageHeader } from '../../shared/ui/PageHeader';
import { notify } from '../../shared/ui/notify';
import { PageRulesCard } from './PageRulesCard';
import { useChangeSite, useCreateSite, useSignalSites, type Site } from './queries';

/** The snippet the company pastes into every page of its site: Korsa's tracking script with the site's public key. */
export function trackingSnippet(korsa: string, key: string): string {
  return `<script>window.korsa=window.korsa||function(){(korsa.q=korsa.q||[]).push(arguments)};</script>
<script async src="${korsa}/api/signals/t.js" data-key="${key}"></script>
<script>
  // when the visitor agrees in your consent banner (nothing is sent or stored before):
  //   korsa('consent', true);
  // when they tell you who they are (a form with an e-mail field does it by itself):
  //   korsa('identify', 'name@company.com');
</script>`;
}

/** Marketing's website signals: the sites that send page views (with the code for them) and which pages are about which products. */
export function SignalsPage() {
  const { t } = useTranslation();
  const sites = useSignalSites();
  const [creating, setCreating] = useState(false);
  const [shown, setShown] = useState<Site | null>(null);
  const [editing, setEditing] = useState<Site | null>(null);
  const snippet = shown ? trackingSnippet(window.location.origin, shown.publicKey) : '';
  return (
    <Box data-testid="signals-page">
      <PageHeader
        title={t('signals.title')}
        description={t('signals.description')}
        actions={
          <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)} data-testid="signal-site-new">
            {t('signals.sites.new')}
          </Button>
        }
      />
      <Stack gap="lg">
        {sites.isError && <Alert color="red">{errorMessage(sites.error, t)}</Alert>}
        {sites.data && sites.data.length === 0 && (
          <Text c="dimmed" size="sm">
            {t('signals.sites.empty')}
          </Text>
        )}
        {sites.data && sites.data.length > 0 && (
          <Paper withBorder radius="md">
            <Table.ScrollContainer minWidth={600}>
              <Table verticalSpacing="sm" data-testid="signal-sites">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('signals.sites.name')}</Table.Th>
                    <Table.Th>{t('signals.sites.key')}</Table.Th>
                    <Table.Th>{t('signals.sites.status')}</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>{t('signals.sites.actions')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {sites.data.map((s) => (
                    <Table.Tr key={s.id} data-testid="signal-site-row">
                      <Table.Td fw={600}>{s.name}</Table.Td>
                      <Table.Td>
                        <Code>{s.publicKey}</Code>
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={s.active ? 'teal' : 'gray'}>
                          {s.active ? t('signals.sites.active') : t('signals.sites.inactive')}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Group gap="xs" justify="flex-end" wrap="nowrap">
                          <Button
                            size="xs"
                            variant="light"
                            onClick={() => setShown(s)}
                            data-testid="signal-site-embed"
                            aria-label={`${t('signals.sites.embed')}: ${s.name}`}
                          >
                            {t('signals.sites.embed')}
                          </Button>
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() => setEditing(s)}
                            data-testid="signal-site-edit"
                            aria-label={`${t('signals.sites.edit')}: ${s.name}`}
                          >
                            {t('signals.sites.edit')}
                          </Button>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        )}
        <PageRulesCard />
      </Stack>
      <NewSiteModal opened={creating} onClose={() => setCreating(false)} onCreated={setShown} />
      {editing && <EditSiteModal site={editing} onClose={() => setEditing(null)} />}
      <Modal
        opened={shown !== null}
        onClose={() => setShown(null)}
        title={t('signals.sites.embedTitle', { name: shown?.name ?? '' })}
        size="xl"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="sm" data-testid="signal-site-code">
          <Text size="sm">{t('signals.sites.embedHint')}</Text>
          <Code block tabIndex={0} aria-label={t('signals.sites.embed')}>
            {snippet}
          </Code>
          <Group justify="flex-end">
            <CopyButton value={snippet}>
              {({ copied, copy }) => (
                <Button variant="light" onClick={copy}>
                  {copied ? t('signals.sites.copied') : t('signals.sites.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Stack>
      </Modal>
    </Box>
  );
}

function NewSiteModal({ opened, onClose, onCreated }: { opened: boolean; onClose: () => void; onCreated: (s: Site) => void }) {
  const { t } = useTranslation();
  const create = useCreateSite();
  const [name, setName] = useState('');
  const close = () => {
    setName('');
    create.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={t('signals.sites.new')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form
        noValidate
        data-testid="signal-site-form"
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate(
            { name },
            {
              onSuccess: (made) => {
                notify(t('signals.sites.created', { name: made.name }));
                close();
                onCreated(made);
              },
            },
          );
        }}
      >
        <Stack gap="md">
          <TextInput
            label={t('signals.sites.name')}
            description={t('signals.sites.nameHint')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            data-autofocus
            data-testid="signal-site-name"
            error={create.isError ? errorMessage(create.error, t) : undefined}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={create.isPending} data-testid="signal-site-create">
              {t('signals.sites.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function EditSiteModal({ site, onClose }: { site: Site; onClose: () => void }) {
  const { t } = useTranslation();
  const change = useChangeSite();
  const [name, setName] = useState(site.name);
  const [active, setActive] = useState(site.active);
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('signals.sites.editTitle', { name: site.name })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        noValidate
        data-testid="signal-site-edit-form"
        onSubmit={(e) => {
          e.preventDefault();
          change.mutate({ id: site.id, name, active }, { onSuccess: () => onClose() });
        }}
      >
        <Stack gap="md">
          <TextInput
            label={t('signals.sites.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            error={change.isError ? errorMessage(change.error, t) : undefined}
          />
          <Checkbox
            label={t('signals.sites.takeViews')}
            description={t('signals.sites.takeViewsHint')}
            checked={active}
            onChange={(e) => setActive(e.currentTarget.checked)}
            data-testid="signal-site-active"
          />
          <Group justify="flex-end">
            <Button type="submit" loading={change.isPending} data-testid="signal-site-save">
              {t('signals.sites.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
