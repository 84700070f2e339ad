import { ActionIcon, Badge, Box, Button, Grid, Group, Paper, Select, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconPlus, IconTrash, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { behaviours, cadenceChoices, ratingScale, type Behaviour } from '@domain/one-to-ones';
import { addDays } from '@domain/tasks';
import { useFormat } from '../../shared/format/useFormat';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { DateField } from '../../shared/ui/DateField';
import { notify } from '../../shared/ui/notify';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryState } from '../../shared/ui/PageState';
import type { SellerOneToOnes } from './api';
import { AgendaView } from './AgendaView';
import { stateColour } from './OneToOnesPage';
import { useOneToOneWrites, useSellerOneToOnes } from './queries';

const today = () => new Date().toISOString().slice(0, 10);

/** A seller's one-to-ones (I1): the agenda Korsa prepared, holding the meeting (their leader), the history and the trend. */
export default function SellerOneToOnePage() {
  const { sellerId = '' } = useParams();
  const { t } = useTranslation();
  const query = useSellerOneToOnes(sellerId);
  const writes = useOneToOneWrites(sellerId);
  if (query.error || !query.data)
    return (
      <QueryState
        query={query}
        notFound={{ icon: <IconUsers size={32} stroke={1.5} />, title: t('oneToOnes.title'), description: t('oneToOnes.notFound') }}
      />
    );
  const view = query.data;
  const status = view.status;
  return (
    <Box data-testid="seller-one-to-ones-page">
      <PageHeader
        title={t('oneToOnes.titleFor', { name: view.seller.name })}
        description={t('oneToOnes.description')}
        actions={
          <Group gap="xs">
            <Badge color={stateColour[status.state]} variant="light" size="lg" data-testid="one-to-one-state" data-state={status.state}>
              {t(`oneToOnes.states.${status.state}`, { count: status.daysOverdue })}
            </Badge>
            {view.can.hold && (
              <Select
                label={t('oneToOnes.cadence.label')}
                w={150}
                size="xs"
                data={cadenceChoices.map((d) => ({ value: String(d), label: t('oneToOnes.cadence.days', { count: d }) }))}
                value={String(view.cadenceDays)}
                allowDeselect={false}
                onChange={(v) =>
                  v &&
                  writes.cadence.mutate(Number(v), {
                    onSuccess: () => notify(t('oneToOnes.cadence.saved')),
                    onError: (e) => notify(errorMessage(e, t), 'error'),
                  })
                }
                data-testid="one-to-one-cadence"
              />
            )}
          </Group>
        }
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <AgendaView agenda={view.agenda} />
            {view.can.hold && <HoldForm sellerId={sellerId} />}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <Trend trend={view.trend} />
            <History history={view.history} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Box>
  );
}

