import { Anchor, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ReportHandoff } from '@contract/handoffs';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
import type { Handoff, HandoffReport } from './api';
import { useOpportunitiesOf } from './queries';
import { needsReason, type ReportStatus } from '@domain/handoffs';

interface Props {
  handoff: Handoff;
  /** The status being reported, or null when closed. */
  status: Extract<ReportStatus, 'declined' | 'not_relevant' | 'opportunity_created'> | null;
  pending: boolean;
  onClose: () => void;
  onSubmit: (report: HandoffReport) => void;
}

/** A new opportunity at the handoff's customer, with the handoff's product as its line when there is one; it is linked to the tip when created. */
const newOpportunityLink = (handoff: Handoff) =>
  handoff.productIds.length === 1
    ? `/pipeline/new?accountId=${handoff.account.id}&productId=${handoff.productIds[0]}&handoffId=${handoff.id}`
    : `/pipeline/new?accountId=${handoff.account.id}&handoffId=${handoff.id}`;

/** Declining or "not relevant" asks why; "opportunity created" asks which opportunity at the customer. */
export function ReportModal({ handoff, status, pending, onClose, onSubmit }: Props) {
  const { t } = useTranslation();
  const required = t('crossSelling.form.required');
  const form = useSchemaForm({
    initialValues: { note: '', opportunityId: null as string | null },
    // the contract says what each status needs: a reason, or the opportunity
    schema: ReportHandoff,
    toInput: ({ note, opportunityId }) => ({ status, note: note || undefined, opportunityId: opportunityId ?? undefined }),
    messages: { note: required, opportunityId: required },
  });
  const linking = status === 'opportunity_created';
  const opportunities = useOpportunitiesOf(linking ? handoff.account.id : null);
  // only the receiving group's open deals at the customer can be what the tip became
  const options = (opportunities.data?.items ?? [])
    .filter((o) => o.salesGroupId === handoff.toSalesGroup.id && o.closedAt === null)
    .map((o) => ({ value: o.id, label: o.name }));

  const close = () => {
    form.reset();
    onClose();
  };
  const submit = form.onSubmit((report) => onSubmit({ ...report, note: report.note || undefined }));

  return (
    <Modal
      opened={status !== null}
      onClose={close}
      title={status ? t(`crossSelling.report.${status}Title`) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate data-testid="report-modal">
        <Stack gap="md">
          {linking && (
            <>
              <Select
                label={t('crossSelling.report.opportunity')}
                placeholder={t('crossSelling.report.opportunityPlaceholder')}
                data={options}
                {...form.getInputProps('opportunityId')}
                searchable
                required
                data-testid="report-opportunity"
              />
              {opportunities.data && options.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t('crossSelling.report.noOpportunities')}
                </Text>
              )}
              <Anchor component={Link} to={newOpportunityLink(handoff)} size="sm" data-testid="report-new-opportunity">
                {t('crossSelling.report.newOpportunity')}
              </Anchor>
            </>
          )}
          <Textarea
            label={status && needsReason(status) ? t('crossSelling.report.reason') : t('crossSelling.report.note')}
            description={status && needsReason(status) ? t('crossSelling.report.reasonHint') : undefined}
            {...form.getInputProps('note')}
            required={!!status && needsReason(status)}
            autosize
            minRows={3}
            maxLength={2000}
            data-autofocus
            data-testid="report-note"
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={pending}
              color={status === 'opportunity_created' ? undefined : 'red'}
              data-testid="report-submit"
            >
              {t('crossSelling.report.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
