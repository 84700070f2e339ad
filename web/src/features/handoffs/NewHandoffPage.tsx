import {
  Alert,
  Anchor,
  Box,
  Breadcrumbs,
  Button,
  Group,
  MultiSelect,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconBulb } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sells } from '@domain/people';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { WrittenHandoff } from '@contract/handoffs';
import { rejectedFields } from '../../shared/api/errors';
import { clientFieldErrors } from '../../shared/forms/fieldErrors';
import { cardFor } from '../../shared/domain/cardFor';
import { useFormat } from '../../shared/format/useFormat';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { useSalesGroups } from '../../shared/org/queries';
import { AccountSearchInput, type PickedAccount } from '../../shared/search/AccountSearchInput';
import { CertifiedSellers } from '../../shared/certifications/CertifiedSellers';
import { useSession } from '../../shared/session/session';
import { notify } from '../../shared/ui/notify';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useAccountOf, useContactsOf, useCreateHandoff, useProducts, useSellersOf } from './queries';

const urgencies = ['low', 'normal', 'high'] as const;
type Urgency = (typeof urgencies)[number];
type Field = 'accountId' | 'toSalesGroupId' | 'toUserId' | 'productIds';
const MAX_ANSWERS = 10;

/**
 * Pass a handoff (D2): to another sales group — or a named seller there — about a customer, with the
 * answers to the light needs analysis on the products' knowledge cards, in the reader's language.
 * Linked from the account page as `/cross-selling/new?accountId=…`, and from the product matrix and
 * suggestions as `/cross-selling/new?accountId=…&productId=…` (the group follows the product).
 */
