import type { Locale } from '@contract/common';
import type { KnowledgeCard, Product } from '@contract/products';

export interface ShownCard {
  card: KnowledgeCard;
  /** The language the card is actually written in. */
  locale: Locale;
  /** Not written in the wanted language: English (or any language there is) is shown instead. */
  fallback: boolean;
}

/** The card in the wanted language, else in English, else in whatever language it has; null if it has none. */
export function cardFor(product: Pick<Product, 'card'>, wanted: Locale): ShownCard | null {
  const order: Locale[] = [wanted, 'en', 'sv', 'nb'];
  for (const locale of order) {
    const card = product.card[locale];
    if (card) return { card, locale, fallback: locale !== wanted };
  }
  return null;
}
