import type { Channel as ContractChannel } from '@contract/targets';

/** The four channels (G3), in the article's order, with the colours the targets page uses too. */
export type Channel = ContractChannel;
export const channels = ['renewal', 'upsell', 'win_back', 'new'] as const satisfies readonly Channel[];
type Exhaustive<T extends never> = T;
type _Channels = Exhaustive<Exclude<Channel, (typeof channels)[number]>>;
export const channelColor: Record<Channel, string> = { renewal: 'teal', upsell: 'violet', win_back: 'orange', new: 'blue' };

/** Lets a long label ("Merförsäljning/korsförsäljning") wrap after its slash in a narrow column. */
export const breakable = (label: string) => label.replace(/\//g, '/\u200b');
