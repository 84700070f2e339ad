import { Avatar, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Me } from '@contract/auth';
import { useFormat } from '../../shared/format/useFormat';

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: '0.04em' }}>
        {label}
      </Text>
      <Text size="sm" fw={500}>
        {value}
      </Text>
    </div>
  );
}

/** Who the user is in Korsa: role, sales group, market, organisation. */
export function ProfileCard({ me }: { me: Me }) {
  const { t } = useTranslation();
  const format = useFormat();
  const initials = me.user.name
    .split(' ')
    .map((part) => part[0])
    .join('')
    .slice(0, 2);
  const market = me.market ? format.region(me.market.code, me.market.name) : t('common.noMarket');

  return (
    <Paper withBorder radius="md" p="lg" h="100%">
      <Title order={2} fz="lg" fw={600} mb="md">
        {t('home.you.title')}
      </Title>
      <Group gap="sm" wrap="nowrap" mb="md">
        <Avatar color="initials" name={me.user.name} radius="xl" size="lg">
          {initials}
        </Avatar>
        <div style={{ minWidth: 0 }}>
          <Text fw={600} truncate>
            {me.user.name}
          </Text>
          <Text size="sm" c="dimmed" truncate>
            {me.user.email}
          </Text>
        </div>
      </Group>
      <Divider mb="md" />
      <Stack gap="sm">
        <Fact label={t('home.you.role')} value={t(`roles.${me.user.role}`)} />
        <Fact label={t('home.you.salesGroup')} value={me.salesGroup?.name ?? t('common.noSalesGroup')} />
        <Fact label={t('home.you.market')} value={market} />
        <Fact label={t('home.you.organisation')} value={me.organisation.name} />
      </Stack>
    </Paper>
  );
}
