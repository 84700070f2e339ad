import { Grid, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MarketInput, Market } from '@contract/org';
import type { User } from '@contract/users';
import { useFormat } from '../../shared/format/useFormat';
import type { SchemaForm } from '../../shared/forms/useSchemaForm';
import { NONE, currencyOptions, idOrNull, leaderOptions, marketLocaleOptions } from './options';

export interface MarketValues extends Record<string, unknown> {
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

/** A market's values as the API takes them (contract/org.ts MarketInput). */
export const marketInput = (v: MarketValues) => ({ ...v, leaderId: idOrNull(v.leaderId) });

export type MarketForm = SchemaForm<MarketValues, typeof MarketInput>;

interface Props {
  form: MarketForm;
  markets: Market[] | undefined;
  leaders: User[] | undefined;
  /** Names the inputs for screen readers and tests, e.g. the market's code. */
  idPrefix: string;
}

/** A market's code, name, currency, locale and leader. */
export function MarketFields({ form, markets, leaders, idPrefix }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const { values } = form;
  return (
    <Grid columns={24} gap="sm" style={{ flex: '1 1 18rem', minWidth: 0 }}>
      <Grid.Col span={{ base: 24, xs: 12, md: 4 }}>
        <TextInput
          label={t('settings.structure.code')}
          placeholder={t('settings.structure.codeHelp')}
          {...form.getInputProps('code')}
          onChange={(e) => form.setFieldValue('code', e.currentTarget.value.toUpperCase())}
          maxLength={2}
          required
          data-testid={`${idPrefix}-code`}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 24, xs: 12, md: 5 }}>
        <TextInput
          label={t('settings.structure.name')}
          {...form.getInputProps('name')}
          required
          data-testid={`${idPrefix}-name`}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 24, xs: 12, md: 3 }}>
        <Select
          label={t('settings.structure.currency')}
          data={currencyOptions(markets, format.locale, values.currency).map((o) => ({ ...o, label: o.value }))}
          {...form.getInputProps('currency')}
          allowDeselect={false}
          data-testid={`${idPrefix}-currency`}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 24, xs: 12, md: 6 }}>
        <Select
          label={t('settings.structure.locale')}
          data={marketLocaleOptions(format.locale, values.locale || undefined)}
          {...form.getInputProps('locale')}
          value={values.locale || null}
          allowDeselect={false}
          searchable
          data-testid={`${idPrefix}-locale`}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 24, md: 6 }}>
        <Select
          label={t('settings.structure.leader')}
          data={leaderOptions(leaders, t, values.leaderId === NONE ? null : values.leaderId)}
          {...form.getInputProps('leaderId')}
          allowDeselect={false}
          searchable
          data-testid={`${idPrefix}-leader`}
        />
      </Grid.Col>
    </Grid>
  );
}
