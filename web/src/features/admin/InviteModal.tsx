import { Alert, Badge, Button, Group, Modal, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { IconMailCheck } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InviteList, type InviteResult } from '@contract/access';
import { parseAddressList } from '@domain/access-links';
import { useFormat } from '../../shared/format/useFormat';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { isLocale, languageNames } from '../../shared/i18n/language';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
import { useSession } from '../../shared/session/session';
import { LinkCopy } from './LinkCopy';
import { NONE, groupOptions, idOrNull, isRole, localeOptions, marketOptions, roleOptions } from './options';
import { useInvite, useMarkets, useSalesGroups } from './queries';

interface Props {
  opened: boolean;
  onClose: () => void;
}

/** Invite one person or a pasted list: each gets a one-time link to choose their own password. */
export function InviteModal({ opened, onClose }: Props) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat();
  const groups = useSalesGroups();
  const markets = useMarkets();
  const invite = useInvite();
  const [result, setResult] = useState<InviteResult | null>(null);
  const form = useSchemaForm({
    initialValues: {
      addresses: '',
      role: 'seller',
      locale: me.organisation.defaultLocale,
      salesGroupId: NONE,
      marketId: NONE,
    },
    // the contract reads the pasted list with the one parser and names what is not an address
    schema: InviteList,
    toInput: (v) => ({ ...v, salesGroupId: idOrNull(v.salesGroupId), marketId: idOrNull(v.marketId) }),
    fieldOf: { people: 'addresses' },
  });
  const parsed = useMemo(() => parseAddressList(form.values.addresses), [form.values.addresses]);
  // said in the reader's language: which parts are not addresses, or that there are none
  const addressError = form.errors.addresses
    ? parsed.invalid.length > 0
      ? t('people.invitations.notAddresses', { list: parsed.invalid.join(', ') })
      : t('people.invitations.noAddresses')
    : null;

  const close = () => {
    form.reset();
    setResult(null);
    invite.reset();
    onClose();
  };

  const submit = form.onSubmit((body) => invite.mutate(body, { onSuccess: setResult }));

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={result ? t('people.invitations.resultTitle') : t('people.invitations.modalTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {result ? (
        <Stack gap="md" data-testid="invite-result">
          {result.invited.some((i) => !i.emailed) && (
            <Text size="sm">{t('people.invitations.handOver', { date: format.date(result.invited[0]!.expiresAt) })}</Text>
          )}
          {result.invited.map((i) => (
            <Stack key={i.id} gap={4}>
              <Group gap="xs">
                <Text size="sm" fw={600}>
                  {i.name}
                </Text>
                <Text size="sm" c="dimmed">
                  {i.email}
                </Text>
                {i.emailed && (
                  <Badge color="teal" variant="light" leftSection={<IconMailCheck size={12} />}>
                    {t('people.invitations.emailed')}
                  </Badge>
                )}
              </Group>
              {i.link && <LinkCopy link={i.link} />}
            </Stack>
          ))}
          {result.skipped.length > 0 && (
            <Alert color="yellow" variant="light">
              {t('people.invitations.skipped', { list: result.skipped.map((s) => s.email).join(', ') })}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button onClick={close}>{t('people.invitations.done')}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            {invite.error && (
              <Alert color="red" variant="light" role="alert">
                {errorMessage(invite.error, t)}
              </Alert>
            )}
            <Textarea
              label={t('people.invitations.addresses')}
              description={t('people.invitations.addressesHelp')}
              placeholder={'anna.berg@example.com\nPer Holm <per.holm@example.com>'}
              autosize
              minRows={3}
              maxRows={10}
              {...form.getInputProps('addresses')}
              error={addressError}
              name="addresses"
              data-autofocus
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('people.invitations.role')}
                data={roleOptions(t)}
                value={form.values.role}
                onChange={(v) => isRole(v) && form.setFieldValue('role', v)}
                allowDeselect={false}
                name="role"
              />
              <Select
                label={t('people.invitations.language')}
                data={localeOptions(languageNames)}
                value={form.values.locale}
                onChange={(v) => isLocale(v) && form.setFieldValue('locale', v)}
                allowDeselect={false}
              />
              <Select
                label={t('people.invitations.salesGroup')}
                data={groupOptions(groups.data, t)}
                value={form.values.salesGroupId}
                onChange={(v) => form.setFieldValue('salesGroupId', v ?? NONE)}
                allowDeselect={false}
                name="salesGroup"
                data-testid="invite-group"
              />
              <Select
                label={t('people.invitations.market')}
                data={marketOptions(markets.data, t, format.region)}
                value={form.values.marketId}
                onChange={(v) => form.setFieldValue('marketId', v ?? NONE)}
                allowDeselect={false}
              />
            </SimpleGrid>
            <Text size="xs" c="dimmed">
              {t('people.invitations.sameForAll')}
            </Text>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={invite.isPending} disabled={parsed.addresses.length === 0}>
                {t('people.invitations.count', { count: parsed.addresses.length })}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
