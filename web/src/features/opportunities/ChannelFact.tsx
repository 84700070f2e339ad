import { Anchor, Badge, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { channelReasons, channels, type Channel } from '@domain/channels';
import { oneOf } from '@domain/people';
import { OverrideChannel } from '@contract/opportunities';
import { isApiError } from '../../shared/api/errors';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
import { useSession } from '../../shared/session/session';
import { channelColor as colour } from '../../shared/ui/channels';
import { Fact } from '../../shared/ui/Fact';
import { notify } from '../../shared/ui/notify';
import { opportunitiesApi, type Opportunity } from './api';
import { useOpportunityWrite } from './queries';
import { writeErrorMessage } from './writeErrors';

const isChannel = (v: string | null): v is Channel => oneOf(channels, v);

/** Why the opportunity is in its channel, in words: the classification's reason, or the leader's own. */
function reasonText(reason: string | null, t: TFunction): string | null {
  if (!reason) return null;
  if (reason.startsWith('override: ')) return t('pipeline.channel.overridden', { reason: reason.slice('override: '.length) });
  return oneOf(channelReasons, reason) ? t(`pipeline.channel.reasons.${reason}`) : reason;
}

/** The opportunity's sales channel (G3) with its reason; a leader may override it, saying why. */
export function ChannelFact({ opportunity }: { opportunity: Opportunity }) {
  const { t } = useTranslation();
  const me = useSession();
  const [open, setOpen] = useState(false);
  const channel = isChannel(opportunity.channel) ? opportunity.channel : null;
  return (
    <Fact label={t('pipeline.channel.label')}>
      <Stack gap={2} data-testid="opportunity-channel">
        <Group gap={6}>
          {channel ? (
            <Badge variant="light" color={colour[channel]} data-channel={channel} title={t(`targets.channels.${channel}`)}>
              {t(`targets.channelsShort.${channel}`)}
            </Badge>
          ) : (
            '—'
          )}
          {me.can.overrideChannel && (
            <Anchor component="button" type="button" size="xs" onClick={() => setOpen(true)} data-testid="channel-override">
              {t('pipeline.channel.change')}
            </Anchor>
          )}
        </Group>
        <Text size="xs" c="dimmed" fw={400}>
          {reasonText(opportunity.channelReason, t)}
        </Text>
      </Stack>
      {open && <OverrideModal opportunity={opportunity} onClose={() => setOpen(false)} />}
    </Fact>
  );
}

function OverrideModal({ opportunity, onClose }: { opportunity: Opportunity; onClose: () => void }) {
  const { t } = useTranslation();
  const required = t('pipeline.fields.required');
  const form = useSchemaForm({
    initialValues: { channel: isChannel(opportunity.channel) ? opportunity.channel : (null as Channel | null), reason: '' },
    schema: OverrideChannel,
    toInput: ({ channel, reason }) => ({ version: opportunity.version, channel: channel ?? undefined, reason }),
    messages: { channel: required, reason: required },
  });
  const override = useOpportunityWrite((body: Parameters<typeof opportunitiesApi.overrideChannel>[1]) =>
    opportunitiesApi.overrideChannel(opportunity.id, body),
  );
  const submit = form.onSubmit((body) =>
    override.mutate(body, {
      onSuccess: () => {
        notify(t('pipeline.channel.done', { channel: t(`targets.channels.${body.channel}`) }));
        onClose();
      },
      onError: (e) => form.setServerErrors(e),
    }),
  );
  return (
    <Modal opened onClose={onClose} title={t('pipeline.channel.title')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md" data-testid="channel-modal">
          <Text size="sm" c="dimmed">
            {t('pipeline.channel.text')}
          </Text>
          <Select
            label={t('pipeline.channel.label')}
            data={channels.map((c) => ({ value: c, label: t(`targets.channels.${c}`) }))}
            {...form.getInputProps('channel')}
            onChange={(v: string | null) => form.setFieldValue('channel', isChannel(v) ? v : null)}
            allowDeselect={false}
            required
            data-testid="channel-select"
          />
          <Textarea
            label={t('pipeline.channel.reason')}
            placeholder={t('pipeline.channel.reasonPlaceholder')}
            {...form.getInputProps('reason')}
            maxLength={500}
            autosize
            minRows={2}
            required
            data-testid="channel-reason"
          />
          {override.error && !isApiError(override.error, 'validation_failed') && (
            <Text size="sm" c="red" role="alert">
              {writeErrorMessage(override.error, t)}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={override.isPending} data-testid="channel-save">
              {t('pipeline.channel.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
