import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import { cardErrors } from './cardErrors';

const t = ((key: string) => key) as unknown as TFunction;

describe('server validation of a knowledge card, in place', () => {
  it('puts each issue on its field, list or item', () => {
    const error = new ApiError(400, 'validation_failed', 'The body has invalid fields.', [
      { path: 'body.card.benefits.1', message: 'Too small: expected string to have >=1 characters' },
      { path: 'body.card.signals.0', message: 'Too big: expected string to have <=300 characters' },
      { path: 'body.card.questions', message: 'Give 3–5 needs-analysis questions' },
      { path: 'body.card.whatItIs', message: 'Too small' },
    ]);
    expect(cardErrors(error, t)).toEqual({
      whatItIs: 'fields.required',
      lists: { questions: 'products.editor.questionsCount' },
      items: { 'benefits.1': 'fields.required', 'signals.0': 'fields.tooLong' },
    });
  });

  it('leaves other errors to the general message', () => {
    expect(cardErrors(new ApiError(403, 'forbidden', 'no'), t)).toBeNull();
  });
});
