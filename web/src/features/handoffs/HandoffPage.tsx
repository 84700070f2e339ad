import { CommentsPanel } from '../../shared/comments/CommentsPanel';
import {
  Anchor,
  Badge,
  Box,
  Breadcrumbs,
  Button,
  Grid,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Stepper,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { IconArrowsExchange, IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../shared/api/errors';
import { useFormat } from '../../shared/format/useFormat';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { Fact } from '../../shared/ui/Fact';
import { GroupBadge } from '../../shared/ui/GroupBadge';
import { notify } from '../../shared/ui/notify';
import type { Handoff, HandoffReport } from './api';
import { DueCell } from './HandoffTable';
import { handoffStatusColors, HandoffStatusBadge } from '../../shared/ui/HandoffStatusBadge';
import { useContactsOf, useHandoff, useProducts, useReportHandoff } from './queries';
import { GiverActions } from './GiverActions';
import { ReportModal } from './ReportModal';
import { isOpen, mainPath, type HandoffStatus, type ReportStatus } from '@domain/handoffs';
import { QueryState } from '../../shared/ui/PageState';

type Asking = Extract<ReportStatus, 'declined' | 'not_relevant' | 'opportunity_created'>;
const asks = (s: ReportStatus): s is Asking => s === 'declined' || s === 'not_relevant' || s === 'opportunity_created';

/** The steps this handoff has taken, and — while it is on the main road — the ones still ahead. */
function steps(handoff: Handoff): { path: HandoffStatus[]; done: number; failed: boolean } {
  const index = mainPath.indexOf(handoff.status);
  if (index >= 0) return { path: [...mainPath], done: index + 1, failed: false };
  const reached = handoff.updates.map((u) => u.status);
  const path = [...new Set<HandoffStatus>(['sent', ...reached.filter((s) => s !== handoff.status), handoff.status])];
  return { path, done: path.length, failed: true };
}

/** One handoff: who gave it to whom, the needs analysis, its progress, every report — and, for the receiver, what to report next. */
export default function HandoffPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const query = useHandoff(id);
  const report = useReportHandoff(id);
  const products = useProducts();
  const contacts = useContactsOf(query.data?.contactId ? query.data.account.id : null);
  const [asking, setAsking] = useState<Asking | null>(null);

  if (query.isPending || query.error) {
    return (
      <QueryState
        query={query}
        notFound={{
          icon: <IconArrowsExchange size={32} stroke={1.5} />,
          title: t('crossSelling.detail.notFound'),
          description: t('crossSelling.detail.notFoundText'),
          back: { to: '/cross-selling', label: t('crossSelling.detail.back') },
        }}
      />
    );
  }

  const h = query.data;
  // what this viewer may report next, as the server presented it
  const next = h.allowedNext;
  const open = isOpen(h.status);
  const productNames = h.productIds.map((pid) => products.data?.find((p) => p.id === pid)?.name).filter(Boolean);
  const contact = contacts.data?.items.find((c) => c.id === h.contactId);
  const { path, done, failed } = steps(h);

  const send = (body: HandoffReport) =>
    report.mutate(body, {
      onSuccess: (saved) => {
        setAsking(null);
        notify(t('crossSelling.report.done', { status: t(`crossSelling.status.${saved.status}`) }));
      },
      onError: (e) => {
        if (isApiError(e, 'handoff_transition')) {
          setAsking(null);
          notify(t('crossSelling.report.conflict'), 'error');
        } else notify(errorMessage(e, t), 'error');
      },
    });
  const choose = (status: ReportStatus) => (asks(status) ? setAsking(status) : send({ status }));

  return (
    <Stack gap="lg" data-testid="handoff-page">
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
        <Breadcrumbs mb="sm" fz="sm">
          <Anchor component={Link} to="/cross-selling" size="sm">
            {t('nav.crossSelling')}
          </Anchor>
          <Anchor component={Link} to={`/accounts/${h.account.id}`} size="sm" data-testid="handoff-account-link">
            {h.account.name}
          </Anchor>
        </Breadcrumbs>
        <Group gap="sm" align="center" wrap="wrap">
          <Title order={1} fz={{ base: 22, sm: 28 }} fw={650} lh={1.2}>
            {t('crossSelling.detail.title', { account: h.account.name })}
          </Title>
          <HandoffStatusBadge handoff={h} />
          {h.urgency === 'high' && (
            <Badge color="orange" variant="light" tt="none">
              {t('crossSelling.urgency.high')}
            </Badge>
          )}
          {h.can.edit && <GiverActions handoff={h} />}
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} mt="lg" spacing="md" verticalSpacing="sm">
          <Fact label={t('crossSelling.detail.from')}>{h.giver?.name ?? '—'}</Fact>
          <Fact label={t('crossSelling.detail.to')}>
            <Group gap={6}>
              <GroupBadge size="sm" id={h.toSalesGroup.id} name={h.toSalesGroup.name} />
              {h.toUser && <Text size="sm">{h.toUser.name}</Text>}
            </Group>
          </Fact>
          <Fact label={t('crossSelling.detail.products')}>{productNames.join(', ') || '—'}</Fact>
          <Fact label={t('crossSelling.detail.contact')}>{contact ? `${contact.firstName} ${contact.lastName}` : '—'}</Fact>
          <Fact label={t('crossSelling.detail.urgency')}>{t(`crossSelling.urgency.${h.urgency}`)}</Fact>
          <Fact label={t('crossSelling.detail.due')}>
            <DueCell handoff={h} />
          </Fact>
        </SimpleGrid>
      </Paper>

      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
        <Title order={2} fz="lg" fw={600} mb="md">
          {t('crossSelling.detail.stepper')}
        </Title>
        <Stepper active={done} size="sm" allowNextStepsSelect={false} data-testid="handoff-stepper">
          {path.map((s, i) => {
            const last = failed && i === path.length - 1;
            return (
              <Stepper.Step
                key={s}
                label={t(`crossSelling.status.${s}`)}
                color={last ? handoffStatusColors[s] : undefined}
                completedIcon={last ? <IconX size={16} /> : <IconCheck size={16} />}
              />
            );
          })}
        </Stepper>
        {h.opportunityId && (
          <Group gap="sm" mt="md">
            <Text size="sm" fw={500}>
              {t('crossSelling.detail.opportunity')}:
            </Text>
            <Anchor component={Link} to={`/pipeline/${h.opportunityId}`} size="sm" data-testid="handoff-opportunity">
              {t('crossSelling.detail.openOpportunity')}
            </Anchor>
            {h.outcome && <Text size="sm">{t('crossSelling.detail.outcome', { outcome: t(`crossSelling.outcome.${h.outcome}`) })}</Text>}
          </Group>
        )}
        {next.length > 0 ? (
          <Stack gap="xs" mt="lg" data-testid="handoff-actions">
            <Text size="sm" fw={600}>
              {t('crossSelling.detail.actions')}
            </Text>
            <Text size="sm" c="dimmed">
              {t('crossSelling.detail.actionsText')}
            </Text>
            <Group gap="sm">
              {next.map((s) => (
                <Button
                  key={s}
                  variant={s === 'accepted' ? 'filled' : s === 'declined' || s === 'not_relevant' ? 'default' : 'light'}
                  color={s === 'declined' || s === 'not_relevant' ? 'red' : undefined}
                  onClick={() => choose(s)}
                  loading={report.isPending && report.variables?.status === s}
                  data-testid={`report-${s}`}
                >
                  {t(`crossSelling.actions.${s}`)}
                </Button>
              ))}
            </Group>
          </Stack>
        ) : (
          <Text size="sm" c="dimmed" mt="lg">
            {open ? t('crossSelling.detail.waiting', { group: h.toSalesGroup.name }) : t('crossSelling.detail.closed')}
          </Text>
        )}
      </Paper>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} data-testid="handoff-answers">
            <Title order={2} fz="lg" fw={600} mb="md">
              {t('crossSelling.detail.answers')}
            </Title>
            {h.answers.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('crossSelling.detail.noAnswers')}
              </Text>
            ) : (
              <Stack gap="sm" component="dl" m={0}>
                {h.answers.map((a, i) => (
                  <Box key={i}>
                    <Text component="dt" size="sm" fw={600}>
                      {a.question}
                    </Text>
                    <Text component="dd" size="sm" m={0} c={a.answer ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap' }}>
                      {a.answer || t('crossSelling.detail.unanswered')}
                    </Text>
                  </Box>
                ))}
              </Stack>
            )}
            {h.note && (
              <Box mt="lg">
                <Text size="sm" fw={600}>
                  {t('crossSelling.detail.note')}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {h.note}
                </Text>
              </Box>
            )}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} data-testid="handoff-updates">
            <Title order={2} fz="lg" fw={600} mb="md">
              {t('crossSelling.detail.updates')}
            </Title>
            <Timeline active={h.updates.length - 1} bulletSize={14} lineWidth={2}>
              {h.updates.map((u, i) => (
                <Timeline.Item
                  key={i}
                  color={handoffStatusColors[u.status]}
                  title={t(`crossSelling.status.${u.status}`)}
                  data-testid="handoff-update"
                >
                  <Text size="xs" c="dimmed" title={format.dateTime(u.at)}>
                    {format.when(u.at)}
                    {u.by ? ` · ${t('crossSelling.detail.by', { name: u.by })}` : ''}
                  </Text>
                  {u.note && (
                    <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                      {u.note}
                    </Text>
                  )}
                </Timeline.Item>
              ))}
            </Timeline>
          </Paper>
        </Grid.Col>
      </Grid>
      <CommentsPanel subjectType="handoff" subjectId={h.id} />
      <ReportModal handoff={h} status={asking} pending={report.isPending} onClose={() => setAsking(null)} onSubmit={send} />
    </Stack>
  );
}
