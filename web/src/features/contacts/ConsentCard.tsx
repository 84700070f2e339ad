import { Alert, Badge, Button, Group, Modal, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { consentStatuses, lawfulBases, type ConsentStatus, type LawfulBasis } from '@domain/consent';
import { oneOf } from '@domain/people';
import { queryKeys } from '../../shared/api/queryKeys';
import { useFormat } from '../../shared/format/useFormat';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { DateField } from '../../shared/ui/DateField';
import { Fact } from '../../shared/ui/Fact';
import { notify } from '../../shared/ui/notify';
import { contactsApi, type ContactDetail } from './api';

/** The lawful basis for marketing to the person and their consent (GDPR): shown to all, recorded by those who may. */
export function ConsentCard({ contact }: { contact: ContactDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  const m = contact.marketing;
  return (
    <Paper
      withBorder
      radius="md"
      p={{ base: 'md', sm: 'lg' }}
      component="section"
      aria-labelledby="consent-title"
      data-testid="consent-card"
    >
      <Group justify="space-between" mb="sm">
        <Group gap="sm">
          <Title order={2} fz="lg" fw={600} id="consent-title">
            {t('consent.title')}
          </Title>
          <Badge color={m.mayMarket ? 'teal' : 'gray'} variant="light" data-testid="consent-may-market">
            {t(m.mayMarket ? 'consent.mayMarket' : 'consent.mayNotMarket')}
          </Badge>
        </Group>
        {contact.can.consent && (
          <Button
            variant="default"
            size="xs"
            leftSection={<IconPencil size={14} />}
            onClick={() => setEditing(true)}
            data-testid="consent-edit"
          >
            {t('consent.edit')}
          </Button>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Fact label={t('consent.basis')}>{m.basis ? t(`consent.bases.${m.basis}`) : t('consent.notRecorded')}</Fact>
        <Fact label={t('consent.consent')}>
          {m.consent ? t(`consent.statuses.${m.consent.status}`, { date: format.date(m.consent.on) }) : t('consent.notRecorded')}
        </Fact>
        <Fact label={t('consent.source')}>{m.consent?.source ?? '—'}</Fact>
      </SimpleGrid>
      {editing && <ConsentModal contact={contact} onClose={() => setEditing(false)} />}
    </Paper>
  );
}

function ConsentModal({ contact, onClose }: { contact: ContactDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const m = contact.marketing;
  const [basis, setBasis] = useState<LawfulBasis | null>(m.basis);
  const [status, setStatus] = useState<ConsentStatus | null>(m.consent?.status ?? null);
  const [on, setOn] = useState(m.consent?.on ?? new Date().toISOString().slice(0, 10));
  const [source, setSource] = useState(m.consent?.source ?? '');
  const save = useMutation({
    mutationFn: () =>
      contactsApi.setConsent(contact.id, {
        basis,
        consent: status ? { status, on, source } : null,
        version: contact.version,
      }),
    onSuccess: async (updated) => {
      queryClient.setQueryData([...queryKeys.contacts.all, contact.id], updated);
      await queryClient.invalidateQueries({ queryKey: ['history'] });
      notify(t('consent.saved'));
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={t('consent.editTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Stack gap="md">
          {save.error && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(save.error, t)}
            </Alert>
          )}
          <Select
            label={t('consent.basis')}
            description={t('consent.basisHelp')}
            data={lawfulBases.map((b) => ({ value: b, label: t(`consent.bases.${b}`) }))}
            value={basis}
            onChange={(v) => setBasis(oneOf(lawfulBases, v) ? v : null)}
            clearable
            placeholder={t('consent.notRecorded')}
            data-testid="consent-basis"
          />
          <Select
            label={t('consent.consent')}
            data={consentStatuses.map((s) => ({ value: s, label: t(`consent.choices.${s}`) }))}
            value={status}
            onChange={(v) => setStatus(oneOf(consentStatuses, v) ? v : null)}
            clearable
            placeholder={t('consent.notRecorded')}
            data-testid="consent-status"
          />
          {status && (
            <>
              <DateField label={t('consent.on')} value={on} onChange={setOn} required />
              <TextInput
                label={t('consent.source')}
                description={t('consent.sourceHelp')}
                value={source}
                onChange={(e) => setSource(e.currentTarget.value)}
                maxLength={200}
                required
                data-testid="consent-source"
              />
            </>
          )}
          <Text size="xs" c="dimmed">
            {t('consent.audited')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="consent-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
