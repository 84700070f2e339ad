import { z } from 'zod';
import { tourKeys } from '@domain/guidance';
import { Id, text } from './common';

/** A person's in-app guidance (L6): the tours they have seen, the running version and the releases they have not acknowledged. */
export const Guidance = z.object({
  toursSeen: z.array(z.enum(tourKeys)),
  /** The version of Korsa that runs. */
  version: text(),
  /** The releases of domain/release-notes.ts newer than the last one the person acknowledged, newest first: the "what's new" note. */
  unseenReleases: z.array(text()),
});
export type Guidance = z.infer<typeof Guidance>;

export const TourParams = z.object({ id: Id, tour: z.enum(tourKeys) });
/** Seen (watched to the end or put away); false lets it start again on the next visit. */
export const PutTourSeen = z.object({ seen: z.boolean() });
/** The release whose "what's new" the person acknowledged: the running one. */
export const AcknowledgeRelease = z.object({ version: text().max(40) });
