import { Anchor, Badge, Breadcrumbs, Button, Grid, Group, Paper, SimpleGrid, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconTargetArrow } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { LeadMove as Move } from '@domain/leads';
import { isApiError } from '../../shared/api/errors';
import { useFormat } from '../../shared/format/useFormat';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { Fact } from '../../shared/ui/Fact';
import { GroupBadge } from '../../shared/ui/GroupBadge';
import { notify } from '../../shared/ui/notify';
import type { LeadMove } from './api';
import { LeadDue, LeadStatusBadge, leadStatusColors } from './LeadStatusBadge';
import { useEraseLead, useLead, useMoveLead } from './queries';
import { PersonalDataMenu } from '../../shared/privacy/PersonalDataMenu';
import { useSession } from '../../shared/session/session';
import { useFitValue } from './useFitValue';
import { QueryState } from '../../shared/ui/PageState';
import { asks, ConvertModal, MoveModal, type Asking } from './LeadModals';

/** One lead: who and where from, its score in parts, its history — and what this viewer may do next (as the server says). */
export default function LeadPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const fitValue = useFitValue();
  const { id = '' } = useParams();
  const query = useLead(id);
  const move = useMoveLead(id);
  const erase = useEraseLead(id);
  const me = useSession();
  const [asking, setAsking] = useState<Asking | null>(null);
  const [converting, setConverting] = useState(false);

  if (query.isPending || query.error) {
    return (
      <QueryState
        query={query}
        notFound={{
          icon: <IconTargetArrow size={32} stroke={1.5} />,
          title: t('leads.detail.notFound'),
          description: t('leads.detail.notFoundText'),
          back: { to: '/leads', label: t('leads.detail.back') },
        }}
      />
    );
  }

  const l = query.data;
  const send = (body: LeadMove) =>
    move.mutate(body, {
      onSuccess: (saved) => {
        setAsking(null);
        notify(t('leads.move.done', { status: t(`leads.status.${saved.status}`) }));
      },
      onError: (e) => {
        if (isApiError(e, 'lead_transition')) {
          setAsking(null);
          notify(t('leads.move.conflict'), 'error');
        } else notify(errorMessage(e, t), 'error');
      },
    });
  const choose = (status: Move) => (asks(status) ? setAsking(status) : send({ status }));

  return (
    <Stack gap="lg" data-testid="lead-page">
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
        <Breadcrumbs mb="sm" fz="sm">
          <Anchor component={Link} to="/leads" size="sm">
            {t('leads.title')}
          </Anchor>
          {l.account && (
            <Anchor component={Link} to={`/accounts/${l.account.id}`} size="sm" data-testid="lead-account-link">
              {l.account.name}
            </Anchor>
          )}
        </Breadcrumbs>
        <Group gap="sm" align="center" wrap="wrap">
          <Title order={1} fz={{ base: 22, sm: 28 }} fw={650} lh={1.2}>
            {l.name}
          </Title>
          <LeadStatusBadge status={l.status} />
          {me.can.handlePersonalData && (
            <PersonalDataMenu
              kind="leads"
              id={l.id}
              name={l.name}
              erasure={{
                text: t('privacy.eraseLeadText'),
                pending: erase.isPending,
                run: (input, done) =>
                  erase.mutate(input, {
                    onSuccess: () => {
                      done();
                      notify(t('privacy.leadErased'));
                    },
                    onError: (e) => notify(errorMessage(e, t), 'error'),
                  }),
              }}
            />
          )}
          <Badge variant={l.mql ? 'filled' : 'light'} color={l.mql ? 'teal' : 'gray'} tt="none" data-testid="lead-score">
            {t('leads.detail.score')} {l.score}
            {l.mql ? ` · ${t('leads.mql')}` : ''}
          </Badge>
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} mt="lg" spacing="md" verticalSpacing="sm">
          <Fact label={t('leads.detail.company')}>{[l.company, format.industry(l.industry)].filter(Boolean).join(' · ') || '—'}</Fact>
          <Fact label={t('leads.detail.titleLabel')}>{l.title ?? '—'}</Fact>
          <Fact label={t('leads.detail.email')}>{l.email ?? '—'}</Fact>
          <Fact label={t('leads.detail.phone')}>{l.phone ?? '—'}</Fact>
          <Fact label={t('leads.detail.source')}>
            {t(`leads.source.${l.source}`)}
            {l.campaign ? ` · ${l.campaign}` : ''}
          </Fact>
          <Fact label={t('leads.detail.market')}>{l.market?.code ?? '—'}</Fact>
          <Fact label={t('leads.detail.account')}>
            {l.account ? (
              <>
                <Anchor component={Link} to={`/accounts/${l.account.id}`} size="sm">
                  {l.account.name}
                </Anchor>
                {l.matchedBy && (
                  <Text size="xs" c="dimmed">
                    {t(`leads.matchedBy.${l.matchedBy}`)}
                  </Text>
                )}
              </>
            ) : (
              '—'
            )}
          </Fact>
          <Fact label={t('leads.detail.contact')}>
            {l.contact ? (
              <Anchor component={Link} to={`/contacts/${l.contact.id}`} size="sm">
                {l.contact.name}
              </Anchor>
            ) : (
              '—'
            )}
          </Fact>
          <Fact label={t('leads.detail.owner')}>{l.owner?.name ?? '—'}</Fact>
          <Fact label={t('leads.detail.group')}>
            {l.salesGroup ? (
              <Group gap={6}>
                <GroupBadge size="sm" id={l.salesGroup.id} name={l.salesGroup.name} />
                {l.assignedUser && <Text size="sm">{l.assignedUser.name}</Text>}
              </Group>
            ) : (
              '—'
            )}
          </Fact>
          <Fact label={t('leads.detail.due')}>
            <span data-testid="lead-due">
              <LeadDue lead={l} />
              {l.answeredInTime !== null && (
                <Badge
                  ml={4}
                  size="sm"
                  variant="light"
                  color={l.answeredInTime ? 'teal' : 'red'}
                  tt="none"
                  data-testid="lead-answered-in-time"
                  data-in-time={String(l.answeredInTime)}
                >
                  {l.answeredInTime ? t('leads.detail.answeredInTime') : t('leads.detail.answeredLate')}
                </Badge>
              )}
            </span>
          </Fact>
          {l.opportunityId && (
            <Fact label={t('leads.detail.opportunity')}>
              <Anchor component={Link} to={`/pipeline/${l.opportunityId}`} size="sm" data-testid="lead-opportunity">
                {t('leads.detail.opportunity')}
              </Anchor>
            </Fact>
          )}
        </SimpleGrid>
        {l.message && (
          <Stack gap={2} mt="md">
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t('leads.detail.message')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {l.message}
            </Text>
          </Stack>
        )}
        <Stack gap="xs" mt="lg" data-testid="lead-actions">
          <Text size="sm" fw={600}>
            {t('leads.detail.actionsTitle')}
          </Text>
          {l.allowedNext.length > 0 || l.can.convert ? (
            <Group gap="sm">
              {l.allowedNext.map((s) => (
                <Button
                  key={s}
                  variant={
                    s === 'accepted' || s === 'qualified' || s === 'handed_to_sales' ? 'filled' : s === 'working' ? 'light' : 'default'
                  }
                  color={s === 'disqualified' || s === 'rejected' ? 'red' : undefined}
                  onClick={() => choose(s)}
                  loading={move.isPending && move.variables?.status === s}
                  data-testid={`lead-move-${s}`}
                >
                  {t(`leads.actions.${s}`)}
                </Button>
              ))}
              {l.can.convert && (
                <Button color="teal" onClick={() => setConverting(true)} data-testid="lead-convert">
                  {t('leads.actions.converted')}
                </Button>
              )}
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              {l.status === 'handed_to_sales' && l.salesGroup
                ? t('leads.detail.waiting', { group: l.salesGroup.name })
                : t('leads.detail.noActions')}
            </Text>
          )}
        </Stack>
      </Paper>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} data-testid="lead-score-parts">
            <Group justify="space-between" mb="md">
              <Title order={2} fz="lg" fw={600}>
                {t('leads.detail.score')}: {l.score}
              </Title>
              <Text size="sm" c="dimmed">
                {t('leads.detail.fit')} {l.fitScore} · {t('leads.detail.behaviourScore')} {l.behaviourScore} ·{' '}
                {t('leads.detail.threshold', { threshold: l.mqlThreshold })}
              </Text>
            </Group>
            {l.scoreParts.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('leads.detail.noParts')}
              </Text>
            ) : (
              <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                {l.scoreParts.map((p, i) => (
                  <Group key={i} gap="sm" component="li" wrap="nowrap" data-testid="lead-score-part">
                    <Text size="sm" fw={700} c={p.points >= 0 ? 'teal' : 'red'} w={48} ta="right">
                      {p.points >= 0 ? `+${p.points}` : p.points}
                    </Text>
                    <Text size="sm">
                      {p.type === 'fit'
                        ? t('leads.parts.fit', {
                            field: t(`leads.fields.${p.field}`),
                            value: fitValue(p.field, p.value),
                          })
                        : p.type === 'behaviour'
                          ? t('leads.parts.behaviour', { kind: t(`leads.behaviour.${p.kind}`), count: p.count })
                          : t('leads.parts.inactive', { days: p.days })}
                    </Text>
                  </Group>
                ))}
              </Stack>
            )}
            <Title order={3} fz="md" fw={600} mt="lg" mb="xs">
              {t('leads.detail.events')}
            </Title>
            {l.events.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('leads.detail.noEvents')}
              </Text>
            ) : (
              <Stack gap={2}>
                {l.events.slice(0, 20).map((e, i) => (
                  <Text key={i} size="sm">
                    {format.when(e.at)} · {t(`leads.behaviour.${e.kind}`)}
                    {e.detail ? ` · ${e.detail}` : ''}
                  </Text>
                ))}
              </Stack>
            )}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} data-testid="lead-history">
            <Title order={2} fz="lg" fw={600} mb="md">
              {t('leads.detail.history')}
            </Title>
            <Timeline active={l.updates.length - 1} bulletSize={14} lineWidth={2}>
              {l.updates.map((u, i) => (
                <Timeline.Item key={i} color={leadStatusColors[u.status]} title={t(`leads.status.${u.status}`)} data-testid="lead-update">
                  <Text size="xs" c="dimmed" title={format.dateTime(u.at)}>
                    {format.when(u.at)}
                    {u.by ? ` · ${t('leads.detail.by', { name: u.by })}` : ''}
                  </Text>
                  {u.reason && <Text size="sm">{t(`leads.reasons.${u.reason}`, u.reason)}</Text>}
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
      <MoveModal lead={l} status={asking} pending={move.isPending} onClose={() => setAsking(null)} onSubmit={send} />
      <ConvertModal lead={l} opened={converting} onClose={() => setConverting(false)} />
    </Stack>
  );
}
