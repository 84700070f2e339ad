import type { Messages } from '../en';

/** Ord för CRM:ets fasta begrepp (svenska). */
export const vocab: Messages['vocab'] = {
  status: {
    prospect: 'Prospekt',
    customer: 'Kund',
    passive: 'Passiv',
    lost: 'Förlorad',
  },
  size: {
    micro: 'Mikro (under 10)',
    small: 'Litet (10–49)',
    medium: 'Medelstort (50–249)',
    large: 'Stort (250–999)',
    enterprise: 'Koncern (1 000+)',
  },
  buyingRole: {
    decision_maker: 'Beslutsfattare',
    economic_buyer: 'Ekonomisk köpare',
    influencer: 'Påverkare',
    champion: 'Ambassadör',
    user: 'Användare',
    gatekeeper: 'Grindvakt',
  },
};
