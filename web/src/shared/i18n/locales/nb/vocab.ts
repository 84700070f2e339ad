import type { Messages } from '../en';

/** Ord for CRM-ets faste begreper (norsk bokmål). */
export const vocab: Messages['vocab'] = {
  status: {
    prospect: 'Prospekt',
    customer: 'Kunde',
    passive: 'Passiv',
    lost: 'Tapt',
  },
  size: {
    micro: 'Mikro (under 10)',
    small: 'Lite (10–49)',
    medium: 'Mellomstort (50–249)',
    large: 'Stort (250–999)',
    enterprise: 'Konsern (1 000+)',
  },
  buyingRole: {
    decision_maker: 'Beslutningstaker',
    economic_buyer: 'Økonomisk kjøper',
    influencer: 'Påvirker',
    champion: 'Ambassadør',
    user: 'Bruker',
    gatekeeper: 'Portvokter',
  },
};
