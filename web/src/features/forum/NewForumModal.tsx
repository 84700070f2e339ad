import { Button, Group, Modal, MultiSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ForumInput } from '@contract/forum';
import { rejectedFields } from '../../shared/api/errors';
import { useFormat } from '../../shared/format/useFormat';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { useActiveUsers, useMarkets, useSalesGroups } from '../../shared/org/queries';
import { notify } from '../../shared/ui/notify';
import type { ForumData } from './api';
import { forumCadences } from '@domain/forum';
import { useCreateForum } from './queries';

const ALL = 'all';

interface Props {
  opened: boolean;
  onClose: () => void;
  onCreated: (forum: ForumData) => void;
}

/** A leader sets up a forum: its name, the market it is for, how often it meets, and its members from several groups. */
export function NewForumModal({ opened, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const markets = useMarkets();
  const groups = useSalesGroups();
  const users = useActiveUsers();
  const create = useCreateForum();
  const form = useSchemaForm({
    initialValues: { name: '', marketId: ALL, cadence: 'monthly', memberIds: [] as string[] },
    schema: ForumInput,
    toInput: (v) => ({ ...v, marketId: v.marketId === ALL ? null : v.marketId }),
    messages: { name: t('crossSelling.form.required'), memberIds: t('crossSelling.forum.create.tooFew') },
  });

  const groupName = new Map((groups.data ?? []).map((g) => [g.id, g.name]));
  const memberOptions = (users.data?.items ?? [])
    .filter((u) => u.role !== 'marketing')
    .map((u) => ({ value: u.id, label: u.salesGroupId ? `${u.name} (${groupName.get(u.salesGroupId) ?? ''})` : u.name }));

  const close = () => {
    form.reset();
    create.reset();
    onClose();
  };
  const submit = form.onSubmit((input) =>
    create.mutate(input, {
      onSuccess: (forum) => {
        notify(t('crossSelling.forum.create.done', { name: forum.name }));
        close();
        onCreated(forum);
      },
      onError: (e) => {
        // the server knows who may be a member (e.g. someone deactivated meanwhile)
        if (rejectedFields(e).has('memberIds')) form.setFieldError('memberIds', t('fields.unknownChoice'));
        else form.setServerErrors(e);
      },
    }),
  );
  const formError = create.error && rejectedFields(create.error).size === 0 ? errorMessage(create.error, t) : null;

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('crossSelling.forum.create.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate data-testid="new-forum-modal">
        <Stack gap="md">
          <TextInput
            label={t('crossSelling.forum.create.name')}
            placeholder={t('crossSelling.forum.create.namePlaceholder')}
            {...form.getInputProps('name')}
            maxLength={120}
            required
            data-autofocus
            data-testid="forum-name"
          />
          <Group grow align="flex-start">
            <Select
              label={t('crossSelling.forum.create.market')}
              data={[
                { value: ALL, label: t('crossSelling.forum.allMarkets') },
                ...(markets.data ?? []).map((m) => ({ value: m.id, label: format.region(m.code, m.name) })),
              ]}
              {...form.getInputProps('marketId')}
              allowDeselect={false}
              data-testid="forum-market"
            />
            <Select
              label={t('crossSelling.forum.create.cadence')}
              data={forumCadences.map((c) => ({ value: c, label: t(`crossSelling.forum.cadence.${c}`) }))}
              {...form.getInputProps('cadence')}
              allowDeselect={false}
              data-testid="forum-cadence"
            />
          </Group>
          <MultiSelect
            label={t('crossSelling.forum.create.members')}
            description={t('crossSelling.forum.create.membersHint')}
            placeholder={form.values.memberIds.length ? undefined : t('crossSelling.forum.create.membersPlaceholder')}
            data={memberOptions}
            {...form.getInputProps('memberIds')}
            searchable
            required
            maxValues={100}
            data-testid="forum-members"
          />
          {formError && (
            <Text size="sm" c="red" role="alert">
              {formError}
            </Text>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="forum-submit">
              {t('crossSelling.forum.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
