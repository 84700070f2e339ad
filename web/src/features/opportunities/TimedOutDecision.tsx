import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { needsChurnReason } from '@domain/retention';
import { ChurnReasonSelect } from '../../shared/retention/churnReasons';
import { notify } from '../../shared/ui/notify';
import { opportunitiesApi, type OpportunityDetail } from './api';
import { addDays, today } from './dates';
import { useOpportunityWrite } from './queries';
import { writeErrorMessage } from './writeErrors';
import { DateField } from '../../shared/ui/DateField';

type Decision = { action: 'confirm'; churnReasonId?: string } | { action: 'extend'; expectedCloseOn: string; reason: string };

/**
 * B4: the owner confirms the "timed out" proposal with one click, or gives a new close date and why.
 * A renewal that timed out lost the agreement: confirming it asks why the customer let it go (J2).
 */
export function TimedOutDecision({ opportunity }: { opportunity: OpportunityDetail }) {
  const { t } = useTranslation();
  const [extending, setExtending] = useState(false);
  const [date, setDate] = useState(addDays(today(), 60));
  const [reason, setReason] = useState('');
  const churn = needsChurnReason(opportunity.channel);
  const [churnReasonId, setChurnReasonId] = useState<string | null>(null);
  const decide = useOpportunityWrite((d: Decision) => opportunitiesApi.timedOut(opportunity.id, { ...d, version: opportunity.version }));
  const run = (d: Decision) =>
    decide.mutate(d, { onSuccess: () => notify(t('pipeline.timedOut.done')), onError: (e) => notify(writeErrorMessage(e, t), 'error') });

  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={t('pipeline.timedOut.title')}
      data-testid="timed-out-decision"
    >
      <Stack gap="sm">
        <Text size="sm">{t('pipeline.timedOut.text')}</Text>
        {churn && !extending && (
          <ChurnReasonSelect label={t('retention.renewalChurnReason')} value={churnReasonId} onChange={setChurnReasonId} />
        )}
        {extending && (
          <Group align="flex-end" gap="sm">
            <DateField label={t('pipeline.timedOut.newDate')} value={date} onChange={(v) => setDate(v)} required />
            <TextInput
              label={t('pipeline.timedOut.reason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              maxLength={500}
              required
              style={{ flex: 1 }}
            />
          </Group>
        )}
        <Group gap="sm">
          {!extending ? (
            <>
              <Button
                color="red"
                size="xs"
                disabled={churn && !churnReasonId}
                onClick={() => run({ action: 'confirm', ...(churnReasonId ? { churnReasonId } : {}) })}
                loading={decide.isPending}
                data-testid="timed-out-confirm"
              >
                {t('pipeline.timedOut.confirm')}
              </Button>
              <Button variant="default" size="xs" onClick={() => setExtending(true)}>
                {t('pipeline.timedOut.extend')}
              </Button>
            </>
          ) : (
            <>
              <Button
                size="xs"
                disabled={!date || !reason.trim()}
                onClick={() => run({ action: 'extend', expectedCloseOn: date, reason: reason.trim() })}
                loading={decide.isPending}
              >
                {t('common.save')}
              </Button>
              <Button variant="default" size="xs" onClick={() => setExtending(false)}>
                {t('common.cancel')}
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </Alert>
  );
}
