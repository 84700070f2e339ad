import { Alert, Button, Divider, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrganisationPatch as OrganisationPatchSchema, type Organisation } from '@contract/org';
import { useFormat } from '../../shared/format/useFormat';
import { languageNames } from '../../shared/i18n/language';
import { useMarkets } from '../../shared/org/queries';
import { notify } from '../../shared/ui/notify';
import { currencyOptions, localeOptions } from './options';
import { useUpdateOrganisation } from './queries';
import { issuesByField, settingsError } from './settingsErrors';
import { useSettingsForm } from './useSettingsForm';

type TimeField = 'passiveAfterMonths' | 'timedOutAfterMonths' | 'staleAfterDays';

/** The rules of time with the API's bounds (contract/org.ts OrganisationPatch). */
const timeRules = [
  { field: 'passiveAfterMonths', label: 'passive', help: 'passiveHelp', min: 1, max: 120, testId: 'settings-passive' },
  { field: 'timedOutAfterMonths', label: 'timedOut', help: 'timedOutHelp', min: 1, max: 60, testId: 'settings-timed-out' },
  { field: 'staleAfterDays', label: 'stale', help: 'staleHelp', min: 1, max: 365, testId: 'settings-stale' },
] as const satisfies readonly { field: TimeField; label: string; help: string; min: number; max: number; testId: string }[];

type SuggestionField = 'suggestionMinSupport' | 'suggestionMinLift';

/** How strong a cross-sell rule must be to be shown (contract/org.ts OrganisationPatch). */
const suggestionRules = [
  {
    field: 'suggestionMinSupport',
    label: 'minSupport',
    help: 'minSupportHelp',
    min: 1,
    max: 1000,
    decimals: 0,
    testId: 'settings-min-support',
  },
  { field: 'suggestionMinLift', label: 'minLift', help: 'minLiftHelp', min: 1, max: 10, decimals: 2, testId: 'settings-min-lift' },
] as const satisfies readonly {
  field: SuggestionField;
  label: string;
  help: string;
  min: number;
  max: number;
  decimals: number;
  testId: string;
}[];

interface Values extends Record<string, unknown> {
  name: string;
  reportingCurrency: string;
  defaultLocale: string;
  passiveAfterMonths: number | string;
  timedOutAfterMonths: number | string;
  staleAfterDays: number | string;
  suggestionMinSupport: number | string;
  suggestionMinLift: number | string;
}

const valuesOf = (o: Organisation): Values => ({
  name: o.name,
  reportingCurrency: o.reportingCurrency,
  defaultLocale: o.defaultLocale,
  passiveAfterMonths: o.passiveAfterMonths,
  timedOutAfterMonths: o.timedOutAfterMonths,
  staleAfterDays: o.staleAfterDays,
  suggestionMinSupport: o.suggestionMinSupport,
  suggestionMinLift: o.suggestionMinLift,
});

