import { Button, Group, Modal, Radio, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { needsChurnReason } from '@domain/retention';
import { lostReasonKeys, isLostReason, type LostReasonKey } from '../../shared/domain/stages';
import { ChurnReasonSelect } from '../../shared/retention/churnReasons';
import { useSession } from '../../shared/session/session';
import { notify } from '../../shared/ui/notify';
import { opportunitiesApi, type Opportunity } from './api';
import { useAddCompetitor, useCompetitors, useOpportunityWrite } from './queries';
import { missingFields, writeErrorMessage } from './writeErrors';

interface Props {
  opportunity: Opportunity | null;
  onClose: () => void;
}

interface Loss {
  reason: LostReasonKey;
  competitorId: string | null;
  note: string;
  churnReasonId: string | null;
}

/** Losing honestly (B3): a reason, the competitor when lost to one, and an optional note. */
export function LoseModal({ opportunity, onClose }: Props) {
  const { t } = useTranslation();
  const me = useSession();
  const competitors = useCompetitors();
  const addCompetitor = useAddCompetitor();
  const [reason, setReason] = useState<LostReasonKey | null>(null);
  const [competitorId, setCompetitorId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [adding, setAdding] = useState<string | null>(null);
  const [churnReasonId, setChurnReasonId] = useState<string | null>(null);
  const [invalid, setInvalid] = useState<'reason' | 'competitorId' | 'churnReasonId' | null>(null);
  // a lost renewal is churn: the customer let an agreement go (domain/retention.ts)
  const churn = needsChurnReason(opportunity?.channel ?? null);
  const lose = useOpportunityWrite(({ o, loss }: { o: Opportunity; loss: Loss }) =>
    opportunitiesApi.lose(o.id, {
      version: o.version,
      reason: loss.reason,
      competitorId: loss.reason === 'competitor' ? loss.competitorId : null,
      note: loss.note.trim() || undefined,
      churnReasonId: loss.churnReasonId ?? undefined,
    }),
  );

  const close = () => {
    setReason(null);
    setCompetitorId(null);
    setNote('');
    setChurnReasonId(null);
    setAdding(null);
    setInvalid(null);
    lose.reset();
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!opportunity) return;
    if (!reason) return setInvalid('reason');
    if (reason === 'competitor' && !competitorId) return setInvalid('competitorId');
    if (churn && !churnReasonId) return setInvalid('churnReasonId');
    lose.mutate(
      { o: opportunity, loss: { reason, competitorId, note, churnReasonId: churn ? churnReasonId : null } },
      {
        onSuccess: (o) => {
          notify(t('pipeline.lose.done', { name: o.name }));
          close();
        },
        onError: (e) => {
          if (missingFields(e)?.includes('competitorId')) setInvalid('competitorId');
        },
      },
    );
  };

  const saveCompetitor = () => {
    if (!adding?.trim()) return;
    addCompetitor.mutate(adding.trim(), {
      onSuccess: (c) => {
        setCompetitorId(c.id);
        setAdding(null);
        setInvalid(null);
      },
      onError: (e) => notify(writeErrorMessage(e, t), 'error'),
    });
  };

  const error = lose.error && !missingFields(lose.error) ? writeErrorMessage(lose.error, t) : null;
  return (
    <Modal
      opened={!!opportunity}
      onClose={close}
      title={t('pipeline.lose.title', { name: opportunity?.name ?? '' })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md" data-testid="lose-modal">
          <Text size="sm" c="dimmed">
            {t('pipeline.lose.text')}
          </Text>
          <Radio.Group
            label={t('pipeline.lose.reason')}
            value={reason}
            onChange={(v) => {
              setReason(isLostReason(v) ? v : null);
              setInvalid(null);
            }}
            error={invalid === 'reason' ? t('pipeline.fields.required') : undefined}
            required
          >
            <Stack gap={8} mt={6}>
              {lostReasonKeys.map((r) => (
                <Radio key={r} value={r} label={t(`pipeline.lose.reasons.${r}`)} data-testid={`lost-reason-${r}`} />
              ))}
            </Stack>
          </Radio.Group>
          {reason === 'competitor' && (
            <Stack gap={6}>
              <Select
                label={t('pipeline.lose.competitor')}
                placeholder={t('pipeline.lose.competitorPlaceholder')}
                data={(competitors.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
                value={competitorId}
                onChange={(v) => {
                  setCompetitorId(v);
                  setInvalid(null);
                }}
                error={invalid === 'competitorId' ? t('pipeline.fields.required') : undefined}
                searchable
                required
                data-testid="lost-competitor"
              />
              {me.can.manageCompetitors &&
                (adding === null ? (
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    leftSection={<IconPlus size={14} />}
                    onClick={() => setAdding('')}
                    w="fit-content"
                  >
                    {t('pipeline.lose.addCompetitor')}
                  </Button>
                ) : (
                  <Group gap="xs" align="flex-end">
                    <TextInput
                      label={t('pipeline.lose.newCompetitor')}
                      value={adding}
                      onChange={(e) => setAdding(e.currentTarget.value)}
                      maxLength={100}
                      style={{ flex: 1 }}
                    />
                    <Button variant="light" onClick={saveCompetitor} loading={addCompetitor.isPending}>
                      {t('common.save')}
                    </Button>
                  </Group>
                ))}
            </Stack>
          )}
          {churn && (
            <ChurnReasonSelect
              label={t('retention.renewalChurnReason')}
              value={churnReasonId}
              onChange={(v) => {
                setChurnReasonId(v);
                setInvalid(null);
              }}
              error={invalid === 'churnReasonId' ? t('pipeline.fields.required') : undefined}
            />
          )}
          <Textarea
            label={t('pipeline.lose.note')}
            placeholder={t('pipeline.lose.notePlaceholder')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            maxLength={2000}
            autosize
            minRows={2}
          />
          {error && (
            <Text size="sm" c="red" role="alert">
              {error}
            </Text>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={lose.isPending} data-testid="lose-submit">
              {t('pipeline.lose.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
