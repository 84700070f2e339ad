import { z } from 'zod';
import { Id, Locale, text } from './common';

/** A product knowledge card (D1): enough for a seller of another group to recognise a need. */
export const KnowledgeCard = z.object({
  whatItIs: text().trim().min(1).max(1000),
  benefits: z.array(text().trim().min(1).max(300)).min(1).max(8),
  signals: z.array(text().trim().min(1).max(300)).min(1).max(8),
  questions: z
    .array(text().trim().min(1).max(300))
    .min(3, 'Give 3–5 needs-analysis questions')
    .max(5, 'Give 3–5 needs-analysis questions'),
});
export type KnowledgeCard = z.infer<typeof KnowledgeCard>;

export const Product = z.object({
  id: Id,
  salesGroupId: Id,
  family: text(),
  name: text(),
  code: text(),
  description: text(),
  active: z.boolean(),
  /** The card in each language it has been written in. */
  card: z.partialRecord(Locale, KnowledgeCard),
  /** What the viewer may do (domain/access.ts): write its card as the leader of the group that sells it, or an admin. */
  can: z.object({ editCard: z.boolean() }),
});
export type Product = z.infer<typeof Product>;

export const ProductListQuery = z.object({ salesGroupId: Id.optional() });

export const PutKnowledgeCard = z.object({ locale: Locale, card: KnowledgeCard });
