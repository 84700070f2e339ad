import { ActionIcon, Alert, Anchor, Button, Divider, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertCircle, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { SetupBody } from '@contract/access';
import { currencies } from '@contract/org';
import { isApiError } from '../../shared/api/errors';
import { clientFieldErrors } from '../../shared/forms/fieldErrors';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { currentLocale } from '../../shared/i18n/i18n';
import { isLocale, languageNames, uiLocales } from '../../shared/i18n/language';
import { enterSignedIn, useAuthOptions } from '../../shared/session/access';
import { PasswordField } from '../../shared/ui/PasswordField';
import { PublicFrame } from '../../shared/ui/PublicFrame';
import { setupApi } from './api';
import { initialDraft, marketFor, setupBodyOf, type MarketDraft, type SetupDraft } from './setupDraft';

const marketLocales = ['sv-SE', 'nb-NO', 'da-DK', 'fi-FI', 'sv-FI', 'is-IS', 'et-EE', 'de-DE', 'nl-NL', 'en-GB', 'en-US', 'en-IE', 'pl-PL'];

/** First run (L1, L6): the organisation, its markets and sales groups, and the first admin — while no user exists. */
export default function SetupPage() {
  const { t, i18n } = useTranslation();
  const options = useAuthOptions();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<SetupDraft>(() => initialDraft(currentLocale()));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const setUp = useMutation({
    mutationFn: setupApi.setUp,
    onSuccess: async (signedIn) => {
      await enterSignedIn(queryClient, signedIn);
      await navigate('/', { replace: true });
    },
  });

  if (options.isPending) return <PublicFrame loading />;
  if (options.data && !options.data.setupNeeded && !setUp.isSuccess) return <Navigate to="/sign-in" replace />;

  const set = <K extends keyof SetupDraft>(key: K, value: SetupDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors({});
  };
  const setMarket = (i: number, market: MarketDraft) =>
    set(
      'markets',
      draft.markets.map((m, j) => (j === i ? market : m)),
    );
  const setGroup = (i: number, name: string) =>
    set(
      'salesGroups',
      draft.salesGroups.map((g, j) => (j === i ? name : g)),
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = setupBodyOf(draft);
    const parsed = SetupBody.safeParse(body);
    if (!parsed.success) {
      setErrors(clientFieldErrors(parsed.error.issues, t, body));
      return;
    }
    setUp.mutate(body);
  };

  const error = (path: string) => errors[path];
  const done = isApiError(setUp.error, 'setup_done');
  const general = Object.keys(errors).length > 0 ? t('people.setup.fixFields') : setUp.error && !done ? errorMessage(setUp.error, t) : null;
  const currencyData = currencies.map((c) => ({ value: c, label: c }));

  return (
    <PublicFrame width={720} testId="setup-page">
      <form onSubmit={submit} noValidate aria-label={t('people.setup.title')}>
        <Stack gap="lg">
          <Stack gap={4}>
            <Title order={1} fz={26} fw={650}>
              {t('people.setup.title')}
            </Title>
            <Text c="dimmed" size="sm">
              {t('people.setup.subtitle')}
            </Text>
          </Stack>
          {done && (
            <Alert color="blue" variant="light" role="alert" data-testid="setup-done">
              {t('people.setup.done')}{' '}
              <Anchor component={Link} to="/sign-in">
                {t('people.setup.toSignIn')}
              </Anchor>
            </Alert>
          )}
          {general && (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
              {general}
            </Alert>
          )}

          <Section title={t('people.setup.organisation')}>
            <TextInput
              label={t('people.setup.organisationName')}
              name="organisation"
              value={draft.name}
              onChange={(e) => set('name', e.currentTarget.value)}
              error={error('organisation.name')}
              required
              autoFocus
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('people.setup.reportingCurrency')}
                description={t('people.setup.reportingCurrencyHelp')}
                data={currencyData}
                value={draft.reportingCurrency}
                onChange={(v) => v && set('reportingCurrency', v)}
                error={error('organisation.reportingCurrency')}
                allowDeselect={false}
              />
              <Select
                label={t('people.setup.defaultLanguage')}
                data={uiLocales.map((l) => ({ value: l, label: languageNames[l] }))}
                value={draft.defaultLocale}
                onChange={(v) => isLocale(v) && set('defaultLocale', v)}
                allowDeselect={false}
              />
            </SimpleGrid>
          </Section>

          <Section title={t('people.setup.markets')} help={t('people.setup.marketsHelp')} error={error('markets')}>
            {draft.markets.map((m, i) => (
              <Group key={i} align="flex-start" gap="xs" wrap="nowrap" data-testid="setup-market">
                <TextInput
                  label={t('people.setup.market.country')}
                  value={m.code}
                  onChange={(e) => setMarket(i, marketFor(e.currentTarget.value, i18n.language, m))}
                  error={error(`markets.${i}.code`)}
                  w={110}
                  maxLength={2}
                  placeholder="SE"
                />
                <TextInput
                  label={t('people.setup.market.name')}
                  value={m.name}
                  onChange={(e) => setMarket(i, { ...m, name: e.currentTarget.value })}
                  error={error(`markets.${i}.name`)}
                  style={{ flex: 1 }}
                />
                <Select
                  label={t('people.setup.market.currency')}
                  data={currencyData}
                  value={m.currency || null}
                  onChange={(v) => setMarket(i, { ...m, currency: v ?? '' })}
                  error={error(`markets.${i}.currency`)}
                  w={110}
                  allowDeselect={false}
                />
                <Select
                  label={t('people.setup.market.locale')}
                  data={[...new Set([...(m.locale ? [m.locale] : []), ...marketLocales])]}
                  value={m.locale || null}
                  onChange={(v) => setMarket(i, { ...m, locale: v ?? '' })}
                  error={error(`markets.${i}.locale`)}
                  w={120}
                  searchable
                  allowDeselect={false}
                />
                <RemoveRow
                  label={t('people.setup.market.remove', { n: i + 1 })}
                  top={26}
                  disabled={draft.markets.length === 1}
                  onRemove={() => set('markets', without(draft.markets, i))}
                />
              </Group>
            ))}
            <AddRow
              label={t('people.setup.addMarket')}
              onAdd={() => set('markets', [...draft.markets, { code: '', name: '', currency: draft.reportingCurrency, locale: '' }])}
            />
          </Section>

          <Section title={t('people.setup.salesGroups')} help={t('people.setup.salesGroupsHelp')} error={error('salesGroups')}>
            {draft.salesGroups.map((g, i) => (
              <Group key={i} gap="xs" wrap="nowrap" align="flex-start">
                <TextInput
                  aria-label={t('people.setup.groupName', { n: i + 1 })}
                  placeholder={t('people.setup.groupName', { n: i + 1 })}
                  value={g}
                  onChange={(e) => setGroup(i, e.currentTarget.value)}
                  error={error(`salesGroups.${draft.salesGroups.slice(0, i).filter((x) => x.trim()).length}.name`)}
                  style={{ flex: 1 }}
                  data-testid="setup-group"
                />
                <RemoveRow
                  label={t('people.setup.removeGroup', { n: i + 1 })}
                  top={6}
                  disabled={draft.salesGroups.length === 1}
                  onRemove={() => set('salesGroups', without(draft.salesGroups, i))}
                />
              </Group>
            ))}
            <AddRow label={t('people.setup.addGroup')} onAdd={() => set('salesGroups', [...draft.salesGroups, ''])} />
          </Section>

          <Section title={t('people.setup.admin')} help={t('people.setup.adminHelp')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('people.setup.adminName')}
                name="name"
                autoComplete="name"
                value={draft.adminName}
                onChange={(e) => set('adminName', e.currentTarget.value)}
                error={error('admin.name')}
                required
              />
              <TextInput
                label={t('people.setup.adminEmail')}
                name="email"
                type="email"
                autoComplete="username"
                value={draft.adminEmail}
                onChange={(e) => set('adminEmail', e.currentTarget.value)}
                error={error('admin.email')}
                required
              />
            </SimpleGrid>
            <PasswordField
              label={t('people.setup.adminPassword')}
              description={t('fields.passwordLength')}
              name="password"
              autoComplete="new-password"
              value={draft.adminPassword}
              onChange={(e) => set('adminPassword', e.currentTarget.value)}
              error={error('admin.password')}
              required
            />
          </Section>

          <Button type="submit" size="md" loading={setUp.isPending} disabled={done}>
            {t('people.setup.submit')}
          </Button>
        </Stack>
      </form>
    </PublicFrame>
  );
}

const without = <T,>(list: T[], i: number) => list.filter((_, j) => j !== i);

function RemoveRow({ label, top, disabled, onRemove }: { label: string; top: number; disabled: boolean; onRemove: () => void }) {
  return (
    <ActionIcon variant="subtle" color="gray" mt={top} aria-label={label} disabled={disabled} onClick={onRemove}>
      <IconTrash size={16} />
    </ActionIcon>
  );
}

function AddRow({ label, onAdd }: { label: string; onAdd: () => void }) {
  return (
    <Group>
      <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={onAdd}>
        {label}
      </Button>
    </Group>
  );
}

function Section({ title, help, error, children }: { title: string; help?: string; error?: string; children: ReactNode }) {
  return (
    <Stack gap="sm">
      <Divider />
      <Stack gap={2}>
        <Title order={2} fz="md" fw={600}>
          {title}
        </Title>
        {help && (
          <Text size="sm" c="dimmed">
            {help}
          </Text>
        )}
        {error && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
      </Stack>
      {children}
    </Stack>
  );
}
