import { Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { IconArrowBackUp, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { handoffUrgencies } from '@domain/handoffs';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { notify } from '../../shared/ui/notify';
import type { Handoff } from './api';
import { useGiverActions } from './queries';

/** The giver's actions on an open tip (the server says who may: `can.edit`): change its note and urgency, or withdraw it. */
export function GiverActions({ handoff }: { handoff: Handoff }) {
  const { t } = useTranslation();
  const { update, withdraw } = useGiverActions(handoff.id);
  const [editing, setEditing] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const [note, setNote] = useState(handoff.note);
  const [urgency, setUrgency] = useState<Handoff['urgency']>(handoff.urgency);
  const onError = (e: unknown) => notify(errorMessage(e, t), 'error');
  return (
    <Group gap="xs">
      <Button size="xs" variant="default" leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)} data-testid="handoff-edit">
        {t('crossSelling.giver.edit')}
      </Button>
      <Button
        size="xs"
        variant="default"
        color="red"
        leftSection={<IconArrowBackUp size={14} />}
        onClick={() => setWithdrawing(true)}
        data-testid="handoff-withdraw"
      >
        {t('crossSelling.giver.withdraw')}
      </Button>
      <Modal opened={editing} onClose={() => setEditing(false)} title={t('crossSelling.giver.editTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Stack gap="md">
          <Textarea label={t('crossSelling.giver.note')} autosize minRows={3} maxLength={4000} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
          <Select
            label={t('crossSelling.detail.urgency')}
            data={handoffUrgencies.map((u) => ({ value: u, label: t(`crossSelling.urgency.${u}`) }))}
            value={urgency}
            onChange={(v) => v && setUrgency(v)}
            allowDeselect={false}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setEditing(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              loading={update.isPending}
              onClick={() =>
                update.mutate(
                  { note: note.trim(), urgency },
                  {
                    onSuccess: () => {
                      setEditing(false);
                      notify(t('crossSelling.giver.saved'));
                    },
                    onError,
                  },
                )
              }
              data-testid="handoff-edit-save"
            >
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <ConfirmDialog
        opened={withdrawing}
        title={t('crossSelling.giver.withdrawTitle')}
        text={t('crossSelling.giver.withdrawText', { account: handoff.account.name })}
        confirmLabel={t('crossSelling.giver.withdraw')}
        loading={withdraw.isPending}
        onClose={() => setWithdrawing(false)}
        onConfirm={() =>
          withdraw.mutate(
            {},
            {
              onSuccess: () => {
                setWithdrawing(false);
                notify(t('crossSelling.giver.withdrawn'));
              },
              onError,
            },
          )
        }
      />
    </Group>
  );
}
