import { ActionIcon, Alert, Button, Group, Menu, Modal, Select, Stack, Textarea } from '@mantine/core';
import { IconAlertTriangle, IconDownload, IconShieldLock, IconUserOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { erasureReasons } from '@domain/privacy';
import { urlOf } from '../api/client';

/** A person's export's address (admins): `/api/<kind>/<id>/personal-data[.html]`. */
export const personalDataUrl = (kind: 'contacts' | 'leads' | 'users', id: string, format: 'json' | 'html') =>
  urlOf(`/api/${kind}/${id}/personal-data${format === 'html' ? '.html' : ''}`, {});

interface Erasure {
  run: (input: { reason: string; note: string }, done: () => void) => void;
  pending: boolean;
  /** What erasing takes away, in words. */
  text: string;
}

/**
 * A person's data request (GDPR), for admins, on a lead's or a user's page: export everything Korsa
 * holds about them (a readable page or JSON), and — where it applies — erase them by anonymising.
 */
export function PersonalDataMenu({
  kind,
  id,
  name,
  erasure,
}: {
  kind: 'contacts' | 'leads' | 'users';
  id: string;
  name: string;
  erasure?: Erasure;
}) {
  const { t } = useTranslation();
  const [erasing, setErasing] = useState(false);
  const [reason, setReason] = useState<string>('data_subject_request');
  const [note, setNote] = useState('');
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="default" size="lg" aria-label={t('privacy.menuFor', { name })} data-testid="personal-data-menu">
            <IconShieldLock size={16} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('privacy.menu')}</Menu.Label>
          <Menu.Item component="a" href={personalDataUrl(kind, id, 'html')} download leftSection={<IconDownload size={14} />}>
            {t('privacy.exportHtml')}
          </Menu.Item>
          <Menu.Item component="a" href={personalDataUrl(kind, id, 'json')} download leftSection={<IconDownload size={14} />}>
            {t('privacy.exportJson')}
          </Menu.Item>
          {erasure && (
            <Menu.Item
              color="red"
              leftSection={<IconUserOff size={14} />}
              onClick={() => setErasing(true)}
              data-testid="personal-data-erase"
            >
              {t('privacy.erase')}
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      {erasure && (
        <Modal
          opened={erasing}
          onClose={() => setErasing(false)}
          title={t('privacy.eraseTitle', { name })}
          closeButtonProps={{ 'aria-label': t('common.close') }}
        >
          <Stack gap="md">
            <Alert variant="light" color="red" icon={<IconAlertTriangle size={18} />}>
              {erasure.text}
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
                onClick={() => erasure.run({ reason, note: note.trim() }, () => setErasing(false))}
                loading={erasure.pending}
                disabled={note.trim().length < 3}
                data-testid="confirm-erase"
              >
                {t('privacy.eraseConfirm')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </>
  );
}
