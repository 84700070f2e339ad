import type { Channel as ContractChannel } from '@contract/targets';

/**
 * The four channels of sales volume (G3), in the order the article lists them. A plain list: importing
 * the contract's enum at runtime would pull zod into the web app. `Exhaustive` keeps it equal to the contract's.
 */
export type Channel = ContractChannel;
export const channels = ['renewal', 'upsell', 'win_back', 'new'] as const satisfies readonly Channel[];
type Exhaustive<T extends never> = T;
type _Channels = Exhaustive<Exclude<Channel, (typeof channels)[number]>>;

/** A colour per channel, the same in the grid, the progress bars and the overview's charts. */
export const channelColor: Record<Channel, string> = { renewal: 'teal', upsell: 'violet', win_back: 'orange', new: 'blue' };

/** Lets a long label ("Merförsäljning/korsförsäljning") wrap after its slash in a narrow column. */
export const breakable = (label: string) => label.replace(/\//g, '/\u200b');
