import type { CreateCustomField, CustomFieldDefinition, CustomFieldFilter, CustomFieldOrder, CustomFieldPatch } from '@contract/custom-fields';
import {
  customValueProblems,
  definitionProblems,
  describeProblem,
  labelIn,
  mergeCustomValues,
  readCustomValue,
  showCustomValue,
  type CustomFieldEntity,
  type CustomFieldRule,
  type CustomValue,
  type CustomValues,
} from '@domain/custom-fields';
import type { CustomFieldMatch } from '../../db/custom-fields';
import { isUniqueViolation } from '../../db/errors';
import { writeAudit } from '../../platform/audit';
import type { Actor } from '../../platform/auth';
import { inTransaction, type AppContext } from '../../platform/context';
import type { CsvColumn } from '../../platform/csv-export';
import { AppError, errors } from '../../platform/errors';
import * as repo from './repo';

const present = (r: repo.DefinitionRow): CustomFieldDefinition => ({
  id: r.id,
  entity: r.entity,
  key: r.key,
  labels: r.labels,
  type: r.type,
  choices: r.choices,
  position: r.position,
  archived: r.archived,
});

export async function listDefinitions(ctx: AppContext, query: { entity?: CustomFieldEntity; all?: 'true' | 'false' }) {
  return { items: (await repo.listDefinitions(ctx.db, query.entity, query.all === 'true')).map(present) };
}

export async function createDefinition(ctx: AppContext, actor: Actor, input: CreateCustomField): Promise<CustomFieldDefinition> {
  return inTransaction(ctx, async (tx) => {
    const position = input.position ?? (await repo.listDefinitions(tx.db, input.entity, true)).length;
    const row = await repo.insertDefinition(tx.db, { ...input, position }).catch((e: unknown) => {
      if (isUniqueViolation(e)) throw errors.conflict('already_exists', `The ${input.entity}s already have a custom field “${input.key}”.`);
      throw e;
    });
    await writeAudit(tx.db, {
      actorId: actor.id,
      action: 'custom_field.created',
      entityType: 'custom_field',
      entityId: row.id,
      data: input,
    });
    return present(row);
  });
}

/** Change a field's labels, choices or place, or archive it (its values stay in the records, hidden and read-only). */
export async function updateDefinition(ctx: AppContext, actor: Actor, id: string, patch: CustomFieldPatch): Promise<CustomFieldDefinition> {
  return inTransaction(ctx, async (tx) => {
    const current = await repo.findDefinition(tx.db, id);
    if (!current) throw errors.notFound('The custom field');
    const problems = definitionProblems({ type: current.type, choices: patch.choices ?? current.choices });
    if (problems.length > 0)
      throw errors.invalid(
        problems.join(' '),
        problems.map((message) => ({ path: 'body.choices', message })),
      );
    const row = (await repo.updateDefinition(tx.db, id, patch, tx.clock.now()))!;
    await writeAudit(tx.db, { actorId: actor.id, action: 'custom_field.changed', entityType: 'custom_field', entityId: id, data: patch });
    return present(row);
  });
}

/**
 * Puts a kind of record's fields in the order given (the settings' up and down): the list must name each
 * of its fields once, archived ones too, so that two admins reordering at once cannot lose a field's place.
 */
export async function reorderDefinitions(ctx: AppContext, actor: Actor, input: CustomFieldOrder) {
  return inTransaction(ctx, async (tx) => {
    const current = await repo.listDefinitions(tx.db, input.entity, true);
    const known = new Set(current.map((r) => r.id));
    if (input.ids.length !== known.size || new Set(input.ids).size !== known.size || input.ids.some((id) => !known.has(id)))
      throw errors.invalid(`Give every one of the ${input.entity}s' ${known.size} custom fields once, in their new order.`, [
        { path: 'body.ids', message: 'Not the fields of this kind of record, each once.' },
      ]);
    await repo.setPositions(tx.db, input.ids, tx.clock.now());
    await writeAudit(tx.db, {
      actorId: actor.id,
      action: 'custom_field.reordered',
      entityType: 'custom_field',
      entityId: input.ids[0]!,
      data: input,
    });
    return { items: (await repo.listDefinitions(tx.db, input.entity, true)).map(present) };
  });
}

/** The rules of an entity's fields, archived ones too (their keys are known, their new values refused). */
export async function rulesOf(ctx: AppContext, entity: CustomFieldEntity): Promise<CustomFieldRule[]> {
  return repo.listDefinitions(ctx.db, entity, true);
}

/**
 * A record's custom values after a write that gives `patch` (keys to set, `null` to clear), checked with
 * the domain's rule; any problem is `400 custom_field_invalid` naming each field. Undefined: no change.
 */
export async function checkedCustomValues(
  ctx: AppContext,
  entity: CustomFieldEntity,
  patch: Record<string, CustomValue | null> | undefined,
  before: CustomValues = {},
): Promise<CustomValues | undefined> {
  if (patch === undefined) return undefined;
  const rules = await rulesOf(ctx, entity);
  const problems = customValueProblems(rules, patch);
  if (problems.length > 0) {
    const described = problems.map((p) => ({
      path: `body.customFields.${p.key}`,
      key: p.key,
      problem: p.problem,
      message: describeProblem(
        rules.find((r) => r.key === p.key),
        p,
      ),
    }));
    throw new AppError('custom_field_invalid', described.map((d) => d.message).join(' '), described);
  }
  return mergeCustomValues(before, patch);
}

/** A list's `cf=<key>:<value>` filters read as their fields' types; an unknown field or a value it cannot hold is a 400. */
export async function customFieldMatches(
  ctx: AppContext,
  entity: CustomFieldEntity,
  filter: CustomFieldFilter,
): Promise<CustomFieldMatch[]> {
  const given = (filter ?? []).filter((f) => f.value.trim() !== '');
  if (given.length === 0) return [];
  const rules = await rulesOf(ctx, entity);
  return given.map(({ key, value }) => {
    const rule = rules.find((r) => r.key === key);
    const read = rule ? readCustomValue(rule, value) : ({ problem: 'unknown_field' } as const);
    if ('problem' in read || read.value === null) {
      const p = { key, problem: 'problem' in read ? read.problem : ('unknown_field' as const) };
      throw new AppError('custom_field_invalid', `Filter cf=${key}: ${describeProblem(rule, p)}`, [
        { path: 'querystring.cf', key, problem: p.problem },
      ]);
    }
    return { key, type: rule!.type, value: read.value };
  });
}

/** The CSV columns of an entity's fields in use, after the built-in ones: headed by the English label, a choice by its label. */
export async function customCsvColumns<T extends { customFields: CustomValues }>(
  ctx: AppContext,
  entity: CustomFieldEntity,
): Promise<CsvColumn<T>[]> {
  const rules = (await rulesOf(ctx, entity)).filter((r) => !r.archived);
  return rules.map((r) => ({ header: labelIn(r.labels, 'en'), value: (row: T) => showCustomValue(r, row.customFields[r.key], 'en') }));
}
