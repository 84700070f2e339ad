import { Alert, Anchor, Badge, Box, Button, Group, Modal, MultiSelect, Paper, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { InterviewInput } from '@contract/rituals';
import type { IndustryCode } from '@domain/industries';
import { useFormat } from '../../shared/format/useFormat';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { AccountSearchInput, type PickedAccount } from '../../shared/search/AccountSearchInput';
import { useSession } from '../../shared/session/session';
import { todayInput } from '../../shared/timeline/when';
import { IndustrySelect } from '../../shared/ui/IndustrySelect';
import { notify } from '../../shared/ui/notify';
import { PageHeader } from '../../shared/ui/PageHeader';
import { ritualsApi, type RoundData } from './api';
import { useSellerOptions } from './useSellerOptions';
import { useRitualMutation, useRounds } from './queries';
import { RitualFigures, RitualsNav } from './RitualsNav';
import { QueryState } from '../../shared/ui/PageState';
import { DateField } from '../../shared/ui/DateField';

/** Customer interview rounds (E3): the library of rounds by topic and industry; plan a new one. */
export default function InterviewsPage() {
  const { t } = useTranslation();
  const me = useSession();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [industry, setIndustry] = useState<IndustryCode | null>(null);
  const [debounced] = useDebouncedValue({ q: q.trim() || undefined, industry: industry ?? undefined }, 250);
  const rounds = useRounds(debounced);
  const [creating, setCreating] = useState(false);
  return (
    <Box data-testid="interviews-page">
      <RitualsNav active="interviews" />
      <PageHeader
        title={t('rituals.interviews.title')}
        description={t('rituals.interviews.description')}
        actions={
          me.can.planRituals && (
            <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)} data-testid="new-interview">
              {t('rituals.interviews.new')}
            </Button>
          )
        }
      />
      <RitualFigures ritual="interviews" />
      <Group mb="md" align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label={t('rituals.interviews.search')}
          leftSection={<IconSearch size={16} />}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          data-testid="interview-search"
          style={{ flex: '1 1 16rem' }}
        />
        <IndustrySelect label={t('rituals.interviews.industry')} value={industry} onChange={setIndustry} data-testid="interview-industry" />
      </Group>
      {rounds.error || !rounds.data ? (
        <QueryState query={rounds} />
      ) : rounds.data.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('rituals.interviews.none')}
        </Text>
      ) : (
        <Stack gap="sm" data-testid="interview-list">
          {rounds.data.map((r) => (
            <RoundCard key={r.id} round={r} />
          ))}
        </Stack>
      )}
      <NewInterviewModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(r) => void navigate(`/cross-selling/interviews/${r.id}`)}
      />
    </Box>
  );
}

function RoundCard({ round: r }: { round: RoundData }) {
  const { t } = useTranslation();
  const format = useFormat();
  const tips = r.insights.reduce((n, i) => n + i.tips.length, 0);
  const deals = r.insights.reduce((n, i) => n + i.opportunities.length, 0);
  return (
    <Paper withBorder radius="md" p="md" data-testid="interview-card">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Anchor component={Link} to={`/cross-selling/interviews/${r.id}`} fw={600} data-testid="interview-link">
          {r.account.name}
        </Anchor>
        <Badge variant="light" color="gray" tt="none">
          {format.date(r.heldOn)}
        </Badge>
      </Group>
      {r.account.industry && (
        <Text size="xs" c="dimmed">
          {format.industry(r.account.industry)}
        </Text>
      )}
      <Text size="sm" mt={4}>
        {r.topics.join(' · ')}
      </Text>
      <Text size="sm" c="dimmed" mt={4}>
        {t('rituals.interviews.cardFacts', { listeners: r.listeners.length, insights: r.insights.length, tips, deals })}
      </Text>
    </Paper>
  );
}

/** Plan a round: the customer and its contact, the day, 3–4 topics, listeners of several groups. */
function NewInterviewModal({ opened, onClose, onCreated }: { opened: boolean; onClose: () => void; onCreated: (r: RoundData) => void }) {
  const { t } = useTranslation();
  const me = useSession();
  const { options } = useSellerOptions();
  const create = useRitualMutation(ritualsApi.createRound);
  const [account, setAccount] = useState<PickedAccount | null>(null);
  const contacts = useQuery({
    queryKey: ['rituals', 'contacts', account?.id],
    queryFn: ({ signal }) => ritualsApi.contactsOf(account!.id, signal),
    enabled: !!account,
  });
  const form = useSchemaForm({
    initialValues: {
      accountId: '',
      contactId: null as string | null,
      heldOn: todayInput(),
      topics: ['', '', '', ''],
      listenerIds: me.salesGroup ? [me.user.id] : [],
      sendTopics: false,
    },
    schema: InterviewInput,
    toInput: (v) => ({ ...v, topics: v.topics.map((x) => x.trim()).filter(Boolean) }),
    fieldOf: { accountId: 'accountId' },
  });
  const close = () => {
    form.reset();
    setAccount(null);
    create.reset();
    onClose();
  };
  const submit = form.onSubmit((input) =>
    create.mutate(input, {
      onSuccess: (r) => {
        notify(t('rituals.interviews.create.done', { name: r.account.name }));
        close();
        onCreated(r);
      },
      onError: (e) => form.setServerErrors(e),
    }),
  );
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('rituals.interviews.create.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate data-testid="new-interview-modal">
        <Stack gap="md">
          <AccountSearchInput
            label={t('rituals.visit.customer')}
            value={account}
            onChange={(a) => {
              setAccount(a);
              form.setValues({ accountId: a?.id ?? '', contactId: null });
            }}
            error={form.errors.accountId}
            testId="interview-account"
          />
          <Group grow align="flex-start">
            <Select
              label={t('rituals.interviews.create.contact')}
              data={(contacts.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.firstName} ${c.lastName}` }))}
              {...form.getInputProps('contactId')}
              disabled={!account}
              clearable
              data-testid="interview-contact"
            />
            <DateField
              label={t('rituals.interviews.create.heldOn')}
              {...form.getInputProps('heldOn')}
              required
              data-testid="interview-day"
            />
          </Group>
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              {t('rituals.interviews.create.topics')}
            </Text>
            {form.values.topics.map((_, i) => (
              <TextInput
                key={i}
                aria-label={t('rituals.interviews.topicN', { n: i + 1 })}
                placeholder={i === 3 ? t('rituals.interviews.create.optional') : undefined}
                {...form.getInputProps(`topics.${i}`)}
                data-testid={`interview-topic-${i}`}
              />
            ))}
            {typeof form.errors.topics === 'string' && (
              <Text size="xs" c="red">
                {form.errors.topics}
              </Text>
            )}
          </Stack>
          <MultiSelect
            label={t('rituals.interviews.create.listeners')}
            description={t('rituals.interviews.create.listenersHint')}
            data={options}
            {...form.getInputProps('listenerIds')}
            searchable
            required
            data-testid="interview-listeners"
          />
          <Switch label={t('rituals.interviews.create.sendTopics')} {...form.getInputProps('sendTopics', { type: 'checkbox' })} />
          {create.error && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(create.error, t)}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="interview-submit">
              {t('rituals.interviews.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
