import { Alert, Badge, Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconCurrencyEuro } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ExchangeRate as ExchangeRateSchema, currencies } from '@contract/org';
import { useFormat } from '../../shared/format/useFormat';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
import { useMarkets } from '../../shared/org/queries';
import { EmptyState } from '../../shared/ui/EmptyState';
import { notify } from '../../shared/ui/notify';
import type { ExchangeRate } from './api';
import { currencyOptions } from './options';
import { useRates, useSetRate } from './queries';
import { issuesByField, settingsError } from './settingsErrors';
import { QueryState } from '../../shared/ui/PageState';
import { DateField } from '../../shared/ui/DateField';

/** Today in the browser's time zone, as the date input wants it (YYYY-MM-DD). */
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Exchange rates: the latest rate of each currency, and a new rate from a day on. */
export function RatesCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const rates = useRates();
  const perEuro = (r: ExchangeRate) =>
    t('settings.rates.perEuro', { rate: format.number(r.perEuro, { maximumFractionDigits: 6 }), currency: r.currency });

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="settings-rates-title">
        <Stack gap={4} mb="md">
          <Title order={2} size="h3" id="settings-rates-title">
            {t('settings.rates.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('settings.rates.text')}
          </Text>
        </Stack>
        {rates.error || !rates.data ? (
          <QueryState query={rates} />
        ) : rates.data.length === 0 ? (
          <EmptyState
            framed={false}
            icon={<IconCurrencyEuro size={32} stroke={1.5} />}
            title={t('settings.rates.title')}
            description={t('settings.rates.empty')}
          />
        ) : (
          <Table.ScrollContainer minWidth={320}>
            <Table verticalSpacing="xs" data-testid="rates-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('settings.rates.columns.currency')}</Table.Th>
                  <Table.Th>{t('settings.rates.columns.rate')}</Table.Th>
                  <Table.Th>{t('settings.rates.columns.from')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rates.data.map((r) => (
                  <Table.Tr key={r.currency} data-testid="rate-row" data-currency={r.currency}>
                    <Table.Td fw={600}>{r.currency}</Table.Td>
                    <Table.Td>
                      {r.currency === 'EUR' ? (
                        <Badge variant="light" color="gray" tt="none">
                          {t('settings.rates.base')}
                        </Badge>
                      ) : (
                        <span data-testid="rate-value">{perEuro(r)}</span>
                      )}
                    </Table.Td>
                    <Table.Td data-testid="rate-date">{format.date(r.rateOn)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      <AddRate />
    </Stack>
  );
}

interface RateValues extends Record<string, unknown> {
  currency: string;
  rateOn: string;
  /** What the number input holds: a number, or '' while empty. */
  perEuro: number | string;
}

function AddRate() {
  const { t } = useTranslation();
  const format = useFormat();
  const markets = useMarkets();
  const save = useSetRate();
  const options = currencyOptions(markets.data, format.locale).filter((o) => o.value !== 'EUR');
  // the currency shown: the chosen one while it is offered, else the first offered
  const shown = (chosen: string) => (options.some((o) => o.value === chosen) ? chosen : (options[0]?.value ?? currencies[0]));
  const initialValues: RateValues = { currency: 'SEK', rateOn: today(), perEuro: '' };
  const form = useSchemaForm({
    initialValues,
    schema: ExchangeRateSchema,
    toInput: (v) => ({ ...v, currency: shown(v.currency) }),
    messages: { perEuro: t('settings.rates.invalidRate'), rateOn: t('settings.rates.invalidDate') },
  });
  const { values } = form;
  const currency = shown(values.currency);
  const rate = typeof values.perEuro === 'number' && values.perEuro > 0 ? values.perEuro : null;

  const submit = form.onSubmit((input) =>
    save.mutate(input, {
      onSuccess: () => {
        notify(
          input.rateOn > today()
            ? t('settings.rates.addedLater', { currency: input.currency, date: format.date(input.rateOn) })
            : t('settings.rates.added', { currency: input.currency }),
        );
        form.setValues({ currency: input.currency, rateOn: today(), perEuro: '' });
      },
      onError: (error) => form.setServerErrors(error),
    }),
  );

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="settings-add-rate-title">
      <form onSubmit={submit} noValidate data-testid="rate-form">
        <Stack gap="md">
          <Title order={3} size="h4" id="settings-add-rate-title">
            {t('settings.rates.addTitle')}
          </Title>
          {save.error && issuesByField(save.error).size === 0 && (
            <Alert color="red" variant="light" role="alert">
              {settingsError(save.error, t)}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <Select
              label={t('settings.rates.currency')}
              data={options}
              {...form.getInputProps('currency')}
              value={currency}
              allowDeselect={false}
              data-testid="rate-currency"
            />
            <DateField label={t('settings.rates.date')} {...form.getInputProps('rateOn')} required data-testid="rate-date-input" />
            <NumberInput
              label={t('settings.rates.rate')}
              description={
                rate
                  ? t('settings.rates.perEuro', { rate: format.number(rate, { maximumFractionDigits: 6 }), currency })
                  : t('settings.rates.explainEmpty', { currency })
              }
              {...form.getInputProps('perEuro')}
              min={0}
              max={1_000_000}
              decimalScale={6}
              decimalSeparator={format.locale === 'en' ? '.' : ','}
              allowNegative={false}
              required
              inputWrapperOrder={['label', 'input', 'error', 'description']}
              data-testid="rate-per-euro"
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} data-testid="rate-add">
              {t('settings.rates.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