export default function NewHandoffPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const presetId = params.get('accountId');
  const preset = useAccountOf(presetId);
  const [picked, setPicked] = useState<PickedAccount | null>(null);
  const account = picked ?? (preset.data ? { id: preset.data.account.id, name: preset.data.account.name } : null);
  const groups = useSalesGroups();
  const products = useProducts();
  const contacts = useContactsOf(account?.id ?? null);
  const presetProductId = params.get('productId');
  // the group is chosen, or follows the product asked for (`?productId=…`, e.g. from the product matrix)
  const [chosenGroupId, setGroupId] = useState<string | null | undefined>(params.get('groupId') ?? undefined);
  const groupId =
    chosenGroupId !== undefined ? chosenGroupId : (products.data?.find((p) => p.id === presetProductId)?.salesGroupId ?? null);
  const sellers = useSellersOf(groupId);
  const [toUserId, setToUserId] = useState<string | null>(null);
  const [productIds, setProductIds] = useState<string[]>(presetProductId ? [presetProductId] : []);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [contactId, setContactId] = useState<string | null>(params.get('contactId'));
  const [urgency, setUrgency] = useState<Urgency>('normal');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const create = useCreateHandoff();

  const otherGroups = (groups.data ?? []).filter((g) => g.id !== me.salesGroup?.id);
  const groupProducts = (products.data ?? []).filter((p) => p.salesGroupId === groupId && p.active);
  const chosen = groupProducts.filter((p) => productIds.includes(p.id));
  const many = chosen.length > 1;
  const questions = chosen.flatMap((p) => {
    const shown = cardFor(p, format.locale);
    return (shown?.card.questions ?? []).map((q, i) => ({ key: `${p.id}:${i}`, product: p, text: many ? `${p.name}: ${q}` : q, label: q }));
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = {
      accountId: account?.id,
      toSalesGroupId: groupId ?? undefined,
      toUserId,
      productIds,
      contactId,
      answers: questions
        .map((q) => ({ question: q.text.slice(0, 300), answer: (answers[q.key] ?? '').trim() }))
        .filter((a) => a.answer)
        .slice(0, MAX_ANSWERS),
      urgency,
      note: note.trim(),
    };
    // the contract's rules for a written tip: a customer, another group, at least one of its products
    const parsed = WrittenHandoff.safeParse(input);
    const required = t('crossSelling.form.required');
    setErrors(
      parsed.success
        ? {}
        : clientFieldErrors(parsed.error.issues, t, input, { accountId: required, toSalesGroupId: required, productIds: required }),
    );
    if (!parsed.success) return;
    create.mutate(parsed.data, {
      onSuccess: (handoff) => {
        notify(t('crossSelling.form.done', { group: handoff.toSalesGroup.name }));
        void navigate(`/cross-selling/handoffs/${handoff.id}`);
      },
      onError: (e) => {
        const rejected = rejectedFields(e);
        const fields: Partial<Record<Field, string>> = {};
        if (rejected.has('toSalesGroupId')) fields.toSalesGroupId = t('crossSelling.form.ownGroup');
        if (rejected.has('productIds')) fields.productIds = t('fields.unknownChoice');
        if (rejected.has('toUserId')) fields.toUserId = t('fields.unknownChoice');
        setErrors(fields);
      },
    });
  };

  const sellerOptions = (sellers.data?.items ?? []).filter(sells).map((u) => ({ value: u.id, label: u.name }));
  const contactOptions = (contacts.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.firstName} ${c.lastName}` }));
  const formError = create.error && rejectedFields(create.error).size === 0 ? errorMessage(create.error, t) : null;

  return (
    <Box data-testid="new-handoff-page" maw={760}>
      <Breadcrumbs mb="sm" fz="sm">
        <Anchor component={Link} to="/cross-selling" size="sm">
          {t('nav.crossSelling')}
        </Anchor>
        {account && (
          <Anchor component={Link} to={`/accounts/${account.id}`} size="sm">
            {account.name}
          </Anchor>
        )}
      </Breadcrumbs>
      <PageHeader title={t('crossSelling.form.title')} description={t('crossSelling.form.text')} />
      <Paper withBorder radius="md" p="lg">
        <form onSubmit={submit} noValidate>
          <Stack gap="md" data-tour="handoff-form">
            {presetId && preset.data ? (
              <TextInput label={t('crossSelling.form.account')} value={preset.data.account.name} readOnly variant="filled" />
            ) : (
              <AccountSearchInput
                label={t('crossSelling.form.account')}
                placeholder={t('crossSelling.form.accountPlaceholder')}
                value={picked}
                onChange={(a) => {
                  setPicked(a);
                  setContactId(null);
                }}
                error={errors.accountId}
                testId="handoff-account"
              />
            )}
            <Group grow align="flex-start" data-tour="handoff-group">
              <Select
                label={t('crossSelling.form.group')}
                placeholder={t('crossSelling.form.groupPlaceholder')}
                data={otherGroups.map((g) => ({ value: g.id, label: g.name }))}
                value={groupId}
                onChange={(v) => {
                  setGroupId(v);
                  setToUserId(null);
                  setProductIds([]);
                  setAnswers({});
                }}
                error={errors.toSalesGroupId}
                required
                data-testid="handoff-group"
              />
              <Select
                label={t('crossSelling.form.seller')}
                placeholder={t('crossSelling.form.anySeller')}
                data={sellerOptions}
                value={toUserId}
                onChange={setToUserId}
                error={errors.toUserId}
                disabled={!groupId}
                searchable
                clearable
                data-testid="handoff-seller"
              />
            </Group>
            {groupId && account && (
              <CertifiedSellers accountId={account.id} salesGroupId={groupId} chosenId={toUserId} onChoose={setToUserId} />
            )}
            <MultiSelect
              label={t('crossSelling.form.products')}
              placeholder={productIds.length ? undefined : t('crossSelling.form.productsPlaceholder')}
              data={groupProducts.map((p) => ({ value: p.id, label: p.name }))}
              value={productIds}
              onChange={setProductIds}
              error={errors.productIds}
              disabled={!groupId}
              maxValues={10}
              searchable
              required
              data-testid="handoff-products"
            />
            {chosen.map((p) => {
              const shown = cardFor(p, format.locale);
              if (!shown) return null;
              return (
                <Alert key={p.id} variant="light" color="yellow" icon={<IconBulb size={18} />} p="xs" data-testid="handoff-signals">
                  <Text size="sm">{t('crossSelling.form.signals', { product: p.name, signals: shown.card.signals.join('; ') })}</Text>
                  {shown.fallback && (
                    <Text size="xs" c="dimmed">
                      {t('crossSelling.form.cardFallback')}
                    </Text>
                  )}
                </Alert>
              );
            })}
            <Stack gap="xs" data-tour="handoff-analysis">
              <Title order={2} fz="md" fw={600}>
                {t('crossSelling.form.analysis')}
              </Title>
              <Text size="sm" c="dimmed">
                {questions.length ? t('crossSelling.form.analysisText') : t('crossSelling.form.noQuestions')}
              </Text>
              {chosen.map((p) => {
                const own = questions.filter((q) => q.product.id === p.id);
                if (!own.length) return null;
                return (
                  <Stack key={p.id} gap="xs">
                    {many && (
                      <Text size="sm" fw={600}>
                        {p.name}
                      </Text>
                    )}
                    {own.map((q) => (
                      <Textarea
                        key={q.key}
                        label={q.label}
                        value={answers[q.key] ?? ''}
                        onChange={(e) => {
                          const value = e.currentTarget.value;
                          setAnswers((a) => ({ ...a, [q.key]: value }));
                        }}
                        autosize
                        minRows={1}
                        maxLength={2000}
                        data-testid="handoff-answer"
                      />
                    ))}
                  </Stack>
                );
              })}
            </Stack>
            <Group grow align="flex-start">
              <Select
                label={t('crossSelling.form.contact')}
                placeholder={t('crossSelling.form.contactPlaceholder')}
                data={contactOptions}
                value={contactId}
                onChange={setContactId}
                disabled={!account}
                searchable
                clearable
                data-testid="handoff-contact"
              />
              <Stack gap={4}>
                <Text size="sm" fw={500} component="span" id="handoff-urgency-label">
                  {t('crossSelling.form.urgency')}
                </Text>
                <SegmentedControl
                  aria-labelledby="handoff-urgency-label"
                  value={urgency}
                  onChange={(v) => setUrgency(urgencies.find((u) => u === v) ?? 'normal')}
                  data={urgencies.map((u) => ({ value: u, label: t(`crossSelling.urgency.${u}`) }))}
                  data-testid="handoff-urgency"
                />
              </Stack>
            </Group>
            <Textarea
              label={t('crossSelling.form.note')}
              placeholder={t('crossSelling.form.notePlaceholder')}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              autosize
              minRows={3}
              maxLength={4000}
              data-testid="handoff-note"
            />
            {formError && (
              <Text size="sm" c="red" role="alert">
                {formError}
              </Text>
            )}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => void navigate(-1)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending} data-testid="handoff-submit" data-tour="handoff-send">
                {t('crossSelling.form.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Box>
  );
}
