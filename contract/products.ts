import { z } from 'zod';
import { Id, Locale } from './common';

/** A product knowledge card (D1): enough for a seller of another group to recognise a need. */
export const KnowledgeCard = z.object({
  whatItIs: z.string().trim().min(1).max(1000),
  benefits: z.array(z.string().trim().min(1).max(300)).min(1).max(8),
  signals: z.array(z.string().trim().min(1).max(300)).min(1).max(8),
  questions: z
    .array(z.string().trim().min(1).max(300))
    .min(3, 'Give 3–5 needs-analysis questions')
    .max(5, 'Give 3–5 needs-analysis questions'),
});
export type KnowledgeCard = z.infer<typeof KnowledgeCard>;

export const Product = z.object({
  id: Id,
  salesGroupId: Id,
  family: z.string(),
  name: z.string(),
  code: z.string(),
  description: z.string(),
  active: z.boolean(),
  /** The card in each language it has been written in. */
  card: z.partialRecord(Locale, KnowledgeCard),
});
export type Product = z.infer<typeof Product>;

export const ProductListQuery = z.object({ salesGroupId: Id.optional() });

export const PutKnowledgeCard = z.object({ locale: Locale, card: KnowledgeCard });
