import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { SeminarInput } from '@contract/rituals';
import { useFormat } from '../../shared/format/useFormat';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { useMarkets } from '../../shared/org/queries';
import { useSession } from '../../shared/session/session';
import { todayInput } from '../../shared/timeline/when';
import { GroupBadge } from '../../shared/ui/GroupBadge';
import { notify } from '../../shared/ui/notify';
import { PageHeader } from '../../shared/ui/PageHeader';
import { ritualsApi, type SeminarData, type SeminarDetailData } from './api';
import { useSellerOptions } from './useSellerOptions';
import { useRitualMutation, useSeminars } from './queries';
import { RitualFigures, RitualsNav } from './RitualsNav';
import { useLocalWhen } from './VisitCard';
import { QueryState } from '../../shared/ui/PageState';
import { DateTimeField } from '../../shared/ui/DateTimeField';

/** Joint seminars (E2): coming and past, with who is invited and came; plan a new one. */
export default function SeminarsPage() {
  const { t } = useTranslation();
  const me = useSession();
  const navigate = useNavigate();
  const upcoming = useSeminars('upcoming');
  const past = useSeminars('past');
  const [creating, setCreating] = useState(false);
  return (
    <Box data-testid="seminars-page">
      <RitualsNav active="seminars" />
      <PageHeader
        title={t('rituals.seminars.title')}
        description={t('rituals.seminars.description')}
        actions={
          me.can.planRituals && (
            <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)} data-testid="new-seminar">
              {t('rituals.seminars.new')}
            </Button>
          )
        }
      />
      <RitualFigures ritual="seminars" />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <SeminarList title={t('rituals.seminars.upcoming')} query={upcoming} testId="upcoming-seminars" />
        <SeminarList title={t('rituals.seminars.past')} query={past} testId="past-seminars" />
      </SimpleGrid>
      <NewSeminarModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(s) => void navigate(`/cross-selling/seminars/${s.id}`)}
      />
    </Box>
  );
}

function SeminarList({ title, query, testId }: { title: string; query: ReturnType<typeof useSeminars>; testId: string }) {
  const { t } = useTranslation();
  return (
    <Box>
      <Title order={2} fz="lg" mb="sm">
        {title}
      </Title>
      {query.error || !query.data ? (
        <QueryState query={query} />
      ) : query.data.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('rituals.seminars.none')}
        </Text>
      ) : (
        <Stack gap="sm" data-testid={testId}>
          {query.data.map((s) => (
            <SeminarCard key={s.id} seminar={s} />
          ))}
        </Stack>
      )}
    </Box>
  );
}

function SeminarCard({ seminar: s }: { seminar: SeminarData }) {
  const { t } = useTranslation();
  const when = useLocalWhen();
  return (
    <Paper withBorder radius="md" p="md" data-testid="seminar-card">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Anchor component={Link} to={`/cross-selling/seminars/${s.id}`} fw={600} data-testid="seminar-link">
          {s.title}
        </Anchor>
        <Badge variant="light" color="gray" tt="none">
          {when(s)}
        </Badge>
      </Group>
      {s.place && (
        <Text size="sm" c="dimmed">
          {s.place}
        </Text>
      )}
      <Group gap={6} mt={6}>
        {s.salesGroups.map((g) => (
          <GroupBadge key={g.id} id={g.id} name={g.name} />
        ))}
      </Group>
      <Text size="sm" mt={6}>
        {t('rituals.seminars.counts', { invited: s.counts.invited, registered: s.counts.registered, attended: s.counts.attended })}
      </Text>
    </Paper>
  );
}

const ALL = 'all';

/** Plan a seminar: what, when, where, the sellers of several groups taking part. */
function NewSeminarModal({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (s: SeminarDetailData) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const markets = useMarkets();
  const me = useSession();
  const { options } = useSellerOptions();
  const create = useRitualMutation(ritualsApi.createSeminar);
  const form = useSchemaForm({
    initialValues: {
      title: '',
      topic: '',
      start: `${todayInput()}T14:00`,
      durationMinutes: 120,
      place: '',
      link: '',
      capacity: '',
      marketId: me.market?.id ?? ALL,
      sellerIds: me.salesGroup ? [me.user.id] : [],
      followUpMonths: 6,
    },
    schema: SeminarInput,
    toInput: (v) => ({
      ...v,
      link: v.link || null,
      capacity: v.capacity === '' ? null : v.capacity,
      marketId: v.marketId === ALL ? null : v.marketId,
    }),
  });
  const close = () => {
    form.reset();
    create.reset();
    onClose();
  };
  const submit = form.onSubmit((input) =>
    create.mutate(input, {
      onSuccess: (s) => {
        notify(t('rituals.seminars.create.done', { title: s.title }));
        close();
        onCreated(s);
      },
      onError: (e) => form.setServerErrors(e),
    }),
  );
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('rituals.seminars.create.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate data-testid="new-seminar-modal">
        <Stack gap="md">
          <TextInput
            label={t('rituals.seminars.create.name')}
            {...form.getInputProps('title')}
            required
            data-autofocus
            data-testid="seminar-title"
          />
          <Textarea
            label={t('rituals.seminars.create.topic')}
            autosize
            minRows={2}
            {...form.getInputProps('topic')}
            data-testid="seminar-topic"
          />
          <Group grow align="flex-start">
            <DateTimeField
              label={t('rituals.seminars.create.start')}
              {...form.getInputProps('start')}
              required
              data-testid="seminar-start"
            />
            <NumberInput label={t('rituals.seminars.create.duration')} min={15} step={15} {...form.getInputProps('durationMinutes')} />
          </Group>
          <Group grow align="flex-start">
            <TextInput label={t('rituals.seminars.create.place')} {...form.getInputProps('place')} data-testid="seminar-place" />
            <TextInput label={t('rituals.seminars.create.link')} placeholder="https://" {...form.getInputProps('link')} />
          </Group>
          <Group grow align="flex-start">
            <Select
              label={t('rituals.seminars.create.market')}
              description={t('rituals.seminars.create.marketHint')}
              data={[
                { value: ALL, label: t('rituals.schemes.allMarkets') },
                ...(markets.data ?? []).map((m) => ({ value: m.id, label: format.region(m.code, m.name) })),
              ]}
              {...form.getInputProps('marketId')}
              allowDeselect={false}
            />
            <NumberInput label={t('rituals.seminars.create.capacity')} min={1} {...form.getInputProps('capacity')} />
            <NumberInput label={t('rituals.seminars.create.months')} min={1} max={24} {...form.getInputProps('followUpMonths')} />
          </Group>
          <MultiSelect
            label={t('rituals.seminars.create.sellers')}
            description={t('rituals.seminars.create.sellersHint')}
            data={options}
            {...form.getInputProps('sellerIds')}
            searchable
            required
            data-testid="seminar-sellers"
          />
          {create.error && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(create.error, t)}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="seminar-submit">
              {t('rituals.seminars.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
