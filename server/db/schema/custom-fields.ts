import { boolean, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { customFieldEntities, customFieldTypes, type CustomFieldChoice, type Labels } from '@domain/custom-fields';

/**
 * The custom fields an admin defines for accounts, contacts or opportunities (#14). A record's values
 * are in its own `custom_fields` jsonb, keyed by `key`; key, entity and type never change.
 */
export const customFieldDefinitions = pgTable(
  'custom_field_definitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entity: text('entity', { enum: customFieldEntities }).notNull(),
    key: text('key').notNull(),
    labels: jsonb('labels').$type<Labels>().notNull(),
    type: text('type', { enum: customFieldTypes }).notNull(),
    /** A choice field's choices, each with its labels per locale. */
    choices: jsonb('choices').$type<CustomFieldChoice[]>().notNull().default([]),
    position: integer('position').notNull().default(0),
    /** Archived: no longer shown or written; values already given stay in the records. */
    archived: boolean('archived').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('custom_field_definitions_key').on(t.entity, t.key)],
);
