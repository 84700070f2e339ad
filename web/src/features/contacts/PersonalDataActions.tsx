import { ActionIcon, Alert, Button, Group, Menu, Modal, Select, Stack, Textarea } from '@mantine/core';
import { IconAlertTriangle, IconDownload, IconShieldLock, IconUserOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { erasureReasons } from '@domain/privacy';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { notify } from '../../shared/ui/notify';
import { contactsApi, type ContactDetail } from './api';
import { useContactWrites } from './queries';

/** A person's data request (GDPR), for admins: export everything about the contact, or erase them by anonymising. */
export function PersonalDataActions({ contact }: { contact: ContactDetail }) {
  const { t } = useTranslation();
  const writes = useContactWrites(contact.id);
  const [erasing, setErasing] = useState(false);
  const [reason, setReason] = useState<string>('data_subject_request');
  const [note, setNote] = useState('');
  const name = `${contact.firstName} ${contact.lastName}`;

  const erase = () =>
    writes.erase.mutate(
      { reason, note: note.trim() },
      {
        onSuccess: (r) => {
          setErasing(false);
          notify(t('privacy.erased', { count: r.dealsKept }));
        },
        onError: (e) => notify(errorMessage(e, t), 'error'),
      },
    );

  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <ActionIcon variant="default" size="lg" aria-label={t('privacy.menu')} data-testid="contact-personal-data">
            <IconShieldLock size={16} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('privacy.menu')}</Menu.Label>
          <Menu.Item component="a" href={contactsApi.personalDataUrl(contact.id, 'html')} download leftSection={<IconDownload size={14} />}>
            {t('privacy.exportHtml')}
          </Menu.Item>
          <Menu.Item component="a" href={contactsApi.personalDataUrl(contact.id, 'json')} download leftSection={<IconDownload size={14} />}>
            {t('privacy.exportJson')}
          </Menu.Item>
          <Menu.Item color="red" leftSection={<IconUserOff size={14} />} onClick={() => setErasing(true)} data-testid="contact-erase">
            {t('privacy.erase')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal
        opened={erasing}
        onClose={() => setErasing(false)}
        title={t('privacy.eraseTitle', { name })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="md">
          <Alert variant="light" color="red" icon={<IconAlertTriangle size={18} />}>
            {t('privacy.eraseText')}
          </Alert>
          <Select
            label={t('privacy.reason')}
            data={erasureReasons.map((r) => ({ value: r, label: t(`privacy.reasons.${r}`) }))}
            value={reason}
            onChange={(v) => setReason(v ?? 'data_subject_request')}
            allowDeselect={false}
          />
          <Textarea
            label={t('privacy.note')}
            description={t('privacy.noteHelp')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            minRows={2}
            required
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setErasing(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              onClick={erase}
              loading={writes.erase.isPending}
              disabled={note.trim().length < 3}
              data-testid="confirm-erase"
            >
              {t('privacy.eraseConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
