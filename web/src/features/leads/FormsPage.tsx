import {
  Alert,
  Anchor,
  Box,
  Button,
  Code,
  CopyButton,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { IconExternalLink, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LeadFormInput } from '@contract/leads';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { useMarkets } from '../../shared/org/queries';
import { PageHeader } from '../../shared/ui/PageHeader';
import { notify } from '../../shared/ui/notify';
import type { LeadForm } from './api';
import { useCreateLeadForm, useLeadForms } from './queries';

/**
 * The snippet the company pastes into its own site: a plain form that posts JSON to the form's public
 * address, with the hidden honeypot and the time it was shown (the spam guard reads both).
 */
export function embedCode(korsa: string, key: string): string {
  return `<form id="korsa-form">
  <input name="name" required placeholder="Name">
  <input name="email" type="email" required placeholder="E-mail">
  <input name="company" placeholder="Company">
  <input name="title" placeholder="Role">
  <textarea name="message" placeholder="Message"></textarea>
  <input name="website" tabindex="-1" autocomplete="off" style="position:absolute;left:-9999px" aria-hidden="true">
  <button>Send</button>
</form>
<script>
  (function () {
    var form = document.getElementById('korsa-form'), shown = Date.now();
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var body = Object.fromEntries(new FormData(form));
      body.renderedAt = shown;
      fetch('${korsa}/api/public/forms/${key}', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then(function () { form.textContent = 'Thank you!'; });
    });
  })();
</script>`;
}

/** Marketing's web forms: each with its own key, the one site allowed to post it, and the code for that site. */
export function FormsPage() {
  const { t } = useTranslation();
  const forms = useLeadForms();
  const [creating, setCreating] = useState(false);
  const [shown, setShown] = useState<LeadForm | null>(null);
  return (
    <Box data-testid="lead-forms-page">
      <PageHeader
        title={t('leads.forms.title')}
        description={t('leads.forms.description')}
        actions={
          <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)} data-testid="lead-form-new">
            {t('leads.forms.new')}
          </Button>
        }
      />
      {forms.isError && <Alert color="red">{errorMessage(forms.error, t)}</Alert>}
      {forms.data && forms.data.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('leads.forms.empty')}
        </Text>
      )}
      {forms.data && forms.data.length > 0 && (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="sm" data-testid="lead-forms">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('leads.forms.name')}</Table.Th>
                  <Table.Th>{t('leads.forms.origin')}</Table.Th>
                  <Table.Th>{t('leads.forms.campaign')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('leads.forms.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {forms.data.map((f) => (
                  <Table.Tr key={f.id} data-testid="lead-form-row">
                    <Table.Td fw={600}>{f.name}</Table.Td>
                    <Table.Td>{f.allowedOrigin}</Table.Td>
                    <Table.Td>{f.campaign ?? '—'}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" justify="flex-end" wrap="nowrap">
                        <Button size="xs" variant="light" onClick={() => setShown(f)} data-testid="lead-form-embed">
                          {t('leads.forms.embed')}
                        </Button>
                        <Anchor
                          href={`/demo-site/${f.key}`}
                          target="_blank"
                          size="sm"
                          data-testid="lead-form-demo"
                          aria-label={`${t('leads.forms.demo')}: ${f.name}`}
                        >
                          <Group gap={4} wrap="nowrap">
                            {t('leads.forms.demo')}
                            <IconExternalLink size={14} aria-hidden />
                          </Group>
                        </Anchor>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <NewFormModal opened={creating} onClose={() => setCreating(false)} onCreated={setShown} />
      <Modal
        opened={shown !== null}
        onClose={() => setShown(null)}
        title={t('leads.forms.embedTitle', { name: shown?.name ?? '' })}
        size="xl"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {shown && (
          <Stack gap="sm" data-testid="lead-form-code">
            <Text size="sm">{t('leads.forms.embedHint', { origin: shown.allowedOrigin })}</Text>
            {/* focusable, so that a keyboard can scroll the code */}
            <Code block tabIndex={0} aria-label={t('leads.forms.embed')}>
              {embedCode(window.location.origin, shown.key)}
            </Code>
            <Group justify="flex-end">
              <CopyButton value={embedCode(window.location.origin, shown.key)}>
                {({ copied, copy }) => (
                  <Button variant="light" onClick={copy}>
                    {copied ? t('leads.forms.copied') : t('leads.forms.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Stack>
        )}
      </Modal>
    </Box>
  );
}

function NewFormModal({ opened, onClose, onCreated }: { opened: boolean; onClose: () => void; onCreated: (f: LeadForm) => void }) {
  const { t } = useTranslation();
  const markets = useMarkets();
  const create = useCreateLeadForm();
  const form = useSchemaForm({
    initialValues: { name: '', allowedOrigin: '', campaign: '', marketId: '' },
    schema: LeadFormInput,
    toInput: (v) => ({ ...v, marketId: v.marketId || null }),
  });
  const close = () => {
    form.reset();
    create.reset();
    onClose();
  };
  const submit = form.onSubmit((input) =>
    create.mutate(input, {
      onSuccess: (made) => {
        notify(t('leads.forms.created', { name: made.name }));
        close();
        onCreated(made);
      },
      onError: (e) => void form.setServerErrors(e),
    }),
  );
  return (
    <Modal opened={opened} onClose={close} title={t('leads.forms.new')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate data-testid="lead-form-form">
        <Stack gap="md">
          <TextInput label={t('leads.forms.name')} {...form.getInputProps('name')} required data-autofocus data-testid="lead-form-name" />
          <TextInput
            label={t('leads.forms.origin')}
            description={t('leads.forms.originHint')}
            placeholder="https://www.example.com"
            {...form.getInputProps('allowedOrigin')}
            required
            data-testid="lead-form-origin"
          />
          <TextInput label={t('leads.forms.campaign')} {...form.getInputProps('campaign')} data-testid="lead-form-campaign" />
          <Select
            label={t('leads.form.market')}
            data={(markets.data ?? []).map((m) => ({ value: m.id, label: m.name }))}
            {...form.getInputProps('marketId')}
            clearable
            data-testid="lead-form-market"
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="lead-form-create">
              {t('leads.forms.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
