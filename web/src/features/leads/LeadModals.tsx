import { Button, Checkbox, Group, Modal, NumberInput, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { disqualifyReasons, rejectReasons, type LeadMove as Move } from '@domain/leads';
import { LeadMoveForm } from '@contract/leads';
import { clientFieldErrors } from '../../shared/forms/fieldErrors';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { useSalesGroups } from '../../shared/org/queries';
import { notify } from '../../shared/ui/notify';
import type { LeadDetail, LeadMove } from './api';
import { useConvertLead, useSellersOf } from './queries';
import { DateField } from '../../shared/ui/DateField';

/** The moves that ask for something first: a reason, or the group to hand to. */
export type Asking = Extract<Move, 'disqualified' | 'rejected' | 'handed_to_sales'>;
export const asks = (s: Move): s is Asking => s === 'disqualified' || s === 'rejected' || s === 'handed_to_sales';

/** Disqualifying and rejecting ask why; handing to sales asks which group (and maybe which seller). */
export function MoveModal({
  lead,
  status,
  pending,
  onClose,
  onSubmit,
}: {
  lead: LeadDetail;
  status: Asking | null;
  pending: boolean;
  onClose: () => void;
  onSubmit: (body: LeadMove) => void;
}) {
  const { t } = useTranslation();
  const groups = useSalesGroups();
  const [reason, setReason] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [groupId, setGroupId] = useState<string | null>(lead.salesGroup?.id ?? null);
  const [sellerId, setSellerId] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const sellers = useSellersOf(status === 'handed_to_sales' ? groupId : null);
  const handing = status === 'handed_to_sales';
  const reasons = status === 'rejected' ? rejectReasons : disqualifyReasons;
  const close = () => {
    setReason(null);
    setNote('');
    setSellerId(null);
    setErrors({});
    onClose();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!status) return;
    const move: LeadMove = handing
      ? { status, salesGroupId: groupId ?? undefined, assignedUserId: sellerId }
      : { status, reason: reason ?? undefined, note: note.trim() || undefined };
    // what this move asks for (a reason, words for "other", the group), by the same rule as the server
    const parsed = LeadMoveForm.safeParse(move);
    if (!parsed.success) return setErrors(clientFieldErrors(parsed.error.issues, t, move));
    setErrors({});
    onSubmit(move);
  };
  return (
    <Modal
      opened={status !== null}
      onClose={close}
      title={status === 'handed_to_sales' ? t('leads.move.handTitle') : status ? t(`leads.move.${status}Title`) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate data-testid="lead-move-modal">
        <Stack gap="md">
          {handing ? (
            <>
              <Text size="sm" c="dimmed">
                {t('leads.move.handText')}
              </Text>
              <Select
                label={t('leads.move.group')}
                data={(groups.data ?? []).map((g) => ({ value: g.id, label: g.name }))}
                value={groupId}
                onChange={(v) => {
                  setGroupId(v);
                  setSellerId(null);
                  setErrors({});
                }}
                error={errors.salesGroupId}
                required
                data-testid="lead-hand-group"
              />
              <Select
                label={t('leads.move.seller')}
                placeholder={t('leads.move.anySeller')}
                data={(sellers.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
                value={sellerId}
                onChange={setSellerId}
                clearable
                searchable
                disabled={!groupId}
                data-testid="lead-hand-seller"
              />
            </>
          ) : (
            <>
              {status === 'rejected' && (
                <Text size="sm" c="dimmed">
                  {t('leads.move.rejectedText')}
                </Text>
              )}
              <Select
                label={t('leads.move.reason')}
                data={reasons.map((r) => ({ value: r, label: t(`leads.reasons.${r}`) }))}
                value={reason}
                onChange={(v) => {
                  setReason(v);
                  setErrors({});
                }}
                error={errors.reason}
                required
                data-testid="lead-reason"
              />
              <Textarea
                label={t('leads.move.note')}
                description={t('leads.move.noteHint')}
                value={note}
                onChange={(e) => {
                  setNote(e.currentTarget.value);
                  setErrors(({ note: _, ...rest }) => rest);
                }}
                error={errors.note}
                required={reason === 'other'}
                autosize
                minRows={2}
                maxLength={2000}
                data-testid="lead-reason-note"
              />
            </>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={pending} data-testid="lead-move-submit">
              {t('leads.move.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Convert: into the matched (or a new) account and contact, and — if asked — an opportunity at the first stage. */
export function ConvertModal({ lead, opened, onClose }: { lead: LeadDetail; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const convert = useConvertLead(lead.id);
  const [withOpportunity, setWithOpportunity] = useState(true);
  const [name, setName] = useState(`${lead.company ?? lead.name}`);
  const [value, setValue] = useState<number | string>('');
  const [closeOn, setCloseOn] = useState('');
  const [result, setResult] = useState<{ accountId: string; opportunityId: string | null } | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const opportunity =
      withOpportunity && typeof value === 'number' && closeOn
        ? { name: name.trim(), estimatedValue: value, expectedCloseOn: closeOn }
        : undefined;
    convert.mutate(
      { opportunity },
      {
        onSuccess: (r) => {
          setResult(r);
          notify(t('leads.convert.done'));
        },
      },
    );
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('leads.convert.title')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      {result ? (
        <Stack gap="md" data-testid="lead-converted">
          <Text size="sm">{t('leads.convert.done')}</Text>
          <Group gap="sm">
            <Button component={Link} to={`/accounts/${result.accountId}`} data-testid="lead-converted-account">
              {t('leads.convert.openAccount')}
            </Button>
            {result.opportunityId && (
              <Button component={Link} to={`/pipeline/${result.opportunityId}`} variant="light" data-testid="lead-converted-opportunity">
                {t('leads.detail.opportunity')}
              </Button>
            )}
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate data-testid="lead-convert-form">
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {t('leads.convert.text')}
            </Text>
            {convert.error && (
              <Text size="sm" c="red" role="alert">
                {errorMessage(convert.error, t)}
              </Text>
            )}
            <Checkbox
              label={t('leads.convert.openOpportunity')}
              checked={withOpportunity}
              onChange={(e) => setWithOpportunity(e.currentTarget.checked)}
              data-testid="lead-convert-with-opportunity"
            />
            {withOpportunity && (
              <>
                <TextInput
                  label={t('leads.convert.opportunityName')}
                  value={name}
                  onChange={(e) => setName(e.currentTarget.value)}
                  required
                />
                <NumberInput
                  label={t('leads.convert.value')}
                  value={value}
                  onChange={setValue}
                  min={1}
                  required
                  data-testid="lead-convert-value"
                />
                <DateField
                  label={t('leads.convert.closeDate')}
                  value={closeOn}
                  onChange={(v) => setCloseOn(v)}
                  required
                  data-testid="lead-convert-close"
                />
              </>
            )}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button
                type="submit"
                color="teal"
                loading={convert.isPending}
                disabled={withOpportunity && (!name.trim() || typeof value !== 'number' || !closeOn)}
                data-testid="lead-convert-submit"
              >
                {t('leads.convert.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
