/** Time as a dependency, so that rules about ages and deadlines can be tested with a controllable clock. */
export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };
