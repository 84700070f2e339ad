import { Button, Group, Modal, Radio, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loseOpportunityOf } from '@contract/opportunities';
import { needsChurnReason } from '@domain/retention';
import { isApiError } from '../../shared/api/errors';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
import { lostReasonKeys, isLostReason, type LostReasonKey } from '../../shared/domain/stages';
import { ChurnReasonSelect } from '../../shared/retention/churnReasons';
import { useSession } from '../../shared/session/session';
import { notify } from '../../shared/ui/notify';
import { opportunitiesApi, type BoardCard } from './api';
import { useAddCompetitor, useCompetitors, useOpportunityWrite } from './queries';
import { missingFields, writeErrorMessage } from './writeErrors';

interface Props {
  opportunity: BoardCard | null;
  onClose: () => void;
}

/** Losing honestly (B3): a reason, the competitor when lost to one, and an optional note. */
export function LoseModal({ opportunity, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={!!opportunity}
      onClose={onClose}
      title={t('pipeline.lose.title', { name: opportunity?.name ?? '' })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {/* a fresh form per deal: what it asks depends on the deal (a renewal asks why the customer left) */}
      {opportunity && <LoseForm key={opportunity.id} opportunity={opportunity} onClose={onClose} />}
    </Modal>
  );
}

function LoseForm({ opportunity, onClose }: { opportunity: BoardCard; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useSession();
  const competitors = useCompetitors();
  const addCompetitor = useAddCompetitor();
  const [adding, setAdding] = useState<string | null>(null);
  // a lost renewal is churn: the customer let an agreement go (domain/retention.ts)
  const churn = needsChurnReason(opportunity.channel);
  const required = t('pipeline.fields.required');
  const form = useSchemaForm({
    initialValues: {
      reason: null as LostReasonKey | null,
      competitorId: null as string | null,
      note: '',
      churnReasonId: null as string | null,
    },
    // the contract's body with the rules this deal brings: the competitor when lost to one, why a renewal was lost
    schema: loseOpportunityOf(opportunity),
    toInput: ({ reason, competitorId, note, churnReasonId }) => ({
      version: opportunity.version,
      reason: reason ?? undefined,
      competitorId: reason === 'competitor' ? competitorId : null,
      note: note.trim() || undefined,
      churnReasonId: churn ? (churnReasonId ?? undefined) : undefined,
    }),
    messages: { reason: required, competitorId: required, churnReasonId: required },
  });
  const lose = useOpportunityWrite((loss: Parameters<typeof opportunitiesApi.lose>[1]) => opportunitiesApi.lose(opportunity.id, loss));

  const submit = form.onSubmit((loss) =>
    lose.mutate(loss, {
      onSuccess: (o) => {
        notify(t('pipeline.lose.done', { name: o.name }));
        onClose();
      },
      onError: (e) => {
        // the server's gate said it after all (e.g. a stage that asks for more): at the fields it named
        if (form.setServerErrors(e)) return;
        const missing = missingFields(e) ?? (isApiError(e, 'churn_reason_required') ? ['churnReasonId'] : []);
        form.setErrors(Object.fromEntries(missing.filter((f) => f in form.values).map((f) => [f, required])));
      },
    }),
  );

  const saveCompetitor = () => {
    if (!adding?.trim()) return;
    addCompetitor.mutate(adding.trim(), {
      onSuccess: (c) => {
        form.setFieldValue('competitorId', c.id);
        setAdding(null);
      },
      onError: (e) => notify(writeErrorMessage(e, t), 'error'),
    });
  };

  const fieldError =
    missingFields(lose.error) || isApiError(lose.error, 'churn_reason_required') || isApiError(lose.error, 'validation_failed');
  const error = lose.error && !fieldError ? writeErrorMessage(lose.error, t) : null;
  const reason = form.values.reason;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" data-testid="lose-modal">
        <Text size="sm" c="dimmed">
          {t('pipeline.lose.text')}
        </Text>
        <Radio.Group
          label={t('pipeline.lose.reason')}
          {...form.getInputProps('reason')}
          onChange={(v) => form.setFieldValue('reason', isLostReason(v) ? v : null)}
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
              {...form.getInputProps('competitorId')}
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
            value={form.values.churnReasonId}
            onChange={(id) => form.setFieldValue('churnReasonId', id)}
            error={form.errors.churnReasonId as string | undefined}
          />
        )}
        <Textarea
          label={t('pipeline.lose.note')}
          placeholder={t('pipeline.lose.notePlaceholder')}
          {...form.getInputProps('note')}
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
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" loading={lose.isPending} data-testid="lose-submit">
            {t('pipeline.lose.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
