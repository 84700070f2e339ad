import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { notify } from '../../shared/ui/notify';
import { opportunitiesApi, type BoardCard } from './api';
import { today } from './dates';
import { useOpportunityWrite } from './queries';
import { missingFields, writeErrorMessage } from './writeErrors';
import { DateField } from '../../shared/ui/DateField';

interface Props {
  opportunity: BoardCard | null;
  onClose: () => void;
}

/** Won: the signing date; the final line items must be on the opportunity (they become what the customer owns). */
export function WinModal({ opportunity, onClose }: Props) {
  const { t } = useTranslation();
  const [signedOn, setSignedOn] = useState(today());
  const [needsLines, setNeedsLines] = useState(false);
  const win = useOpportunityWrite((o: BoardCard) => opportunitiesApi.win(o.id, { version: o.version, signedOn }));

  const close = () => {
    setNeedsLines(false);
    win.reset();
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!opportunity || !signedOn) return;
    win.mutate(opportunity, {
      onSuccess: (o) => {
        notify(t('pipeline.win.done', { name: o.name }));
        close();
      },
      onError: (e) => setNeedsLines(missingFields(e)?.includes('lines') ?? false),
    });
  };

  const error = win.error && !needsLines ? writeErrorMessage(win.error, t) : null;
  return (
    <Modal
      opened={!!opportunity}
      onClose={close}
      title={t('pipeline.win.title', { name: opportunity?.name ?? '' })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md" data-testid="win-modal">
          <Text size="sm" c="dimmed">
            {t('pipeline.win.text')}
          </Text>
          <DateField
            label={t('pipeline.fields.signedOn')}
            value={signedOn}
            onChange={(v) => setSignedOn(v)}
            error={!signedOn ? t('pipeline.fields.required') : undefined}
            required
          />
          {needsLines && (
            <Alert color="blue" variant="light">
              <Text size="sm" mb="sm">
                {t('pipeline.win.needsLines')}
              </Text>
              <Button component={Link} to={`/pipeline/${opportunity?.id ?? ''}?lines=edit`} size="xs">
                {t('pipeline.gate.openLines')}
              </Button>
            </Alert>
          )}
          {error && (
            <Text size="sm" c="red" role="alert">
              {error}
            </Text>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="teal" loading={win.isPending} disabled={!signedOn}>
              {t('pipeline.win.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
