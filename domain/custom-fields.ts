/**
 * Custom fields (#14): fields an admin adds to accounts, contacts and opportunities — text, number,
 * date or a choice from a list. Their values live in the record's `custom_fields` object, keyed by the
 * field's key. Whether a record's values fit the definitions is decided here, once: the server checks
 * every write and every import row with `customValueProblems`, the web's forms through the contract.
 */
import type { Locale } from './people';

export const customFieldEntities = ['account', 'contact', 'opportunity'] as const;
export type CustomFieldEntity = (typeof customFieldEntities)[number];
export const customFieldTypes = ['text', 'number', 'date', 'choice'] as const;
export type CustomFieldType = (typeof customFieldTypes)[number];

/** A field's key: lower-case letters, digits and underscores, starting with a letter (it names the value, the filter and the column). */
export const customFieldKeyPattern = /^[a-z][a-z0-9_]{0,39}$/;
export const CUSTOM_TEXT_MAX = 1000;
export const CUSTOM_NUMBER_MAX = 1e15;

/** A label per locale; at least one is given, the others fall back to it. */
export type Labels = Partial<Record<Locale, string>>;
export interface CustomFieldChoice {
  key: string;
  labels: Labels;
}
export interface CustomFieldRule {
  key: string;
  type: CustomFieldType;
  labels: Labels;
  choices: readonly CustomFieldChoice[];
  archived: boolean;
}

export type CustomValue = string | number;
export type CustomValues = Record<string, CustomValue>;

export const customFieldProblems = [
  'unknown_field',
  'archived_field',
  'not_text',
  'too_long',
  'not_a_number',
  'not_a_date',
  'not_a_choice',
] as const;
export type CustomFieldProblemKind = (typeof customFieldProblems)[number];
export interface CustomFieldProblem {
  key: string;
  problem: CustomFieldProblemKind;
}

/** The label in the locale asked for, else English, else any given. */
export function labelIn(labels: Labels, locale: Locale): string {
  return labels[locale] || labels.en || labels.sv || labels.nb || '';
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
export function isCalendarDay(v: string): boolean {
  if (!isoDay.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** What is wrong with one value of a field (null: nothing). `null` clears a value and is always fine. */
export function valueProblem(rule: CustomFieldRule, value: unknown): CustomFieldProblemKind | null {
  if (value === null) return null;
  switch (rule.type) {
    case 'text':
      if (typeof value !== 'string') return 'not_text';
      return value.length > CUSTOM_TEXT_MAX ? 'too_long' : null;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= CUSTOM_NUMBER_MAX ? null : 'not_a_number';
    case 'date':
      return typeof value === 'string' && isCalendarDay(value) ? null : 'not_a_date';
    case 'choice':
      return typeof value === 'string' && rule.choices.some((c) => c.key === value) ? null : 'not_a_choice';
  }
}

/**
 * Every problem of the values a write gives (a patch: only the keys it sets; `null` clears): a key no
 * field of the entity has, a field that is archived (its old values stay, new ones are refused), or a
 * value of the wrong type — a number, a calendar day `YYYY-MM-DD`, one of the choice's keys.
 */
export function customValueProblems(rules: readonly CustomFieldRule[], values: Record<string, unknown>): CustomFieldProblem[] {
  const byKey = new Map(rules.map((r) => [r.key, r]));
  const problems: CustomFieldProblem[] = [];
  for (const [key, value] of Object.entries(values)) {
    const rule = byKey.get(key);
    if (!rule) problems.push({ key, problem: 'unknown_field' });
    else if (rule.archived && value !== null) problems.push({ key, problem: 'archived_field' });
    else {
      const problem = valueProblem(rule, value);
      if (problem) problems.push({ key, problem });
    }
  }
  return problems;
}

/** A record's values after a write: the given keys set, `null` or an empty text removing one. */
export function mergeCustomValues(before: CustomValues, patch: Record<string, CustomValue | null>): CustomValues {
  const next: CustomValues = { ...before };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null || value === '') delete next[key];
    else next[key] = value;
  }
  return next;
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();

/**
 * A value written as text (an import's cell, a list filter) read as the field's type: numbers with a
 * decimal comma and spaces between thousands, a calendar day, a choice by its key or any of its labels.
 * An empty text is no value (`null`).
 */
export function readCustomValue(rule: CustomFieldRule, raw: string): { value: CustomValue | null } | { problem: CustomFieldProblemKind } {
  const s = raw.trim();
  if (s === '') return { value: null };
  switch (rule.type) {
    case 'text':
      return s.length > CUSTOM_TEXT_MAX ? { problem: 'too_long' } : { value: s };
    case 'number': {
      const cleaned = s.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
      const n = /^[-+]?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : NaN;
      return valueProblem(rule, n) ? { problem: 'not_a_number' } : { value: n };
    }
    case 'date':
      return isCalendarDay(s) ? { value: s } : { problem: 'not_a_date' };
    case 'choice': {
      const f = fold(s);
      const choice = rule.choices.find((c) => fold(c.key) === f || Object.values(c.labels).some((l) => l && fold(l) === f));
      return choice ? { value: choice.key } : { problem: 'not_a_choice' };
    }
  }
}

/** A value as a person reads it (a choice by its label in their locale); numbers and days as stored. */
export function showCustomValue(rule: CustomFieldRule, value: CustomValue | undefined, locale: Locale): string {
  if (value === undefined) return '';
  if (rule.type === 'choice') {
    const choice = rule.choices.find((c) => c.key === value);
    return choice ? labelIn(choice.labels, locale) : String(value);
  }
  return String(value);
}

/** One sentence per problem, in English (the API's message; the web words them in the user's language). */
export function describeProblem(rule: CustomFieldRule | undefined, p: CustomFieldProblem): string {
  const name = rule ? `“${labelIn(rule.labels, 'en')}” (${p.key})` : `“${p.key}”`;
  switch (p.problem) {
    case 'unknown_field':
      return `There is no custom field ${name} here.`;
    case 'archived_field':
      return `The custom field ${name} is archived and takes no new values.`;
    case 'not_text':
      return `${name} takes text.`;
    case 'too_long':
      return `${name} takes at most ${CUSTOM_TEXT_MAX} characters.`;
    case 'not_a_number':
      return `${name} takes a number.`;
    case 'not_a_date':
      return `${name} takes a date (YYYY-MM-DD).`;
    case 'not_a_choice':
      return `${name} takes one of: ${(rule?.choices ?? []).map((c) => labelIn(c.labels, 'en')).join(', ')}.`;
  }
}

/** The rules of a definition's own shape: a choice field lists distinct choices, other types none. */
export function definitionProblems(def: { type: CustomFieldType; choices: readonly CustomFieldChoice[] }): string[] {
  const problems: string[] = [];
  if (def.type === 'choice' && def.choices.length === 0) problems.push('A choice field needs at least one choice.');
  if (def.type !== 'choice' && def.choices.length > 0) problems.push('Only a choice field has choices.');
  const keys = def.choices.map((c) => c.key);
  if (new Set(keys).size !== keys.length) problems.push('Two choices have the same key.');
  if (def.choices.some((c) => !labelIn(c.labels, 'en'))) problems.push('Every choice needs a label.');
  return problems;
}