/** The organisation's name, reporting currency, default language, rules of time and how strong a cross-sell suggestion must be. */
export function OrganisationForm({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const format = useFormat();
  const markets = useMarkets();
  const save = useUpdateOrganisation();
  const [saved, setSaved] = useState(organisation);
  const form = useSettingsForm(valuesOf(saved), {
    schema: OrganisationPatchSchema,
    // only what changed: the server refuses an empty patch (numbers as typed: the schema rejects what is not one)
    toInput: (v) => Object.fromEntries(Object.entries(v).filter(([key, value]) => saved[key as keyof Organisation] !== value)),
    messages: Object.fromEntries(
      [...timeRules, ...suggestionRules].map((r): [string, string] => [
        r.field,
        t('decimals' in r && r.decimals ? 'settings.organisation.rangeDecimal' : 'settings.organisation.range', { min: r.min, max: r.max }),
      ]),
    ),
  });
  const { values, dirty } = form;

  const submit = form.onSubmit((changes) =>
    save.mutate(changes, {
      onSuccess: (organisation) => {
        setSaved(organisation);
        form.setValues(valuesOf(organisation));
        form.clearErrors();
        notify(t('settings.saved'));
      },
      onError: (error) => form.setServerErrors(error),
    }),
  );

  const generalError = save.error && issuesByField(save.error).size === 0 ? settingsError(save.error, t) : null;

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="settings-org-title">
      <form onSubmit={submit} noValidate data-testid="settings-org-form">
        <Stack gap="md">
          <Title order={2} size="h3" id="settings-org-title">
            {t('settings.organisation.title')}
          </Title>
          {generalError && (
            <Alert color="red" variant="light" role="alert">
              {generalError}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <TextInput label={t('settings.organisation.name')} {...form.getInputProps('name')} required data-testid="settings-org-name" />
            <Select
              label={t('settings.organisation.reportingCurrency')}
              description={t('settings.organisation.reportingCurrencyHelp')}
              data={currencyOptions(markets.data, format.locale, values.reportingCurrency)}
              {...form.getInputProps('reportingCurrency')}
              allowDeselect={false}
              data-testid="settings-currency"
            />
            <Select
              label={t('settings.organisation.defaultLanguage')}
              description={t('settings.organisation.defaultLanguageHelp')}
              data={localeOptions(languageNames)}
              {...form.getInputProps('defaultLocale')}
              allowDeselect={false}
              data-testid="settings-language"
            />
          </SimpleGrid>
          <Divider />
          <Stack gap={4}>
            <Title order={3} size="h4">
              {t('settings.organisation.timeTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('settings.organisation.timeText')}
            </Text>
          </Stack>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            {timeRules.map((rule) => {
              const value = values[rule.field];
              const count = typeof value === 'number' ? value : Number(saved[rule.field]);
              return (
                <NumberInput
                  key={rule.field}
                  label={t(`settings.organisation.${rule.label}`)}
                  description={t(`settings.organisation.${rule.help}`, { count })}
                  {...form.getInputProps(rule.field)}
                  min={rule.min}
                  max={rule.max}
                  allowDecimal={false}
                  allowNegative={false}
                  clampBehavior="none"
                  inputWrapperOrder={['label', 'input', 'error', 'description']}
                  data-testid={rule.testId}
                />
              );
            })}
          </SimpleGrid>
          <Divider />
          <Stack gap={4}>
            <Title order={3} size="h4">
              {t('settings.organisation.suggestionsTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('settings.organisation.suggestionsText')}
            </Text>
          </Stack>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            {suggestionRules.map((rule) => {
              const value = values[rule.field];
              const current = typeof value === 'number' ? value : Number(saved[rule.field]);
              return (
                <NumberInput
                  key={rule.field}
                  label={t(`settings.organisation.${rule.label}`)}
                  description={t(`settings.organisation.${rule.help}`, {
                    count: current,
                    lift: format.number(current, { maximumFractionDigits: 2 }),
                  })}
                  {...form.getInputProps(rule.field)}
                  min={rule.min}
                  max={rule.max}
                  step={rule.decimals ? 0.1 : 1}
                  decimalScale={rule.decimals}
                  allowDecimal={rule.decimals > 0}
                  allowNegative={false}
                  clampBehavior="none"
                  inputWrapperOrder={['label', 'input', 'error', 'description']}
                  data-testid={rule.testId}
                />
              );
            })}
          </SimpleGrid>
          <Group justify="flex-end" gap="sm">
            {dirty && (
              <Text size="sm" c="dimmed" aria-live="polite">
                {t('settings.unsaved')}
              </Text>
            )}
            <Button
              variant="default"
              disabled={!dirty || save.isPending}
              onClick={() => {
                form.undo();
                save.reset();
              }}
            >
              {t('settings.discard')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!dirty} data-testid="settings-org-save">
              {t('settings.organisation.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
