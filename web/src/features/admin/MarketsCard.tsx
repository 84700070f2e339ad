import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MarketInput, type Market } from '@contract/org';
import type { User } from '@contract/users';
import { notify } from '../../shared/ui/notify';
import { MarketFields, marketInput, marketValues, type MarketValues } from './MarketFields';
import { NONE } from './options';
import { RowActions } from './RowActions';
import { useSaveMarket } from './queries';
import { issuesByField, settingsError } from './settingsErrors';
import { useSettingsForm } from './useSettingsForm';

const emptyMarket: MarketValues = { code: '', name: '', currency: 'EUR', locale: '', leaderId: NONE };

/** A market's form: the contract's rules, with the code's and locale's own words. */
function useMarketForm(saved: MarketValues) {
  const { t } = useTranslation();
  return useSettingsForm(saved, {
    schema: MarketInput,
    toInput: marketInput,
    messages: { code: t('settings.structure.invalidCode'), locale: t('settings.structure.invalidLocale') },
  });
}

interface Props {
  markets: Market[];
  leaders: User[] | undefined;
}

/** The markets, each editable in place, and a new one. */
export function MarketsCard({ markets, leaders }: Props) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  return (
    <Stack gap="sm" component="section" aria-labelledby="settings-markets-title" data-testid="settings-markets">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={2} style={{ flex: '1 1 16rem' }}>
          <Title order={2} size="h3" id="settings-markets-title">
            {t('settings.structure.markets')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('settings.structure.marketsText')}
          </Text>
        </Stack>
        {!adding && (
          <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)} data-testid="market-add">
            {t('settings.structure.addMarket')}
          </Button>
        )}
      </Group>
      {markets.length === 0 && !adding && (
        <Text size="sm" c="dimmed" py="sm">
          {t('settings.structure.emptyMarkets')}
        </Text>
      )}
      {markets.map((m) => (
        <MarketRow key={m.id} market={m} markets={markets} leaders={leaders} />
      ))}
      {adding && <NewMarket markets={markets} leaders={leaders} onDone={() => setAdding(false)} />}
    </Stack>
  );
}

function MarketRow({ market, markets, leaders }: { market: Market; markets: Market[]; leaders: User[] | undefined }) {
  const { t } = useTranslation();
  const form = useMarketForm(marketValues(market));
  const save = useSaveMarket();

  const submit = form.onSubmit((input) => {
    save.mutate(
      { id: market.id, patch: form.patchOf(input) },
      {
        onSuccess: (saved) => {
          form.setValues(marketValues(saved));
          notify(t('settings.saved'));
        },
        onError: (error) => form.setServerErrors(error),
      },
    );
  });

  return (
    <Paper withBorder radius="md" p="sm" data-testid="market-row" data-code={market.code}>
      <form onSubmit={submit} noValidate aria-label={market.name}>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <MarketFields form={form} markets={markets} leaders={leaders} idPrefix={`market-${market.code}`} />
          <RowActions
            name={market.name}
            dirty={form.dirty}
            saving={save.isPending}
            onUndo={() => {
              form.undo();
              save.reset();
            }}
          />
        </Group>
        {save.error && issuesByField(save.error).size === 0 && (
          <Alert color="red" variant="light" role="alert" mt="sm">
            {settingsError(save.error, t)}
          </Alert>
        )}
      </form>
    </Paper>
  );
}

function NewMarket({ markets, leaders, onDone }: { markets: Market[]; leaders: User[] | undefined; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useMarketForm(emptyMarket);
  const save = useSaveMarket();

  const submit = form.onSubmit((input) =>
    save.mutate(
      { id: null, input },
      {
        onSuccess: (created) => {
          notify(t('settings.structure.added', { name: created.name }));
          onDone();
        },
        onError: (error) => form.setServerErrors(error),
      },
    ),
  );

  return (
    <Paper withBorder radius="md" p="sm" style={{ borderStyle: 'dashed' }} data-testid="market-new">
      <form onSubmit={submit} noValidate aria-label={t('settings.structure.newMarket')}>
        <Stack gap="sm">
          <Text fw={600} size="sm">
            {t('settings.structure.newMarket')}
          </Text>
          <MarketFields form={form} markets={markets} leaders={leaders} idPrefix="market-new" />
          {save.error && issuesByField(save.error).size === 0 && (
            <Alert color="red" variant="light" role="alert">
              {settingsError(save.error, t)}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onDone}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="market-new-save">
              {t('settings.structure.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
