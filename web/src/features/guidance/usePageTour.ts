import { useReducedMotion } from '@mantine/hooks';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { TourKey } from '@domain/guidance';
import { useGuidance, useTourSeen } from './api';
import { anchorSelector, tourOfPath, tourSteps } from './tours';

const POLL_MS = 100;
/** How long to wait for a page's first anchor, and then for the rest of its anchors to render. */
const FIRST_WAIT_MS = 10_000;
const REST_WAIT_MS = 1_500;

const present = (anchor: string) => document.querySelector(anchorSelector(anchor)) !== null;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The anchors of a tour on the page once it has rendered them (null: the page was left, or never showed them). */
async function anchorsOf(tour: TourKey, stillHere: () => boolean): Promise<string[] | null> {
  const anchors: readonly string[] = tourSteps[tour];
  for (let waited = 0; !present(anchors[0]!); waited += POLL_MS) {
    if (waited > FIRST_WAIT_MS || !stillHere()) return null;
    await sleep(POLL_MS);
  }
  for (let waited = 0; !anchors.every(present) && waited < REST_WAIT_MS; waited += POLL_MS) await sleep(POLL_MS);
  return stillHere() ? anchors.filter(present) : null;
}

/**
 * The page tours (L6, driver.js): the tour of the page at the address starts by itself the first time the
 * person opens that page — unless `held` (the "what's new" note is open) — and `start` opens it from the
 * help menu. Ending it or putting it away (Esc, ×, the overlay) marks it seen on the server. Reduced motion: no animation.
 */
export function usePageTour(held: boolean) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const tour = tourOfPath(pathname);
  const guidance = useGuidance();
  const seen = useTourSeen();
  const reduceMotion = useReducedMotion();
  /** Ends the running tour and marks it seen (null: none is running). */
  const running = useRef<(() => void) | null>(null);
  const autoStarted = useRef(new Set<TourKey>());
  const page = useRef(pathname);
  page.current = pathname;

  const start = useCallback(
    async (key: TourKey) => {
      const at = page.current;
      const anchors = await anchorsOf(key, () => page.current === at);
      if (!anchors?.length) return;
      const [{ driver }] = await Promise.all([import('driver.js'), import('driver.js/dist/driver.css')]);
      if (running.current || page.current !== at) return;
      const text = (anchor: string, part: 'title' | 'text') =>
        t(`guidance.tours.${key}.${anchor}.${part}` as 'guidance.tours.home.home-day.title');
      const d = driver({
        steps: anchors.map((anchor) => ({
          element: anchorSelector(anchor),
          popover: { title: text(anchor, 'title'), description: text(anchor, 'text') },
        })),
        animate: !reduceMotion,
        smoothScroll: !reduceMotion,
        allowClose: true,
        showProgress: true,
        progressText: t('guidance.tour.progress', { step: '{{current}}', count: '{{total}}' }),
        nextBtnText: t('guidance.tour.next'),
        prevBtnText: t('guidance.tour.previous'),
        doneBtnText: t('guidance.tour.done'),
        popoverClass: 'korsa-tour',
        onPopoverRender: (popover) => popover.wrapper.setAttribute('data-testid', 'tour-popover'),
        // Esc, ×, the overlay or "done": driver.js calls this and leaves the ending to us (its onDestroyed
        // is skipped when the tour is put away before the first step's animation has finished)
        onDestroyStarted: () => stop(),
      });
      let ended = false;
      const stop = () => {
        if (ended) return;
        ended = true;
        running.current = null;
        d.destroy();
        seen.mutate(key);
      };
      running.current = stop;
      d.drive();
    },
    [t, reduceMotion, seen],
  );

  useEffect(() => {
    const data = guidance.data;
    if (!tour || !data || held || data.toursSeen.includes(tour) || autoStarted.current.has(tour)) return;
    autoStarted.current.add(tour);
    void start(tour);
  }, [tour, guidance.data, held, start]);

  // leaving the page ends its tour
  useEffect(() => () => running.current?.(), [pathname]);

  return { tour, start: () => tour && void start(tour) };
}
