import { Button, Code, CopyButton, Group } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** A one-time link the admin hands over (no SMTP): shown whole, with a copy button. */
export function LinkCopy({ link }: { link: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap" align="center">
      <Code style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }} data-testid="invitation-link">
        {link}
      </Code>
      <CopyButton value={link}>
        {({ copied, copy }) => (
          <Button
            size="xs"
            variant="light"
            color={copied ? 'teal' : undefined}
            leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
            onClick={copy}
          >
            {copied ? t('people.invitations.copied') : t('people.invitations.copy')}
          </Button>
        )}
      </CopyButton>
    </Group>
  );
}
