import { Button, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { VisitOpportunity } from '@contract/rituals';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { notify } from '../../shared/ui/notify';
import { ritualsApi } from './api';
import { useRitualMutation } from './queries';
import { DateField } from '../../shared/ui/DateField';

export interface NewOpportunity {
  name: string;
  estimatedValue: number | null;
  expectedCloseOn: string | null;
  contactId: string | null;
}

/**
 * A new opportunity at a ritual's customer, linked to the ritual: a name, the estimated value, the
 * close date and the customer's contact (what the first stage's gate asks for; the server decides).
 */
export function OpportunityForm({
  accountId,
  contactId,
  create,
  onDone,
}: {
  accountId: string;
  contactId: string | null;
  create: (input: NewOpportunity) => Promise<unknown>;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const deal = useRitualMutation(create);
  const contacts = useQuery({
    queryKey: ['rituals', 'contacts', accountId],
    queryFn: ({ signal }) => ritualsApi.contactsOf(accountId, signal),
  });
  const form = useSchemaForm({
    initialValues: { name: '', estimatedValue: '', expectedCloseOn: '', contactId },
    schema: VisitOpportunity,
    toInput: (v) => ({
      name: v.name,
      estimatedValue: v.estimatedValue === '' ? null : v.estimatedValue,
      expectedCloseOn: v.expectedCloseOn || null,
      contactId: v.contactId || null,
    }),
  });
  const submit = form.onSubmit((input) =>
    deal.mutate(
      {
        name: input.name,
        estimatedValue: input.estimatedValue ?? null,
        expectedCloseOn: input.expectedCloseOn ?? null,
        contactId: input.contactId ?? null,
      },
      {
        onSuccess: () => {
          notify(t('rituals.opportunity.created'));
          form.reset();
          onDone?.();
        },
        onError: (e) => form.setServerErrors(e),
      },
    ),
  );
  return (
    <form onSubmit={submit} noValidate data-testid="opportunity-form">
      <Stack gap="xs" mt="xs">
        <TextInput label={t('rituals.opportunity.name')} {...form.getInputProps('name')} required data-testid="opportunity-name" />
        <Group grow align="flex-start">
          <NumberInput
            label={t('rituals.opportunity.value')}
            min={0}
            thousandSeparator=" "
            {...form.getInputProps('estimatedValue')}
            data-testid="opportunity-value"
          />
          <DateField label={t('rituals.opportunity.closeOn')} {...form.getInputProps('expectedCloseOn')} data-testid="opportunity-close" />
        </Group>
        <Select
          label={t('rituals.opportunity.contact')}
          data={(contacts.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.firstName} ${c.lastName}` }))}
          {...form.getInputProps('contactId')}
          clearable
          data-testid="opportunity-contact"
        />
        {deal.error && (
          <Text size="sm" c="red" role="alert">
            {errorMessage(deal.error, t)}
          </Text>
        )}
        <Group justify="flex-end">
          <Button type="submit" size="xs" loading={deal.isPending} data-testid="opportunity-submit">
            {t('rituals.opportunity.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
