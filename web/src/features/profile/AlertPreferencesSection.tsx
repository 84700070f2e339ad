import { Alert, Paper, SegmentedControl, Switch, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AlertPreferencesView } from '@contract/alerts';
import { emailModes, type AlertKind, type EmailMode } from '@domain/alerts';
import { oneOf } from '@domain/people';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { useSession } from '../../shared/session/session';
import { notify } from '../../shared/ui/notify';
import { alertPreferencesApi } from './api';

type Item = AlertPreferencesView['items'][number];

/** Where each deviation alert goes (K2): the bell, and e-mail at once, in the daily digest or not. */
export function AlertPreferencesSection() {
  const { t } = useTranslation();
  const me = useSession();
  const queryClient = useQueryClient();
  const key = ['alert-preferences', me.user.id];
  const prefs = useQuery({ queryKey: key, queryFn: ({ signal }) => alertPreferencesApi.get(me.user.id, signal) });
  const save = useMutation({
    mutationFn: (item: Item) =>
      alertPreferencesApi.put(me.user.id, { items: [{ alert: item.alert, inApp: item.inApp, email: item.email }] }),
    onSuccess: (data) => {
      queryClient.setQueryData(key, data);
      notify(t('alerts.saved'));
    },
  });
  const change = (item: Item, patch: Partial<Pick<Item, 'inApp' | 'email'>>) => save.mutate({ ...item, ...patch });
  const label = (alert: AlertKind) => t(`alerts.kinds.${alert}`);

  return (
    <Paper withBorder radius="md" p="lg" maw={760} mt="lg" component="section" aria-labelledby="alert-preferences-title">
      <Title order={2} fz="lg" fw={600} mb={4} id="alert-preferences-title">
        {t('alerts.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('alerts.description')}
      </Text>
      {prefs.data && !prefs.data.emailEnabled && (
        <Alert color="gray" variant="light" mb="md">
          {t('alerts.noEmail')}
        </Alert>
      )}
      {(prefs.error ?? save.error) && (
        <Alert color="red" variant="light" role="alert" mb="md">
          {errorMessage(prefs.error ?? save.error, t)}
        </Alert>
      )}
      {prefs.data && (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('alerts.columns.alert')}</Table.Th>
                <Table.Th>{t('alerts.columns.inApp')}</Table.Th>
                <Table.Th>{t('alerts.columns.email')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {prefs.data.items.map((item) => (
                <Table.Tr key={item.alert}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {label(item.alert)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(`alerts.help.${item.alert}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Switch
                      checked={item.inApp}
                      aria-label={t('alerts.inAppLabel', { alert: label(item.alert) })}
                      onChange={(e) => change(item, { inApp: e.currentTarget.checked })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <SegmentedControl
                      size="xs"
                      value={item.email}
                      aria-label={t('alerts.emailLabel', { alert: label(item.alert) })}
                      onChange={(v) => oneOf<EmailMode>(emailModes, v) && change(item, { email: v })}
                      data={emailModes.map((m) => ({ value: m, label: t(`alerts.email.${m}`) }))}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
