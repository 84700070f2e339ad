import type { Channel } from '@domain/channels';

/** A colour per channel, the same in the grid, the progress bars, the overview's charts and a deal's badge. */
export const channelColor: Record<Channel, string> = { renewal: 'teal', upsell: 'violet', win_back: 'orange', new: 'blue' };

/** Lets a long label ("Merförsäljning/korsförsäljning") wrap after its slash in a narrow column. */
export const breakable = (label: string) => label.replace(/\//g, '/\u200b');
