import { ChangeHistory } from '../../shared/history/ChangeHistory';
import { ActionIcon, Anchor, Badge, Breadcrumbs, Button, Group, Menu, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAddressBook, IconArrowMerge, IconArrowsExchange, IconDots, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { restorableUntil } from '@domain/records';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFormat } from '../../shared/format/useFormat';
import { Fact } from '../../shared/ui/Fact';
import { CustomFieldFacts } from '../../shared/custom-fields/CustomFieldFacts';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { notify } from '../../shared/ui/notify';
import { DeletedBanner } from '../../shared/records/DeletedBanner';
import { RecordTasks } from '../../shared/tasks/RecordTasks';
import { useSession } from '../../shared/session/session';
import { ConsentCard } from './ConsentCard';
import { ContactComposer } from './ContactComposer';
import { ContactMergeModal } from './ContactMergeModal';
import { EditContactDrawer } from './EditContactDrawer';
import { ContactTimeline } from './ContactTimeline';
import { GroupBadges } from './GroupBadges';
import { PersonalDataActions } from './PersonalDataActions';
import { useContact, useContactWrites } from './queries';
import { QueryState } from '../../shared/ui/PageState';

/** One person: how to reach them, where they work, which groups know them, and everything involving them. */
export default function ContactPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const contact = useContact(id);
  const me = useSession();
  const writes = useContactWrites(id);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [merging, setMerging] = useState(false);

  if (contact.isPending || contact.error) {
    return (
      <QueryState
        query={contact}
        notFound={{
          icon: <IconAddressBook size={32} stroke={1.5} />,
          title: t('contact.notFound.title'),
          description: t('contact.notFound.text'),
          back: { to: '/contacts', label: t('contact.notFound.back') },
        }}
      />
    );
  }

  const c = contact.data;
  const dash = '—';
  const name = `${c.firstName} ${c.lastName}`;
  const deleteContact = () =>
    writes.remove.mutate(undefined, {
      onSuccess: (deleted) => {
        setDeleting(false);
        notify(t('records.deleted', { name, date: format.date(restorableUntil(new Date(deleted.deletedAt!)).toISOString()) }));
      },
    });
  return (
    <Stack gap="lg" data-testid="contact-page">
      {c.deletedAt && (
        <DeletedBanner
          deletedAt={c.deletedAt}
          onRestore={
            c.can.delete ? () => writes.restore.mutate(undefined, { onSuccess: () => notify(t('records.restored', { name })) }) : undefined
          }
          restoring={writes.restore.isPending}
        />
      )}
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
        <Breadcrumbs mb="sm" separatorMargin={6}>
          <Anchor component={Link} to="/contacts" size="sm">
            {t('nav.contacts')}
          </Anchor>
          <Anchor component={Link} to={`/accounts/${c.accountId}`} size="sm">
            {c.accountName}
          </Anchor>
        </Breadcrumbs>
        <Group justify="space-between" align="flex-start" gap="md">
          <Group gap="sm" align="center" wrap="wrap" style={{ flex: '1 1 16rem', minWidth: 0 }}>
            <Title order={1} fz={{ base: 22, sm: 28 }} fw={650} lh={1.2}>
              {c.firstName} {c.lastName}
            </Title>
            {c.buyingRole && (
              <Badge variant="light" color="indigo" size="lg">
                {t(`vocab.buyingRole.${c.buyingRole}`)}
              </Badge>
            )}
          </Group>
          {!c.deletedAt && (
            <Group gap="sm" data-testid="contact-actions">
              {me.can.giveHandoffs && (
                <Button
                  component={Link}
                  to={`/cross-selling/new?accountId=${c.accountId}&contactId=${c.id}`}
                  leftSection={<IconArrowsExchange size={16} />}
                  data-testid="contact-pass-tip"
                >
                  {t('crossSelling.give')}
                </Button>
              )}
              {me.can.writeOpportunities && (
                <Button
                  component={Link}
                  to={`/pipeline/new?accountId=${c.accountId}&contactId=${c.id}`}
                  variant="light"
                  leftSection={<IconPlus size={16} />}
                  data-testid="contact-new-opportunity"
                >
                  {t('pipeline.new')}
                </Button>
              )}
              {c.can.change && (
                <Button
                  variant="default"
                  leftSection={<IconPencil size={16} />}
                  onClick={() => setEditing(true)}
                  data-testid="contact-edit"
                >
                  {t('records.edit')}
                </Button>
              )}
              {me.can.handlePersonalData && <PersonalDataActions contact={c} />}
              {(c.can.delete || c.can.merge) && (
                <Menu position="bottom-end">
                  <Menu.Target>
                    <ActionIcon variant="default" size="lg" aria-label={t('records.more')} data-testid="contact-more">
                      <IconDots size={16} />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    {c.can.merge && (
                      <Menu.Item leftSection={<IconArrowMerge size={14} />} onClick={() => setMerging(true)} data-testid="contact-merge">
                        {t('records.merge.action')}
                      </Menu.Item>
                    )}
                    {c.can.delete && (
                      <Menu.Item
                        color="red"
                        leftSection={<IconTrash size={14} />}
                        onClick={() => setDeleting(true)}
                        data-testid="contact-delete"
                      >
                        {t('records.delete')}
                      </Menu.Item>
                    )}
                  </Menu.Dropdown>
                </Menu>
              )}
            </Group>
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
          <Fact label={t('contact.facts.groups')}>
            <GroupBadges groups={c.salesGroups} />
          </Fact>
          <CustomFieldFacts entity="contact" values={c.customFields} />
        </SimpleGrid>
      </Paper>
      <ConsentCard contact={c} />
      {!c.deletedAt && <ContactComposer contact={c} />}
      <RecordTasks record={{ kind: 'contact', id: c.id }} canAdd={!c.deletedAt} />
      <ContactTimeline contactId={c.id} />
      <ChangeHistory subject="contact" id={c.id} />
      {merging && <ContactMergeModal contact={{ id: c.id, name }} onClose={() => setMerging(false)} />}
      {editing && <EditContactDrawer contact={c} accountName={c.accountName} onClose={() => setEditing(false)} />}
      <ConfirmDialog
        opened={deleting}
        title={t('records.confirmDelete.contact', { name })}
        text={t('records.confirmDelete.contactText')}
        confirmLabel={t('records.delete')}
        testId="confirm-delete"
        onConfirm={deleteContact}
        onClose={() => setDeleting(false)}
        loading={writes.remove.isPending}
      />
    </Stack>
  );
}
