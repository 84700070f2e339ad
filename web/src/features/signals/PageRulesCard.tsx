import { ActionIcon, Alert, Badge, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pathOf, ruleForUrl, type PageRule } from '@domain/signals';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { notify } from '../../shared/ui/notify';
import { useCatalogue, usePageRules, useSavePageRules } from './queries';

/**
 * Which pages are about which products (URL pattern → a product or a product family), edited as a list and saved at once,
 * with "test an address": the same rule the server applies to every page view (domain/signals.ts
 * ruleForUrl), run on the rules as they stand in the editor.
 */
export function PageRulesCard() {
  const { t } = useTranslation();
  const saved = usePageRules();
  const products = useCatalogue();
  const save = useSavePageRules();
  const [rules, setRules] = useState<PageRule[]>([]);
  const [url, setUrl] = useState('');
  useEffect(() => {
    if (saved.data) setRules(saved.data.rules);
  }, [saved.data]);
  // a rule names a product, or a whole family (its value "family:<name>" in the one list)
  const options = useMemo(() => {
    const all = products.data ?? [];
    const families = [...new Set(all.map((p) => p.family))].sort((a, b) => a.localeCompare(b));
    return [
      {
        group: t('signals.rules.families'),
        items: families.map((f) => ({ value: `family:${f}`, label: t('signals.rules.familyOption', { family: f }) })),
      },
      { group: t('signals.rules.products'), items: all.map((p) => ({ value: p.id, label: `${p.name} (${p.family})` })) },
    ];
  }, [products.data, t]);
  const valueOf = (r: PageRule) => r.productId ?? (r.family ? `family:${r.family}` : null);
  const subjectOf = (v: string | null): Pick<PageRule, 'productId' | 'family'> =>
    v?.startsWith('family:') ? { productId: null, family: v.slice('family:'.length) } : { productId: v, family: null };
  const nameOf = (r: PageRule) =>
    r.family
      ? t('signals.rules.familyOption', { family: r.family })
      : (products.data?.find((p) => p.id === r.productId)?.name ?? r.productId);
  const complete = rules.filter((r) => r.pattern.trim() && (r.productId || r.family));
  const match = url.trim() ? ruleForUrl(url, complete) : null;
  const change = (i: number, patch: Partial<PageRule>) => setRules((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Paper withBorder radius="md" p="md" data-testid="page-rules">
      <Stack gap="md">
        <div>
          <Title order={2} fz="lg" fw={600}>
            {t('signals.rules.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('signals.rules.description')}
          </Text>
        </div>
        {rules.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('signals.rules.empty')}
          </Text>
        )}
        {rules.map((rule, i) => (
          <Group key={i} align="flex-end" gap="sm" wrap="nowrap" data-testid="page-rule">
            <TextInput
              style={{ flex: 1 }}
              label={t('signals.rules.pattern')}
              placeholder="/products/fleet"
              value={rule.pattern}
              onChange={(e) => change(i, { pattern: e.currentTarget.value })}
              data-testid="page-rule-pattern"
            />
            <Select
              style={{ flex: 1 }}
              label={t('signals.rules.product')}
              data={options}
              searchable
              value={valueOf(rule)}
              onChange={(v) => change(i, subjectOf(v))}
              data-testid="page-rule-product"
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mb={2}
              aria-label={t('signals.rules.remove', { pattern: rule.pattern || '—' })}
              onClick={() => setRules((rs) => rs.filter((_, j) => j !== i))}
            >
              <IconTrash size={18} />
            </ActionIcon>
          </Group>
        ))}
        {save.isError && <Alert color="red">{errorMessage(save.error, t)}</Alert>}
        <Group justify="space-between">
          <Button
            variant="default"
            leftSection={<IconPlus size={16} />}
            onClick={() => setRules((rs) => [...rs, { pattern: '', productId: null, family: null }])}
            data-testid="page-rule-add"
          >
            {t('signals.rules.add')}
          </Button>
          <Button
            onClick={() =>
              save.mutate(
                { rules: complete.map((r) => ({ pattern: r.pattern, productId: r.productId, family: r.family ?? null })) },
                { onSuccess: () => notify(t('signals.rules.saved')) },
              )
            }
            loading={save.isPending}
            data-testid="page-rules-save"
          >
            {t('signals.rules.save')}
          </Button>
        </Group>
        <Stack gap={6}>
          <TextInput
            label={t('signals.rules.test')}
            description={t('signals.rules.testHint')}
            placeholder="https://www.example.com/products/fleet?utm_source=mail"
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            data-testid="page-rule-test"
          />
          {url.trim() && (
            <Text size="sm" role="status" data-testid="page-rule-verdict">
              {match ? (
                <>
                  {t('signals.rules.maps', { path: pathOf(url), pattern: match.pattern })}{' '}
                  <Badge variant="light" tt="none">
                    {nameOf(match)}
                  </Badge>
                </>
              ) : (
                t('signals.rules.noMatch', { path: pathOf(url) })
              )}
            </Text>
          )}
        </Stack>
      </Stack>
    </Paper>
  );
}
