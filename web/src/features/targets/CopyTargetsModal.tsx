import { Button, Group, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { notify } from '../../shared/ui/notify';
import { useCopyTargets } from './queries';

interface Props {
  opened: boolean;
  year: number;
  onClose: () => void;
}

/** "Copy last year": every target of the year before, raised or lowered by a percentage. */
export function CopyTargetsModal({ opened, year, onClose }: Props) {
  const { t } = useTranslation();
  const [percent, setPercent] = useState<number | string>(0);
  const copy = useCopyTargets();
  const fromYear = year - 1;
  const value = typeof percent === 'number' ? percent : Number(percent);
  const valid = Number.isFinite(value) && value >= -100 && value <= 1000;

  const close = () => {
    copy.reset();
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    copy.mutate(
      { fromYear, toYear: year, percent: value },
      {
        onSuccess: () => {
          notify(t('targets.copy.done', { from: fromYear, to: year }));
          close();
        },
      },
    );
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('targets.copy.title', { from: fromYear, to: year })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md" data-testid="targets-copy-modal">
          <Text size="sm" c="dimmed">
            {t('targets.copy.text', { from: fromYear, to: year })}
          </Text>
          <NumberInput
            label={t('targets.copy.percent')}
            description={t('targets.copy.percentHint')}
            value={percent}
            onChange={setPercent}
            min={-100}
            max={1000}
            step={1}
            suffix=" %"
            decimalScale={1}
            error={valid ? undefined : t('targets.copy.percentInvalid')}
            data-testid="targets-copy-percent"
          />
          {copy.error && <ErrorAlert error={copy.error} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={copy.isPending} disabled={!valid} data-testid="targets-copy-submit">
              {t('targets.copy.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
