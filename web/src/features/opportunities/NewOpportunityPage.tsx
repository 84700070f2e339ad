import { CoverageNotice } from '../../shared/coverage/coverage';
import { Anchor, Box, Breadcrumbs, Button, Group, NumberInput, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { AccountOverview } from '@contract/accounts';
import { createOpportunityThrough } from '@contract/opportunities';
import { api } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/queryKeys';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
import { AccountSearchInput, type PickedAccount } from '../../shared/search/AccountSearchInput';
import { PageHeader } from '../../shared/ui/PageHeader';
import { notify } from '../../shared/ui/notify';
import { addDays, today } from './dates';
import { useContactsOf, useCreateOpportunity, useNewOpportunityGate, useProducts } from './queries';
import { missingFields, writeErrorMessage } from './writeErrors';
import { DateField } from '../../shared/ui/DateField';

/**
 * A new opportunity (B1): it starts when a real opportunity is identified, so the form asks for the
 * first stage's gate — roughly what it is worth, when it may close, and who the dialogue is with.
 * Linked from the account page as `/pipeline/new?accountId=…`; with `&productId=…` (from the product
 * matrix or a handoff) the product becomes its first line, at the estimated value.
 */
export function NewOpportunityPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const presetId = params.get('accountId');
  const preset = useQuery({
    queryKey: [...queryKeys.accounts.one(presetId ?? ''), 'overview'],
    queryFn: ({ signal }) => api.get<AccountOverview>(`/api/accounts/${presetId}/overview`, undefined, signal),
    enabled: !!presetId,
  });
  const [picked, setPicked] = useState<PickedAccount | null>(null);
  const account = picked ?? (preset.data ? { id: preset.data.account.id, name: preset.data.account.name } : null);
  const contacts = useContactsOf(account?.id ?? null);
  const products = useProducts();
  const product = products.data?.find((p) => p.id === params.get('productId'));
  const create = useCreateOpportunity();
  const queryClient = useQueryClient();
  // the stage a deal starts in and what its gate asks for, as the server presents them for this account
  const gate = useNewOpportunityGate(account?.id ?? null);
  const asked = new Set<string>(gate.data?.requiredFields ?? []);
  const required = t('pipeline.fields.required');
  const form = useSchemaForm({
    initialValues: {
      name: '',
      estimatedValue: '',
      expectedCloseOn: addDays(today(), 90),
      contactId: params.get('contactId'),
    },
    // the contract's body with the gate's own rule over the fields the server presented
    schema: createOpportunityThrough(gate.data?.requiredFields ?? []),
    toInput: ({ name, estimatedValue, expectedCloseOn, contactId }) => {
      const value = estimatedValue === '' ? undefined : Number(estimatedValue);
      return {
        accountId: account?.id,
        name,
        estimatedValue: value,
        expectedCloseOn: expectedCloseOn || undefined,
        contactId: contactId ?? undefined,
        lines: product && value ? [{ productId: product.id, quantity: 1, unitPrice: value }] : undefined,
        // created from a tip: the tip is linked to the new deal
        handoffId: params.get('handoffId') ?? undefined,
      };
    },
    messages: { accountId: required, name: required, estimatedValue: required, expectedCloseOn: required, contactId: required },
  });
  const [accountError, setAccountError] = useState<string | null>(null);

  const submit = form.onSubmit(
    (input) =>
      create.mutate(input, {
        onSuccess: (o) => {
          if (params.get('handoffId')) void queryClient.invalidateQueries({ queryKey: queryKeys.handoffs.all });
          notify(t('pipeline.create.done', { name: o.name }));
          void navigate(`/pipeline/${o.id}`);
        },
        onError: (e) => {
          if (form.setServerErrors(e)) return;
          const missing = missingFields(e);
          if (missing) form.setErrors(Object.fromEntries(missing.filter((f) => f in form.values).map((f) => [f, required])));
        },
      }),
    // the account is chosen outside the form's fields: its error is shown at the picker
    (errors) => setAccountError(errors.accountId ? required : null),
  );

  const contactOptions = (contacts.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.firstName} ${c.lastName}` }));
  return (
    <Box data-testid="new-opportunity-page" maw={640}>
      <Breadcrumbs mb="sm" fz="sm">
        <Anchor component={Link} to="/pipeline" size="sm">
          {t('nav.pipeline')}
        </Anchor>
        {account && (
          <Anchor component={Link} to={`/accounts/${account.id}`} size="sm">
            {account.name}
          </Anchor>
        )}
      </Breadcrumbs>
      <PageHeader title={t('pipeline.create.title')} description={t('pipeline.create.text')} />
      <Paper withBorder radius="md" p="lg">
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            {presetId && preset.data ? (
              <TextInput label={t('pipeline.fields.account')} value={preset.data.account.name} readOnly variant="filled" />
            ) : (
              <AccountSearchInput
                label={t('pipeline.fields.account')}
                placeholder={t('pipeline.fields.accountPlaceholder')}
                value={picked}
                onChange={(a) => {
                  setPicked(a);
                  setAccountError(null);
                  form.setFieldValue('contactId', null);
                }}
                error={accountError}
                testId="new-opportunity-account"
              />
            )}
            <CoverageNotice accountId={presetId ?? picked?.id} />
            {product && (
              <TextInput
                label={t('pipeline.create.product')}
                description={t('pipeline.create.productLine')}
                value={product.name}
                readOnly
                variant="filled"
                data-testid="new-opportunity-product"
              />
            )}
            <TextInput
              label={t('pipeline.fields.name')}
              placeholder={t('pipeline.fields.namePlaceholder')}
              {...form.getInputProps('name')}
              maxLength={200}
              required
              data-autofocus
              data-testid="new-opportunity-name"
            />
            <Group grow align="flex-start">
              <NumberInput
                label={t('pipeline.fields.estimatedValue')}
                {...form.getInputProps('estimatedValue')}
                thousandSeparator=" "
                min={1}
                required={asked.has('estimatedValue')}
                data-testid="new-opportunity-value"
              />
              <DateField
                label={t('pipeline.fields.expectedCloseOn')}
                {...form.getInputProps('expectedCloseOn')}
                required={asked.has('expectedCloseOn')}
                data-testid="new-opportunity-close"
              />
            </Group>
            <Select
              label={t('pipeline.fields.contactId')}
              placeholder={t('pipeline.fields.contactPlaceholder')}
              data={contactOptions}
              {...form.getInputProps('contactId')}
              disabled={!account}
              searchable
              required={asked.has('contactId')}
              data-testid="new-opportunity-contact"
            />
            {account && contacts.data && contactOptions.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('pipeline.fields.noContacts')}
              </Text>
            )}
            {create.error && !missingFields(create.error) && (
              <Text size="sm" c="red" role="alert">
                {writeErrorMessage(create.error, t)}
              </Text>
            )}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => void navigate(-1)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending} data-testid="new-opportunity-submit">
                {t('pipeline.create.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Box>
  );
}
