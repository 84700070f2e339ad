import { matchPath } from 'react-router';
import type { TourKey } from '@domain/guidance';

/**
 * The steps of each page's tour, in order: each names the `data-tour` attribute it points at (never a CSS
 * class) and has its title and text under `guidance.tours.<tour>.<anchor>`. A step whose element is not on
 * the page (a button the person may not use, a section still empty) is left out.
 */
export const tourSteps = {
  home: ['home-day', 'home-sections', 'capture', 'notifications', 'help'],
  account: ['account-header', 'account-products', 'account-deals', 'account-timeline', 'account-side'],
  matrix: ['matrix-filters', 'matrix-legend', 'matrix-grid'],
  pipeline: ['pipeline-filters', 'pipeline-board', 'pipeline-new'],
  handoff: ['handoff-form', 'handoff-group', 'handoff-analysis', 'handoff-send'],
} as const satisfies Record<TourKey, readonly string[]>;

const pages: [string, TourKey][] = [
  ['/', 'home'],
  ['/accounts/:id', 'account'],
  ['/cross-selling/matrix', 'matrix'],
  ['/pipeline', 'pipeline'],
  ['/cross-selling/new', 'handoff'],
];

/** The tour of the page at this address, if it has one. */
export function tourOfPath(pathname: string): TourKey | null {
  return pages.find(([pattern]) => matchPath({ path: pattern, end: true }, pathname))?.[1] ?? null;
}

export const anchorSelector = (anchor: string) => `[data-tour="${anchor}"]`;
