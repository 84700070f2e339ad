import type { TFunction } from 'i18next';
import { lostReasons, type LostReason } from '@domain/pipeline/outcomes';
import { oneOf } from '@domain/people';
import { stages as defaultStages } from '../i18n/locales/en/stages';

type DefaultKey = keyof typeof defaultStages;
const isDefault = (key: string): key is DefaultKey => Object.hasOwn(defaultStages, key);

/**
 * A stage's name in the reader's language: the translation of a default stage (identified,
 * quote_sent, …) unless an admin renamed it — then the name they chose.
 */
export function stageName(stage: { key?: string | null; name: string }, t: TFunction): string {
  const key = stage.key ?? '';
  if (isDefault(key) && stage.name === defaultStages[key]) return t(`pipeline.stages.${key}`);
  return stage.name;
}

export { lostReasons as lostReasonKeys, type LostReason as LostReasonKey } from '@domain/pipeline/outcomes';
export const isLostReason = (v: unknown): v is LostReason => oneOf(lostReasons, v);
