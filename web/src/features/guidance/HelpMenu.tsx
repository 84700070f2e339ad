import { ActionIcon, List, Menu, Modal, Stack, Text, Title, Button, Group } from '@mantine/core';
import { IconHelp, IconRoute, IconSparkles } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { releaseNotes, type ReleaseNote } from '@domain/release-notes';
import { currentLocale } from '../../shared/i18n/i18n';
import { useFormat } from '../../shared/format/useFormat';
import { useAcknowledgeRelease, useGuidance } from './api';
import { usePageTour } from './usePageTour';

/**
 * The help menu (?) in the header (L6): this page's tour again, and what is new. The "what's new" note
 * opens by itself once after an upgrade, until the person acknowledges the running release.
 */
export function HelpMenu() {
  const { t } = useTranslation();
  const guidance = useGuidance();
  const acknowledge = useAcknowledgeRelease();
  const [asked, setAsked] = useState(false);
  const [putAway, setPutAway] = useState(false);
  const unseen = guidance.data?.unseenReleases ?? [];
  const news = unseen.length > 0 && !putAway;
  const opened = asked || news;
  const { tour, start } = usePageTour(opened);

  const close = () => {
    if (unseen.length > 0 && guidance.data) acknowledge.mutate(guidance.data.version);
    setPutAway(true);
    setAsked(false);
  };
  const notes = unseen.length > 0 ? releaseNotes.filter((n) => unseen.includes(n.version)) : releaseNotes.slice(0, 3);

  return (
    <>
      <Menu position="bottom-end" shadow="md" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" size="lg" aria-label={t('guidance.help.label')} data-tour="help" data-testid="help-menu">
            <IconHelp size={20} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconRoute size={16} />} disabled={!tour} onClick={start} data-testid="help-tour">
            {tour ? t('guidance.help.tour') : t('guidance.help.noTour')}
          </Menu.Item>
          <Menu.Item leftSection={<IconSparkles size={16} />} onClick={() => setAsked(true)} data-testid="help-whats-new">
            {t('guidance.help.whatsNew')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal
        opened={opened}
        onClose={close}
        title={t('guidance.whatsNew.title')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
        data-testid="whats-new"
      >
        <Stack gap="lg">
          {notes.map((note) => (
            <Release key={note.version} note={note} />
          ))}
          <Group justify="flex-end">
            <Button onClick={close} data-testid="whats-new-ok">
              {t('guidance.whatsNew.ok')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

function Release({ note }: { note: ReleaseNote }) {
  const { t } = useTranslation();
  const format = useFormat();
  const locale = currentLocale();
  return (
    <Stack gap="xs" data-testid={`release-${note.version}`}>
      <Title order={2} size="h4">
        {t('guidance.whatsNew.version', { version: note.version, date: format.date(note.date) })}
      </Title>
      <List spacing="xs">
        {note.items.map((item) => (
          <List.Item key={item.en}>
            <Text size="sm">{item[locale]}</Text>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
