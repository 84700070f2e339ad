import {
  Anchor,
  Badge,
  Box,
  Breadcrumbs,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { InsightInput, InsightTip } from '@contract/rituals';
import { useFormat } from '../../shared/format/useFormat';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { useSalesGroups } from '../../shared/org/queries';
import { useSession } from '../../shared/session/session';
import { Fact } from '../../shared/ui/Fact';
import { notify } from '../../shared/ui/notify';
import { ritualsApi, type RoundData } from './api';
import { OpportunityForm } from './OpportunityForm';
import { useRitualMutation, useRound } from './queries';
import { QueryState } from '../../shared/ui/PageState';
import { IconMessages } from '@tabler/icons-react';

type InsightData = RoundData['insights'][number];

/** One interview round: the topics, what was heard on each, and the tips and opportunities it became. Usable on a phone. */
export default function InterviewPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const round = useRound(id);
  if (round.error || !round.data)
    return (
      <QueryState
        query={round}
        notFound={{
          icon: <IconMessages size={32} stroke={1.5} />,
          title: t('rituals.notFound.interview'),
          description: t('rituals.notFound.text'),
          back: { to: '/cross-selling/interviews', label: t('rituals.notFound.back') },
        }}
      />
    );
  const r = round.data;
  return (
    <Box data-testid="interview-page" maw={860}>
      <Breadcrumbs mb="sm" fz="sm">
        <Anchor component={Link} to="/cross-selling/interviews" size="sm">
          {t('rituals.interviews.title')}
        </Anchor>
      </Breadcrumbs>
      <Title order={1} fz={{ base: 22, sm: 26 }} mb="md">
        {t('rituals.interviews.roundAt', { name: r.account.name })}
      </Title>
      <Stack gap="lg">
        <Paper withBorder radius="md" p="md">
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <Fact label={t('rituals.visit.customer')}>
              <Anchor component={Link} to={`/accounts/${r.account.id}`} size="sm">
                {r.account.name}
              </Anchor>
              {r.account.industry ? ` · ${format.industry(r.account.industry)}` : ''}
            </Fact>
            <Fact label={t('rituals.interviews.create.heldOn')}>{format.date(r.heldOn)}</Fact>
            {r.contact && <Fact label={t('rituals.interviews.create.contact')}>{r.contact.name}</Fact>}
            <Fact label={t('rituals.interviews.create.listeners')}>
              {r.listeners.map((l) => `${l.name}${l.salesGroupName ? ` (${l.salesGroupName})` : ''}`).join(', ')}
            </Fact>
          </SimpleGrid>
        </Paper>
        {r.topics.map((topic, i) => (
          <TopicPanel key={i} round={r} index={i} topic={topic} />
        ))}
      </Stack>
    </Box>
  );
}

