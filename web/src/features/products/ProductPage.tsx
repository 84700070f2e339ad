import { Alert, Anchor, Badge, Breadcrumbs, Button, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconArrowsExchange, IconLanguage, IconPackage, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFormat } from '../../shared/format/useFormat';
import { isLocale, uiLocales } from '../../shared/i18n/language';
import { GroupBadge } from '../../shared/ui/GroupBadge';
import { useSalesGroups } from '../../shared/org/queries';
import { useSession } from '../../shared/session/session';
import { EmptyState } from '../../shared/ui/EmptyState';
import { useUrlParams } from '../../shared/url/useUrlParams';
import { CardEditor } from './CardEditor';
import { cardFor } from './cardFor';
import { KnowledgeCardView } from './KnowledgeCardView';
import { useProducts } from './queries';
import { NotFound, QueryState } from '../../shared/ui/PageState';

/** One product's knowledge card in the reader's language; its group's leader can edit it in any language. */
export default function ProductPage() {
  const { t } = useTranslation();
  const { locale: uiLocale } = useFormat();
  const me = useSession();
  const { id } = useParams();
  const products = useProducts();
  const groups = useSalesGroups();
  const { params, update } = useUrlParams();
  const [editing, setEditing] = useState(false);
  const lang = params.get('lang');
  const wanted = isLocale(lang) ? lang : uiLocale;

  if (products.error || !products.data) return <QueryState query={products} />;
  const product = products.data.find((p) => p.id === id);
  if (!product) {
    return (
      <NotFound
        icon={<IconPackage size={32} stroke={1.5} />}
        title={t('products.notFound.title')}
        description={t('products.notFound.text')}
        back={{ to: '/products', label: t('products.notFound.back') }}
      />
    );
  }
  const group = groups.data?.find((g) => g.id === product.salesGroupId);
  const shown = cardFor(product, wanted);
  const mayEdit = product.can.editCard;

  return (
    <Stack gap="lg" maw={920} data-testid="product-page">
      <div>
        <Breadcrumbs mb="sm" separatorMargin={6}>
          <Anchor component={Link} to="/products" size="sm">
            {t('products.title')}
          </Anchor>
          <Anchor component={Link} to={`/products?group=${product.salesGroupId}`} size="sm">
            {group?.name ?? '…'}
          </Anchor>
        </Breadcrumbs>
        <Group justify="space-between" align="flex-start" gap="md">
          <Stack gap={6} style={{ flex: '1 1 18rem', minWidth: 0 }}>
            <Title order={1} fz={{ base: 24, sm: 28 }} fw={650} lh={1.2}>
              {product.name}
            </Title>
            <Group gap={6}>
              {group && <GroupBadge id={group.id} name={group.name} />}
              <Badge variant="default">{product.family}</Badge>
              <Text size="xs" c="dimmed" ff="monospace">
                {product.code}
              </Text>
            </Group>
          </Stack>
          <Group gap="sm">
            <SegmentedControl
              size="xs"
              aria-label={t('products.card.language')}
              data={uiLocales.map((l) => ({ value: l, label: l.toUpperCase() }))}
              value={wanted}
              onChange={(v) => update({ lang: v === uiLocale ? null : v })}
              data-testid="card-language"
            />
            {me.can.giveHandoffs && me.salesGroup?.id !== product.salesGroupId && (
              <Button
                component={Link}
                to={`/cross-selling/new?productId=${product.id}`}
                variant="light"
                color="grape"
                leftSection={<IconArrowsExchange size={16} />}
                data-testid="pass-tip"
              >
                {t('products.passTip')}
              </Button>
            )}
            {mayEdit && (
              <Button variant="light" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)} data-testid="edit-card">
                {t('products.editor.open')}
              </Button>
            )}
          </Group>
        </Group>
      </div>
      {shown?.fallback && (
        <Alert variant="light" color="yellow" icon={<IconLanguage size={18} />} data-testid="card-fallback">
          {t('products.card.fallback', {
            wanted: t(`products.languageNames.${wanted}`),
            shown: t(`products.languageNames.${shown.locale}`),
          })}
        </Alert>
      )}
      {shown ? (
        <KnowledgeCardView card={shown.card} />
      ) : (
        <EmptyState
          icon={<IconPackage size={32} stroke={1.5} />}
          title={t('products.card.missingTitle')}
          description={product.description}
        />
      )}
      {mayEdit && <CardEditor product={product} initialLocale={wanted} opened={editing} onClose={() => setEditing(false)} />}
    </Stack>
  );
}
