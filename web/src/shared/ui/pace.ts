import type { Pace } from '@domain/targets';

/** The colour of a pace the server presented (domain/targets.ts paceOf): the web only paints it. */
export const paceColor: Record<Pace, string> = { reached: 'teal', onPace: 'teal', behind: 'orange', farBehind: 'red' };
