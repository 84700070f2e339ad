import { Alert, Button, Divider, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { OrganisationPatch as OrganisationPatchSchema, type Organisation } from '@contract/org';
import { useFormat } from '../../shared/format/useFormat';
import { isLocale, languageNames } from '../../shared/i18n/language';
import { useMarkets } from '../../shared/org/queries';
import { notify } from '../../shared/ui/notify';
import { currencyOptions, localeOptions } from './options';
import { useUpdateOrganisation } from './queries';
import { issuesByField, settingsError } from './settingsErrors';

type TimeField = 'passiveAfterMonths' | 'timedOutAfterMonths' | 'staleAfterDays';

/** The rules of time with the API's bounds (contract/org.ts OrganisationPatch). */
const timeRules = [
  { field: 'passiveAfterMonths', label: 'passive', help: 'passiveHelp', min: 1, max: 120, testId: 'settings-passive' },
  { field: 'timedOutAfterMonths', label: 'timedOut', help: 'timedOutHelp', min: 1, max: 60, testId: 'settings-timed-out' },
  { field: 'staleAfterDays', label: 'stale', help: 'staleHelp', min: 1, max: 365, testId: 'settings-stale' },
] as const satisfies readonly { field: TimeField; label: string; help: string; min: number; max: number; testId: string }[];

interface Values {
  name: string;
  reportingCurrency: string;
  defaultLocale: string;
  passiveAfterMonths: number | string;
  timedOutAfterMonths: number | string;
  staleAfterDays: number | string;
}

const valuesOf = (o: Organisation): Values => ({
  name: o.name,
  reportingCurrency: o.reportingCurrency,
  defaultLocale: o.defaultLocale,
  passiveAfterMonths: o.passiveAfterMonths,
  timedOutAfterMonths: o.timedOutAfterMonths,
  staleAfterDays: o.staleAfterDays,
});

/** What changed, as the API takes it (numbers left as typed: the schema rejects what is not one). */
function changesOf(saved: Organisation, v: Values): Record<string, unknown> {
  const next: Record<string, unknown> = { ...v, name: v.name.trim() };
  return Object.fromEntries(Object.entries(next).filter(([key, value]) => saved[key as keyof Organisation] !== value));
}

/** A translated message for each rejected field, from the client's or the server's validation. */
function messagesFor(fields: Iterable<string>, t: TFunction): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of fields) {
    const rule = timeRules.find((r) => r.field === field);
    if (rule) out[field] = t('settings.organisation.range', { min: rule.min, max: rule.max });
    else if (field === 'name') out[field] = t('fields.required');
    else out[field] = t('fields.unknownChoice');
  }
  return out;
}

/** The organisation's name, reporting currency, default language and rules of time. */
export function OrganisationForm({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const format = useFormat();
  const markets = useMarkets();
  const save = useUpdateOrganisation();
  const [saved, setSaved] = useState(organisation);
  const [values, setValues] = useState(() => valuesOf(organisation));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const changes = changesOf(saved, values);
  const dirty = Object.keys(changes).length > 0;

  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors(({ [key]: _cleared, ...rest }) => rest);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!dirty) return;
    const parsed = OrganisationPatchSchema.safeParse(changes);
    if (!parsed.success) {
      setErrors(messagesFor(new Set(parsed.error.issues.map((i) => String(i.path[0] ?? ''))), t));
      return;
    }
    save.mutate(parsed.data, {
      onSuccess: (organisation) => {
        setSaved(organisation);
        setValues(valuesOf(organisation));
        setErrors({});
        notify(t('settings.saved'));
      },
      onError: (error) => setErrors(messagesFor(issuesByField(error).keys(), t)),
    });
  };

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
            <TextInput
              label={t('settings.organisation.name')}
              value={values.name}
              onChange={(e) => set('name', e.currentTarget.value)}
              error={errors.name}
              required
              data-testid="settings-org-name"
            />
            <Select
              label={t('settings.organisation.reportingCurrency')}
              description={t('settings.organisation.reportingCurrencyHelp')}
              data={currencyOptions(markets.data, format.locale, values.reportingCurrency)}
              value={values.reportingCurrency}
              onChange={(v) => v && set('reportingCurrency', v)}
              error={errors.reportingCurrency}
              allowDeselect={false}
              data-testid="settings-currency"
            />
            <Select
              label={t('settings.organisation.defaultLanguage')}
              description={t('settings.organisation.defaultLanguageHelp')}
              data={localeOptions(languageNames)}
              value={values.defaultLocale}
              onChange={(v) => isLocale(v) && set('defaultLocale', v)}
              error={errors.defaultLocale}
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
                  value={value}
                  onChange={(v) => set(rule.field, v)}
                  error={errors[rule.field]}
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
                setValues(valuesOf(saved));
                setErrors({});
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
