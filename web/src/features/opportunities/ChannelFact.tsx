import { Anchor, Badge, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { channelReasons, channels, type Channel } from '@domain/channels';
import { oneOf } from '@domain/people';
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
  const [channel, setChannel] = useState<Channel | null>(isChannel(opportunity.channel) ? opportunity.channel : null);
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState<'channel' | 'reason' | null>(null);
  const override = useOpportunityWrite((body: { channel: Channel; reason: string }) =>
    opportunitiesApi.overrideChannel(opportunity.id, { version: opportunity.version, ...body }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!channel) return setInvalid('channel');
    if (!reason.trim()) return setInvalid('reason');
    override.mutate(
      { channel, reason: reason.trim() },
      {
        onSuccess: () => {
          notify(t('pipeline.channel.done', { channel: t(`targets.channels.${channel}`) }));
          onClose();
        },
      },
    );
  };
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
            value={channel}
            onChange={(v) => {
              setChannel(isChannel(v) ? v : null);
              setInvalid(null);
            }}
            error={invalid === 'channel' ? t('pipeline.fields.required') : undefined}
            allowDeselect={false}
            required
            data-testid="channel-select"
          />
          <Textarea
            label={t('pipeline.channel.reason')}
            placeholder={t('pipeline.channel.reasonPlaceholder')}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setInvalid(null);
            }}
            error={invalid === 'reason' ? t('pipeline.fields.required') : undefined}
            maxLength={500}
            autosize
            minRows={2}
            required
            data-testid="channel-reason"
          />
          {override.error && (
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