function HoldForm({ sellerId }: { sellerId: string }) {
  const { t } = useTranslation();
  const writes = useOneToOneWrites(sellerId);
  const [notes, setNotes] = useState('');
  const [ratings, setRatings] = useState<Partial<Record<Behaviour, number>>>({});
  const [actions, setActions] = useState<{ title: string; dueOn: string }[]>([]);
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState(addDays(today(), 7));
  const add = () => {
    setActions((list) => [...list, { title: title.trim(), dueOn }]);
    setTitle('');
  };
  const save = () =>
    writes.hold.mutate(
      { notes, ratings, actions },
      {
        onSuccess: () => {
          setNotes('');
          setRatings({});
          setActions([]);
          notify(t('oneToOnes.hold.saved'));
        },
        onError: (e) => notify(errorMessage(e, t), 'error'),
      },
    );
  return (
    <Paper withBorder radius="md" p="md" data-testid="one-to-one-hold">
      <Title order={2} fz="md" fw={600} mb="sm">
        {t('oneToOnes.hold.title')}
      </Title>
      <Stack gap="sm">
        <Textarea
          label={t('oneToOnes.hold.notes')}
          placeholder={t('oneToOnes.hold.notesPlaceholder')}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          autosize
          minRows={3}
          maxLength={8000}
          data-testid="one-to-one-notes"
        />
        <Text size="sm" fw={500}>
          {t('oneToOnes.hold.ratings')}
        </Text>
        <Group gap="sm">
          {behaviours.map((b) => (
            <Select
              key={b}
              label={t(`oneToOnes.behaviours.${b}`)}
              placeholder={t('oneToOnes.hold.notRated')}
              data={ratingScale.map((r) => ({ value: String(r), label: String(r) }))}
              value={ratings[b] ? String(ratings[b]) : null}
              onChange={(v) => setRatings((r) => ({ ...r, [b]: v ? Number(v) : undefined }))}
              clearable
              w={150}
              data-testid={`rating-${b}`}
            />
          ))}
        </Group>
        <div>
          <Text size="sm" fw={500}>
            {t('oneToOnes.hold.actions')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('oneToOnes.hold.actionsText')}
          </Text>
        </div>
        {actions.map((a, i) => (
          <Group key={`${a.title}-${i}`} gap="xs" data-testid="hold-action">
            <Text size="sm" style={{ flex: 1 }}>
              {a.title}
            </Text>
            <Text size="xs" c="dimmed">
              {a.dueOn}
            </Text>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('oneToOnes.hold.removeAction', { title: a.title })}
              onClick={() => setActions((list) => list.filter((_, j) => j !== i))}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Group gap="xs" align="flex-end">
          <TextInput
            label={t('oneToOnes.hold.action')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            maxLength={300}
            style={{ flex: 1, minWidth: 200 }}
            data-testid="hold-action-title"
          />
          <DateField
            label={t('oneToOnes.hold.actionDue')}
            value={dueOn}
            onChange={(v) => setDueOn(v)}
            w={160}
            data-testid="hold-action-due"
          />
          <Button
            variant="light"
            leftSection={<IconPlus size={16} />}
            onClick={add}
            disabled={!title.trim() || !dueOn}
            data-testid="hold-action-add"
          >
            {t('oneToOnes.hold.addAction')}
          </Button>
        </Group>
        <Group justify="flex-end">
          <Button onClick={save} loading={writes.hold.isPending} data-testid="one-to-one-save">
            {t('oneToOnes.hold.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function Trend({ trend }: { trend: SellerOneToOnes['trend'] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" data-testid="one-to-one-trend">
      <Title order={2} fz="md" fw={600} mb="sm">
        {t('oneToOnes.trend.title')}
      </Title>
      <Table fz="sm" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            <Table.Th ta="right">{t('oneToOnes.trend.latest')}</Table.Th>
            <Table.Th ta="right">{t('oneToOnes.trend.change')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {trend.map((x) => (
            <Table.Tr key={x.behaviour}>
              <Table.Td>{t(`oneToOnes.behaviours.${x.behaviour}`)}</Table.Td>
              <Table.Td ta="right">{x.latest ?? '—'}</Table.Td>
              <Table.Td ta="right" c={x.change === null || x.change === 0 ? undefined : x.change > 0 ? 'teal.8' : 'red.8'}>
                {x.change === null ? '—' : x.change > 0 ? `+${x.change}` : x.change}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

function History({ history }: { history: SellerOneToOnes['history'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper withBorder radius="md" p="md" data-testid="one-to-one-history">
      <Title order={2} fz="md" fw={600} mb="sm">
        {t('oneToOnes.history.title')}
      </Title>
      {history.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('oneToOnes.history.empty')}
        </Text>
      ) : (
        <Stack gap="sm">
          {history.map((h) => (
            <Box key={h.id} data-testid="one-to-one-held">
              <Text size="sm" fw={600}>
                {format.date(h.heldOn)}{' '}
                {h.leader && (
                  <Text span size="xs" c="dimmed" fw={400}>
                    {t('oneToOnes.history.by', { name: h.leader.name })}
                  </Text>
                )}
              </Text>
              {h.notes && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {h.notes}
                </Text>
              )}
              {h.actions.map((a) => (
                <Group key={a.id} gap={6}>
                  <Badge size="xs" variant="light" color={a.done ? 'teal' : 'blue'}>
                    {a.done ? t('oneToOnes.history.done') : t('oneToOnes.history.open')}
                  </Badge>
                  <Text size="xs">{a.title}</Text>
                </Group>
              ))}
            </Box>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
