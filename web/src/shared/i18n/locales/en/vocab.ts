/** Words for the CRM's fixed vocabularies (English). */
export const vocab = {
  status: {
    prospect: 'Prospect',
    customer: 'Customer',
    passive: 'Passive',
    lost: 'Lost',
  },
  size: {
    micro: 'Micro (under 10)',
    small: 'Small (10–49)',
    medium: 'Medium (50–249)',
    large: 'Large (250–999)',
    enterprise: 'Enterprise (1,000+)',
  },
  buyingRole: {
    decision_maker: 'Decision-maker',
    economic_buyer: 'Economic buyer',
    influencer: 'Influencer',
    champion: 'Champion',
    user: 'User',
    gatekeeper: 'Gatekeeper',
  },
};
