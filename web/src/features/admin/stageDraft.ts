import type { Process, Stage } from '@contract/opportunities';
import { StageInput } from '@contract/opportunities';
import { fold } from '../../shared/text/fold';
import type { StagesInput } from './api';

/** The fields a stage's gate may require, as the API accepts them (contract/opportunities.ts StageInput). */
export const gateFields = StageInput.shape.requiredFields.unwrap().element.options;
export type GateField = (typeof gateFields)[number];
export const isGateField = (v: string): v is GateField => (gateFields as readonly string[]).includes(v);

/** A stage as the editor holds it: a new stage has no id and gets its key when saved. */
export interface StageDraft {
  /** Stable React key and row identity: the stage's id, or a made-up one for a new stage. */
  uid: string;
  id?: string;
  key: string;
  name: string;
  /** What the probability input holds: a number, or text while it is being typed. */
  probability: number | string;
  optional: boolean;
  outcome: Stage['outcome'];
  requiredFields: GateField[];
}

export const isClosed = (s: Pick<StageDraft, 'outcome'>) => s.outcome !== 'open';

/** The editable list of a process's stages: open stages in order, then Won and Lost. */
export function draftOf(process: Process): StageDraft[] {
  const sorted = process.stages.slice().sort((a, b) => a.position - b.position);
  return [...sorted.filter((s) => !isClosed(s)), ...sorted.filter(isClosed)].map((s) => ({
    uid: s.id,
    id: s.id,
    key: s.key,
    name: s.name,
    probability: s.probability,
    optional: s.optional,
    outcome: s.outcome,
    requiredFields: s.requiredFields.filter(isGateField),
  }));
}

/** Moves an open stage one place up (-1) or down (+1) among the open stages; Won and Lost stay last. */
export function moveStage(stages: StageDraft[], index: number, delta: -1 | 1): StageDraft[] {
  const target = index + delta;
  const a = stages[index];
  const b = stages[target];
  if (!a || !b || isClosed(a) || isClosed(b)) return stages;
  const next = stages.slice();
  next[index] = b;
  next[target] = a;
  return next;
}

export const canMove = (stages: StageDraft[], index: number, delta: -1 | 1) => {
  const a = stages[index];
  const b = stages[index + delta];
  return !!a && !!b && !isClosed(a) && !isClosed(b);
};

/** A process keeps at least one open stage (the API wants three stages, Won and Lost among them). */
export const canRemove = (stages: StageDraft[], index: number) => {
  const s = stages[index];
  return !!s && !isClosed(s) && stages.filter((x) => !isClosed(x)).length > 1;
};

export const removeStage = (stages: StageDraft[], index: number) =>
  canRemove(stages, index) ? stages.filter((_, i) => i !== index) : stages;

let counter = 0;
/** A new open stage, added after the last open one. */
export function addStage(stages: StageDraft[], name: string): StageDraft[] {
  const stage: StageDraft = {
    uid: `new-${Date.now().toString(36)}-${counter++}`,
    key: '',
    name,
    probability: 50,
    optional: false,
    outcome: 'open',
    requiredFields: [],
  };
  const firstClosed = stages.findIndex(isClosed);
  const at = firstClosed === -1 ? stages.length : firstClosed;
  return [...stages.slice(0, at), stage, ...stages.slice(at)];
}

/**
 * A key for a new stage from its name (`Technical review` → `technical_review`): lower-case letters,
 * digits and _, starting with a letter, and not one that is or was taken (keys are how reports add up).
 */
export function keyFor(name: string, taken: ReadonlySet<string>): string {
  let base = fold(name)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 36);
  if (!/^[a-z]/.test(base)) base = `stage_${base}`.replace(/_+$/, '').slice(0, 36);
  if (base.length < 2) base = 'stage';
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}_${n}`;
  return key;
}

/** The body of `PUT /api/processes/:id/stages`: existing stages keep their id and key. */
export function toInput(stages: StageDraft[], reservedKeys: Iterable<string> = []): StagesInput {
  const taken = new Set([...reservedKeys, ...stages.filter((s) => s.key).map((s) => s.key)]);
  return {
    stages: stages.map((s) => {
      let key = s.key;
      if (!key) {
        key = keyFor(s.name, taken);
        taken.add(key);
      }
      return {
        ...(s.id ? { id: s.id } : {}),
        key,
        name: s.name.trim(),
        probability: typeof s.probability === 'number' ? s.probability : Number.NaN,
        optional: s.optional,
        outcome: s.outcome,
        requiredFields: s.requiredFields,
      };
    }),
  };
}

export type StageProblem = 'name' | 'probability';

/** What the API would refuse in each row, by the row's uid. */
export function problemsOf(stages: StageDraft[]): Map<string, Set<StageProblem>> {
  const out = new Map<string, Set<StageProblem>>();
  const flag = (uid: string, p: StageProblem) => out.set(uid, (out.get(uid) ?? new Set()).add(p));
  for (const s of stages) {
    const name = s.name.trim();
    if (name.length < 1 || name.length > 80) flag(s.uid, 'name');
    const p = s.probability;
    if (typeof p !== 'number' || !Number.isInteger(p) || p < 0 || p > 100) flag(s.uid, 'probability');
  }
  return out;
}

/** True when the draft says the same as the saved stages. */
export const sameStages = (a: StageDraft[], b: StageDraft[]) => JSON.stringify(a.map(comparable)) === JSON.stringify(b.map(comparable));
const comparable = ({ uid: _uid, ...rest }: StageDraft) => rest;
