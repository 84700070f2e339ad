import { Alert, Button, Group, Modal, SegmentedControl, Stack, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@contract/common';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { languageNames, uiLocales } from '../../shared/i18n/language';
import { notify } from '../../shared/ui/notify';
import type { KnowledgeCard, Product } from './api';
import { cardErrors, type ListName } from './cardErrors';
import { ListField } from './ListField';
import { useSaveCard } from './queries';

interface Props {
  product: Product;
  initialLocale: Locale;
  opened: boolean;
  onClose: () => void;
}

const blank: KnowledgeCard = { whatItIs: '', benefits: [''], signals: [''], questions: ['', '', ''] };
const limits: Record<ListName, number> = { benefits: 8, signals: 8, questions: 5 };

/** Write the card in one language; the server checks it (3–5 questions, no empty items) and we show where. */
export function CardEditor({ product, initialLocale, opened, onClose }: Props) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  const save = useSaveCard(product.id);
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [card, setCard] = useState<KnowledgeCard>(product.card[initialLocale] ?? blank);
  const errors = cardErrors(save.error, t);

  const load = (next: Locale) => {
    setLocale(next);
    setCard(product.card[next] ?? blank);
    save.reset();
  };
  useEffect(() => {
    if (opened) load(initialLocale);
  }, [opened]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { locale, card },
      {
        onSuccess: () => {
          notify(t('products.editor.saved', { language: t(`products.languageNames.${locale}`) }));
          onClose();
        },
      },
    );
  };

  const itemErrorsOf = (name: ListName) => {
    const out: Record<number, string> = {};
    card[name].forEach((_, i) => {
      const message = errors?.items[`${name}.${i}`];
      if (message) out[i] = message;
    });
    return out;
  };

  const list = (name: ListName) => (
    <ListField
      name={name}
      label={t(`products.card.${name}`)}
      description={t(`products.editor.hint.${name}`)}
      items={card[name]}
      onChange={(items) => setCard((c) => ({ ...c, [name]: items }))}
      max={limits[name]}
      error={errors?.lists[name]}
      itemErrors={itemErrorsOf(name)}
      itemLabel={(n) => t(`products.editor.item.${name}`, { n })}
    />
  );

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('products.editor.title', { name: product.name })}
      size="xl"
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate data-testid="card-editor">
        <Stack gap="md">
          <Group justify="space-between" gap="sm">
            <SegmentedControl
              aria-label={t('products.card.language')}
              data={uiLocales.map((l) => ({ value: l, label: languageNames[l] }))}
              value={locale}
              onChange={load}
            />
            {!product.card[locale] && product.card.en && locale !== 'en' && (
              <Button variant="subtle" size="compact-sm" onClick={() => setCard(product.card.en ?? blank)}>
                {t('products.editor.startFromEnglish')}
              </Button>
            )}
          </Group>
          {save.error && !errors && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(save.error, t)}
            </Alert>
          )}
          {errors && (
            <Alert color="red" variant="light" role="alert">
              {t('errors.validation_failed')}
            </Alert>
          )}
          <Textarea
            label={t('products.card.whatItIs')}
            description={t('products.editor.hint.whatItIs')}
            value={card.whatItIs}
            onChange={(e) => setCard((c) => ({ ...c, whatItIs: e.currentTarget.value }))}
            error={errors?.whatItIs}
            autosize
            minRows={2}
            maxLength={1000}
            data-autofocus
          />
          {list('benefits')}
          {list('signals')}
          {list('questions')}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('products.editor.save', { language: t(`products.languageNames.${locale}`) })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
