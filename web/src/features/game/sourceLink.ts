import type { PlayerCardData } from './api';

type Source = PlayerCardData['lines'][number]['source'];

/** Where the record a point or an earned line came from is shown, if it has a page. */
export function sourceLink(source: Source | null | undefined): string | null {
  switch (source?.type) {
    case 'handoff':
      return `/cross-selling/handoffs/${source.id}`;
    case 'opportunity':
      return `/pipeline/${source.id}`;
    case 'visit':
      return `/cross-selling/visits/${source.id}`;
    default:
      return null;
  }
}
