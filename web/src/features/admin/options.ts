import type { TFunction } from 'i18next';
import { locales, roles } from '@contract/common';
import type { Locale, Role } from '@contract/common';
import type { Market, SalesGroup } from '@contract/org';

/** The option for "no group" / "no market" (a Select option needs a non-empty value). */
export const NONE = 'none';
export const idOrNull = (value: string | null) => (!value || value === NONE ? null : value);

export const roleOptions = (t: TFunction) => roles.map((role) => ({ value: role, label: t(`roles.${role}`) }));

export const groupOptions = (groups: SalesGroup[] | undefined, t: TFunction) => [
  { value: NONE, label: t('common.noSalesGroup') },
  ...(groups ?? []).map((g) => ({ value: g.id, label: g.name })),
];

export const marketOptions = (markets: Market[] | undefined, t: TFunction, region: (code: string, fallback?: string) => string) => [
  { value: NONE, label: t('common.noMarket') },
  ...(markets ?? []).map((m) => ({ value: m.id, label: region(m.code, m.name) })),
];

export const localeOptions = (names: Record<Locale, string>) => locales.map((l) => ({ value: l, label: names[l] }));

export const isRole = (value: string | null): value is Role => value !== null && (roles as readonly string[]).includes(value);
