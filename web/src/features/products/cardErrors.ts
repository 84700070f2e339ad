import type { TFunction } from 'i18next';
import { ApiError } from '../../shared/api/errors';

export type ListName = 'benefits' | 'signals' | 'questions';

export interface CardErrors {
  whatItIs?: string;
  lists: Partial<Record<ListName, string>>;
  /** `benefits.2` → the message for that item. */
  items: Record<string, string>;
}

const lists: readonly string[] = ['benefits', 'signals', 'questions'];

/** The server's validation of a card, placed on the field or list item it names (`body.card.benefits.1`). */
export function cardErrors(error: unknown, t: TFunction): CardErrors | null {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return null;
  const out: CardErrors = { lists: {}, items: {} };
  for (const issue of error.fieldIssues) {
    const [context, group, field, index] = issue.path.split('.');
    if (context !== 'body' || group !== 'card' || !field) continue;
    const tooLong = /too big|at most|<=/i.test(issue.message);
    const itemMessage = tooLong ? t('fields.tooLong') : t('fields.required');
    if (field === 'whatItIs') out.whatItIs = itemMessage;
    else if (lists.includes(field) && index !== undefined) out.items[`${field}.${index}`] = itemMessage;
    else if (field === 'questions') out.lists.questions = t('products.editor.questionsCount');
    else if (lists.includes(field)) out.lists[field as ListName] = t('products.editor.listCount');
  }
  return out;
}
