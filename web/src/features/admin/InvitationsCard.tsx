import { ActionIcon, Badge, Menu, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconDots, IconMailForward, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invitation, IssuedInvitation } from '@contract/access';
import { useFormat } from '../../shared/format/useFormat';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { notify } from '../../shared/ui/notify';
import { LinkCopy } from './LinkCopy';
import { useInvitations, useResendInvitation, useRevokeInvitation } from './queries';

/** Invitations not accepted yet: who, by whom, until when — resend (a new link) or revoke. */
export function InvitationsCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const invitations = useInvitations();
  const resend = useResendInvitation();
  const revoke = useRevokeInvitation();
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const [handOver, setHandOver] = useState<IssuedInvitation | null>(null);

  if (!invitations.data?.length) return null;

  const sendAgain = (i: Invitation) =>
    resend.mutate(i.id, {
      onSuccess: (issued) => (issued.link ? setHandOver(issued) : notify(t('people.invitations.resent', { email: issued.email }))),
      onError: (e) => notify(errorMessage(e, t), 'error'),
    });
  const confirmRevoke = (i: Invitation) =>
    revoke.mutate(i.id, {
      onSuccess: () => notify(t('people.invitations.revoked', { email: i.email })),
      onError: (e) => notify(errorMessage(e, t), 'error'),
      onSettled: () => setRevoking(null),
    });

  return (
    <Paper withBorder radius="md" p="md" mb="lg" data-testid="invitations">
      <Stack gap={2} mb="xs">
        <Title order={2} fz="md" fw={600}>
          {t('people.invitations.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('people.invitations.description')}
        </Text>
      </Stack>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('people.invitations.columns.person')}</Table.Th>
              <Table.Th>{t('people.invitations.columns.role')}</Table.Th>
              <Table.Th>{t('people.invitations.columns.invitedBy')}</Table.Th>
              <Table.Th>{t('people.invitations.columns.expires')}</Table.Th>
              <Table.Th w={48} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invitations.data.map((i) => (
              <Table.Tr key={i.id} data-testid="invitation-row">
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {i.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {i.email}
                  </Text>
                </Table.Td>
                <Table.Td>{t(`roles.${i.role}`)}</Table.Td>
                <Table.Td>{i.invitedBy ?? '—'}</Table.Td>
                <Table.Td>
                  {i.expired ? (
                    <Badge color="orange" variant="light">
                      {t('people.invitations.expired')}
                    </Badge>
                  ) : (
                    format.date(i.expiresAt)
                  )}
                </Table.Td>
                <Table.Td>
                  <Menu position="bottom-end" withinPortal shadow="md">
                    <Menu.Target>
                      <ActionIcon variant="subtle" color="gray" aria-label={t('people.invitations.actionsFor', { name: i.name })}>
                        <IconDots size={18} />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item leftSection={<IconMailForward size={16} />} onClick={() => sendAgain(i)}>
                        {t('people.invitations.resend')}
                      </Menu.Item>
                      <Menu.Item color="red" leftSection={<IconX size={16} />} onClick={() => setRevoking(i)}>
                        {t('people.invitations.revoke')}
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Modal
        opened={handOver !== null}
        onClose={() => setHandOver(null)}
        title={t('people.invitations.newLink', { name: handOver?.name ?? '' })}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('people.invitations.newLinkText')}</Text>
          {handOver?.link && <LinkCopy link={handOver.link} />}
        </Stack>
      </Modal>
      <ConfirmDialog
        opened={revoking !== null}
        title={t('people.invitations.confirmRevoke.title', { email: revoking?.email ?? '' })}
        text={t('people.invitations.confirmRevoke.text')}
        confirmLabel={t('people.invitations.revoke')}
        loading={revoke.isPending}
        onConfirm={() => revoking && confirmRevoke(revoking)}
        onClose={() => setRevoking(null)}
      />
    </Paper>
  );
}
