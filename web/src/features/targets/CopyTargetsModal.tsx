import { Button, Group, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CopyTargets } from '@contract/targets';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
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
  const copy = useCopyTargets();
  const fromYear = year - 1;
  // a number, or the text being typed into the field
  const initialValues: { percent: number | string } = { percent: 0 };
  const form = useSchemaForm({
    initialValues,
    schema: CopyTargets,
    // the field is empty (0 %, the contract's default) or a number being typed ("-" is not one yet)
    toInput: ({ percent }) => ({ fromYear, toYear: year, percent: percent === '' ? undefined : Number(percent) }),
    messages: { percent: t('targets.copy.percentInvalid') },
  });

  const close = () => {
    form.reset();
    copy.reset();
    onClose();
  };
  const submit = form.onSubmit((input) =>
    copy.mutate(input, {
      onSuccess: () => {
        notify(t('targets.copy.done', { from: fromYear, to: year }));
        close();
      },
      onError: (error) => form.setServerErrors(error),
    }),
  );

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
            {...form.getInputProps('percent')}
            min={-100}
            max={1000}
            step={1}
            suffix=" %"
            decimalScale={1}
            data-testid="targets-copy-percent"
          />
          {copy.error && <ErrorAlert error={copy.error} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={copy.isPending} data-testid="targets-copy-submit">
              {t('targets.copy.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
