import { Grid, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Market } from '@contract/org';
import type { User } from '@contract/users';
import { useFormat } from '../../shared/format/useFormat';
import { NONE, currencyOptions, leaderOptions, marketLocaleOptions } from './options';

export interface MarketValues {
  code: string;
  name: string;
  currency: string;
  locale: string;
  leaderId: string;
}

export const marketValues = (m: Market): MarketValues => ({
  code: m.code,
  name: m.name,
  currency: m.currency,
  locale: m.locale,
  leaderId: m.leaderId ?? NONE,
});

/** Translated messages for the fields a market's validation rejected. */
export function marketFieldMessages(fields: Iterable<string>, t: TFunction): Partial<Record<keyof MarketValues, string>> {
  const messages: Record<string, string> = {
    code: t('settings.structure.invalidCode'),
    name: t('fields.required'),
    locale: t('settings.structure.invalidLocale'),
  };
  const out: Partial<Record<keyof MarketValues, string>> = {};
  for (const field of fields) {
    if (field === 'code' || field === 'name' || field === 'currency' || field === 'locale' || field === 'leaderId')
      out[field] = messages[field] ?? t('fields.unknownChoice');
  }
  return out;
}

interface Props {
  values: MarketValues;
  errors: Partial<Record<keyof MarketValues, string>>;
  set: <K extends keyof MarketValues>(key: K, value: MarketValues[K]) => void;
  markets: Market[] | undefined;
  leaders: User[] | undefined;
  /** Names the inputs for screen readers and tests, e.g. the market's code. */
  idPrefix: string;
}

/** A market's code, name, currency, locale and leader. */
export function MarketFields({ values, errors, set, markets, leaders, idPrefix }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Grid columns={24} gap="sm" style={{ flex: '1 1 18rem', minWidth: 0 }}>
      <Grid.Col span={{ base: 24, xs: 12, md: 4 }}>
        <TextInput
          label={t('settings.structure.code')}
          placeholder={t('settings.structure.codeHelp')}
          value={values.code}
          onChange={(e) => set('code', e.currentTarget.value.toUpperCase())}
          error={errors.code}
          maxLength={2}
          required
          data-testid={`${idPrefix}-code`}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 24, xs: 12, md: 5 }}>
        <TextInput
          label={t('settings.structure.name')}
          value={values.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={errors.name}
          required
          data-testid={`${idPrefix}-name`}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 24, xs: 12, md: 3 }}>
        <Select
          label={t('settings.structure.currency')}
          data={currencyOptions(markets, format.locale, values.currency).map((o) => ({ ...o, label: o.value }))}
          value={values.currency}
          onChange={(v) => v && set('currency', v)}
          error={errors.currency}
          allowDeselect={false}
          data-testid={`${idPrefix}-currency`}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 24, xs: 12, md: 6 }}>
        <Select
          label={t('settings.structure.locale')}
          data={marketLocaleOptions(format.locale, values.locale || undefined)}
          value={values.locale || null}
          onChange={(v) => v && set('locale', v)}
          error={errors.locale}
          allowDeselect={false}
          searchable
          data-testid={`${idPrefix}-locale`}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 24, md: 6 }}>
        <Select
          label={t('settings.structure.leader')}
          data={leaderOptions(leaders, t, values.leaderId === NONE ? null : values.leaderId)}
          value={values.leaderId}
          onChange={(v) => set('leaderId', v ?? NONE)}
          error={errors.leaderId}
          allowDeselect={false}
          searchable
          data-testid={`${idPrefix}-leader`}
        />
      </Grid.Col>
    </Grid>
  );
}