function TopicPanel({ round: r, index, topic }: { round: RoundData; index: number; topic: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const insights = r.insights.filter((i) => i.topic === index);
  const add = useRitualMutation((input: { text: string; reach: 'this_customer' | 'industry' }) =>
    ritualsApi.insight(r.id, { topic: index, ...input }),
  );
  const form = useSchemaForm({
    initialValues: { topic: index, text: '', industryWide: false },
    schema: InsightInput,
    toInput: (v) => ({ topic: v.topic, text: v.text, reach: v.industryWide ? 'industry' : 'this_customer' }),
  });
  const submit = form.onSubmit((input) =>
    add.mutate(
      { text: input.text, reach: input.reach },
      {
        onSuccess: () => {
          form.reset();
          notify(t('rituals.interviews.insightSaved'));
        },
        onError: (e) => form.setServerErrors(e),
      },
    ),
  );
  return (
    <Paper withBorder radius="md" p="md" data-testid="topic-panel">
      <Stack gap="sm">
        <Title order={2} fz="md">
          {index + 1}. {topic}
        </Title>
        {insights.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('rituals.interviews.noInsights')}
          </Text>
        )}
        {insights.map((i) => (
          <InsightItem key={i.id} insight={i} round={r} />
        ))}
        {r.can.run && (
          <form onSubmit={submit} noValidate>
            <Stack gap="xs">
              <Textarea
                label={t('rituals.interviews.heard')}
                autosize
                minRows={2}
                {...form.getInputProps('text')}
                data-testid="insight-text"
              />
              <Group justify="space-between" wrap="wrap">
                <Checkbox
                  label={t('rituals.interviews.industryWide', { industry: format.industry(r.account.industry) || '—' })}
                  disabled={!r.account.industry}
                  {...form.getInputProps('industryWide', { type: 'checkbox' })}
                  data-testid="insight-industry"
                />
                <Button type="submit" size="sm" loading={add.isPending} data-testid="insight-submit">
                  {t('rituals.interviews.saveInsight')}
                </Button>
              </Group>
              {add.error && !form.errors.text && (
                <Text size="sm" c="red" role="alert">
                  {errorMessage(add.error, t)}
                </Text>
              )}
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}

function InsightItem({ insight: i, round: r }: { insight: InsightData; round: RoundData }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const [open, setOpen] = useState<'tip' | 'deal' | null>(null);
  return (
    <Paper radius="sm" p="sm" bg="var(--mantine-color-default-hover)" data-testid="insight">
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {i.text}
      </Text>
      <Group gap={6} mt={6}>
        {i.by && (
          <Text size="xs" c="dimmed">
            {i.by}
          </Text>
        )}
        {i.reach === 'industry' && (
          <Badge size="sm" variant="light" color="grape" tt="none">
            {t('rituals.interviews.forIndustry', { industry: format.industry(i.industry) })}
          </Badge>
        )}
        {i.tips.map((h) => (
          <Badge
            key={h.id}
            size="sm"
            variant="light"
            tt="none"
            component={Link}
            to={`/cross-selling/handoffs/${h.id}`}
            style={{ cursor: 'pointer' }}
            data-testid="insight-tip"
          >
            {t('rituals.visit.outcomes.tip', { group: h.toSalesGroup })}
          </Badge>
        ))}
        {i.opportunities.map((o) => (
          <Badge
            key={o.id}
            size="sm"
            variant="light"
            color="teal"
            tt="none"
            component={Link}
            to={`/pipeline/${o.id}`}
            style={{ cursor: 'pointer' }}
            data-testid="insight-opportunity"
          >
            {o.name}
          </Badge>
        ))}
      </Group>
      {r.can.run && (
        <Group gap="xs" mt="xs">
          {me.can.giveHandoffs && (
            <Button size="compact-xs" variant="subtle" onClick={() => setOpen(open === 'tip' ? null : 'tip')} data-testid="insight-to-tip">
              {t('rituals.interviews.toTip')}
            </Button>
          )}
          {me.can.writeOpportunities && (
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => setOpen(open === 'deal' ? null : 'deal')}
              data-testid="insight-to-deal"
            >
              {t('rituals.interviews.toDeal')}
            </Button>
          )}
        </Group>
      )}
      {open === 'tip' && <InsightTipForm insight={i} onDone={() => setOpen(null)} />}
      {open === 'deal' && (
        <OpportunityForm
          accountId={r.account.id}
          contactId={r.contact?.id ?? null}
          onDone={() => setOpen(null)}
          create={(input) => ritualsApi.insightOpportunity(i.id, input)}
        />
      )}
    </Paper>
  );
}

function InsightTipForm({ insight, onDone }: { insight: InsightData; onDone: () => void }) {
  const { t } = useTranslation();
  const me = useSession();
  const groups = useSalesGroups();
  const tip = useRitualMutation((input: { toSalesGroupId: string; note: string }) => ritualsApi.insightTip(insight.id, input));
  const form = useSchemaForm({ initialValues: { toSalesGroupId: '', note: insight.text }, schema: InsightTip });
  const submit = form.onSubmit((input) =>
    tip.mutate(input, {
      onSuccess: () => {
        notify(t('rituals.visit.outcomes.sent'));
        onDone();
      },
      onError: (e) => form.setServerErrors(e),
    }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs" mt="xs">
        <Select
          label={t('rituals.visit.outcomes.group')}
          data={(groups.data ?? []).filter((g) => g.id !== me.salesGroup?.id).map((g) => ({ value: g.id, label: g.name }))}
          {...form.getInputProps('toSalesGroupId')}
          data-testid="insight-tip-group"
        />
        <Textarea label={t('rituals.visit.outcomes.note')} autosize minRows={2} {...form.getInputProps('note')} />
        {tip.error && (
          <Text size="sm" c="red" role="alert">
            {errorMessage(tip.error, t)}
          </Text>
        )}
        <Group justify="flex-end">
          <Button type="submit" size="xs" loading={tip.isPending} data-testid="insight-tip-submit">
            {t('rituals.visit.outcomes.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
