import { and, asc, eq } from 'drizzle-orm';
import type { CustomFieldEntity } from '@domain/custom-fields';
import type { Db } from '../../db/client';
import { customFieldDefinitions } from '../../db/schema';

export type DefinitionRow = typeof customFieldDefinitions.$inferSelect;

/** The fields in their order (of one entity, or all), archived ones only when asked. */
export function listDefinitions(db: Db, entity: CustomFieldEntity | undefined, withArchived: boolean) {
  return db
    .select()
    .from(customFieldDefinitions)
    .where(
      and(
        entity ? eq(customFieldDefinitions.entity, entity) : undefined,
        withArchived ? undefined : eq(customFieldDefinitions.archived, false),
      ),
    )
    .orderBy(asc(customFieldDefinitions.entity), asc(customFieldDefinitions.position), asc(customFieldDefinitions.createdAt));
}

export async function findDefinition(db: Db, id: string) {
  const [row] = await db.select().from(customFieldDefinitions).where(eq(customFieldDefinitions.id, id));
  return row;
}

export async function insertDefinition(db: Db, values: typeof customFieldDefinitions.$inferInsert) {
  const [row] = await db.insert(customFieldDefinitions).values(values).returning();
  return row!;
}

export async function updateDefinition(db: Db, id: string, values: Partial<typeof customFieldDefinitions.$inferInsert>, at: Date) {
  const [row] = await db
    .update(customFieldDefinitions)
    .set({ ...values, updatedAt: at })
    .where(eq(customFieldDefinitions.id, id))
    .returning();
  return row;
}

/** Each field's place, as its index in `ids`. */
export async function setPositions(db: Db, ids: readonly string[], at: Date) {
  for (const [position, id] of ids.entries()) {
    await db.update(customFieldDefinitions).set({ position, updatedAt: at }).where(eq(customFieldDefinitions.id, id));
  }
}
