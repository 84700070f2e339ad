import { z } from 'zod';
import {
  CUSTOM_TEXT_MAX,
  customFieldEntities,
  customFieldKeyPattern,
  customFieldTypes,
  customValueProblems,
  definitionProblems,
  describeProblem,
  type CustomFieldRule,
} from '@domain/custom-fields';
import { Id, int4, text } from './common';

export { customFieldEntities, customFieldTypes };
export const CustomFieldEntity = z.enum(customFieldEntities);
export const CustomFieldType = z.enum(customFieldTypes);

const label = text().trim().max(100);
/** A label per locale (en, sv, nb); one is enough, the others fall back to it. */
export const Labels = z
  .object({ en: label.optional(), sv: label.optional(), nb: label.optional() })
  .refine((l) => !!(l.en || l.sv || l.nb), { message: 'Give the field a label.' });
export const FieldKey = text().regex(customFieldKeyPattern, 'lower-case letters, digits and _; starting with a letter; at most 40');

export const CustomFieldChoice = z.object({ key: FieldKey, labels: Labels });

export const CustomFieldDefinition = z.object({
  id: Id,
  entity: CustomFieldEntity,
  key: text(),
  labels: z.object({ en: text().optional(), sv: text().optional(), nb: text().optional() }),
  type: CustomFieldType,
  choices: z.array(z.object({ key: text(), labels: z.object({ en: text().optional(), sv: text().optional(), nb: text().optional() }) })),
  position: z.number().int(),
  archived: z.boolean(),
});
export type CustomFieldDefinition = z.infer<typeof CustomFieldDefinition>;
export const CustomFieldDefinitions = z.object({ items: z.array(CustomFieldDefinition) });

export const CustomFieldListQuery = z.object({
  entity: CustomFieldEntity.optional(),
  /** Archived fields too (the settings page); otherwise only those in use. */
  all: z.enum(['true', 'false']).optional(),
});

const shapeRule = (d: { type: CustomFieldDefinition['type']; choices?: z.infer<typeof CustomFieldChoice>[] }, ctx: z.RefinementCtx) => {
  for (const message of definitionProblems({ type: d.type, choices: d.choices ?? [] }))
    ctx.addIssue({ code: 'custom', path: ['choices'], message });
};

export const CreateCustomField = z
  .object({
    entity: CustomFieldEntity,
    key: FieldKey,
    labels: Labels,
    type: CustomFieldType,
    choices: z.array(CustomFieldChoice).max(100).default([]),
    position: int4().optional(),
  })
  .superRefine(shapeRule);
export type CreateCustomField = z.infer<typeof CreateCustomField>;

/** The key, type and entity stay (values are stored by them); labels, choices, order and archiving change. */
export const CustomFieldPatch = z
  .object({
    labels: Labels.optional(),
    choices: z.array(CustomFieldChoice).max(100).optional(),
    position: int4().optional(),
    archived: z.boolean().optional(),
  })
  .refine((o) => Object.keys(o).length > 0, { message: 'Send at least one field to change.' });
export type CustomFieldPatch = z.infer<typeof CustomFieldPatch>;

/** A kind of record's fields in a new order: every one of its fields (archived ones too), first to last. */
export const CustomFieldOrder = z.object({ entity: CustomFieldEntity, ids: z.array(Id).min(1).max(500) });
export type CustomFieldOrder = z.infer<typeof CustomFieldOrder>;

/** A record's custom values as the API returns them, by field key. */
export const CustomValues = z.record(text(), z.union([text(), z.number()]));
/**
 * Custom values a write gives, by field key (`null` clears one). Whether they fit the fields — known key,
 * type, choice — is the domain's `customValueProblems`, answered `400 custom_field_invalid` by the server.
 */
export const CustomValuesInput = z
  .record(text().max(40), z.union([text().max(CUSTOM_TEXT_MAX), z.number(), z.null()]))
  .refine((o) => Object.keys(o).length <= 100, { message: 'At most 100 custom fields.' });

/**
 * A record's form with its custom values checked by the same rule the server applies, over the fields it
 * presented (`customValueProblems`): each problem said on its field, also while another field is wrong.
 */
export function withCustomFields<S extends z.ZodType<{ customFields?: Record<string, unknown> }>>(
  schema: S,
  rules: readonly CustomFieldRule[],
) {
  return schema.superRefine(
    (record, ctx) => {
      const given = record.customFields;
      for (const p of customValueProblems(rules, typeof given === 'object' && given !== null ? given : {})) {
        ctx.addIssue({
          code: 'custom',
          path: ['customFields', p.key],
          message: describeProblem(
            rules.find((r) => r.key === p.key),
            p,
          ),
        });
      }
    },
    { when: () => true },
  );
}

/**
 * A list filtered by custom fields: `cf=<key>:<value>`, repeated for several (all must hold). A text
 * field matches what contains the words; a number, date or choice (by key or label) the value itself.
 */
export const CustomFieldFilter = z
  .union([text(), z.array(text()).max(20)])
  .transform((v) => (Array.isArray(v) ? v : [v]))
  .pipe(
    z.array(
      text()
        .max(300)
        .regex(/^[a-z][a-z0-9_]{0,39}:/, 'cf=<field key>:<value>')
        .transform((s) => ({ key: s.slice(0, s.indexOf(':')), value: s.slice(s.indexOf(':') + 1) })),
    ),
  )
  .optional();
export type CustomFieldFilter = z.infer<typeof CustomFieldFilter>;
