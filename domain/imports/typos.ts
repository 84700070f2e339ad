import { distance } from 'fastest-levenshtein';

const regionCodes = (() => {
  const codes: string[] = [];
  for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) codes.push(String.fromCharCode(a, b));
  return codes;
})();

/** Country names in English, Swedish and Norwegian (from the runtime's CLDR data). */
export const knownCountries: readonly string[] = (() => {
  const names = new Set<string>();
  for (const locale of ['en', 'sv', 'nb']) {
    const display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    for (const code of regionCodes) {
      try {
        const name = display.of(code);
        if (name) names.add(name);
      } catch {
        /* not a region */
      }
    }
  }
  return [...names];
})();

/**
 * A value that is not a known word but is one or two letters away from one is probably a typo:
 * "technolgy" → "technology", "Philipines" → "Philippines". Returns the likely intended value.
 */
export function likelyTypo(value: string, known: readonly string[]): string | null {
  const v = value.trim().toLowerCase();
  if (v.length < 5) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const k of known) {
    const kl = k.toLowerCase();
    if (kl === v) return null;
    const d = distance(v, kl);
    if (d < bestDistance) {
      bestDistance = d;
      best = k;
    }
  }
  return bestDistance <= (v.length >= 8 ? 2 : 1) ? best : null;
}
