/** The demo organisation's fixed shape: its sales groups, markets and product catalogue. */
export const demoOrganisationName = 'Nordlys Group';
export const demoDomain = 'nordlys.example';
export const demoPassword = 'nordlys-demo';

export const demoMarkets = [
  { code: 'SE', name: 'Sweden', currency: 'SEK', locale: 'sv-SE', uiLocale: 'sv' },
  { code: 'NO', name: 'Norway', currency: 'NOK', locale: 'nb-NO', uiLocale: 'nb' },
  { code: 'DK', name: 'Denmark', currency: 'DKK', locale: 'da-DK', uiLocale: 'en' },
  { code: 'FI', name: 'Finland', currency: 'EUR', locale: 'fi-FI', uiLocale: 'en' },
] as const;

export type DemoMarketCode = (typeof demoMarkets)[number]['code'];

interface DemoGroup {
  key: string;
  name: string;
  description: string;
  families: { family: string; products: [code: string, name: string, description: string][] }[];
}

export const demoGroups: DemoGroup[] = [
  {
    key: 'fleet',
    name: 'Fleet & Mobility',
    description: 'Company cars, fleet management and electric charging for employers.',
    families: [
      {
        family: 'Leasing',
        products: [
          ['FM-LEASE', 'Fleet Leasing', 'Operational leasing of company cars and light commercial vehicles.'],
          ['FM-VAN', 'Van Leasing', 'Leasing of service vans with fit-out for trades.'],
          ['FM-BENEFIT', 'Car Benefit Programme', 'Salary-exchange car benefit for employees.'],
        ],
      },
      {
        family: 'Fleet services',
        products: [
          ['FM-MGMT', 'Fleet Management', 'Outsourced administration of the whole vehicle fleet.'],
          ['FM-FUEL', 'Fuel & Charge Cards', 'One card for fuel, charging, tolls and parking.'],
          ['FM-TELEM', 'Telematics', 'Trip logging, driver behaviour and vehicle health data.'],
        ],
      },
      {
        family: 'E-mobility',
        products: [
          ['FM-CHARGE', 'Workplace Charging', 'Charging points at the office, installed and operated.'],
          ['FM-HOMECH', 'Home Charging', 'Home chargers for employees with company cars.'],
          ['FM-EVTRANS', 'EV Transition Plan', 'Analysis and plan for moving the fleet to electric.'],
          ['FM-POOL', 'Car Sharing Pool', 'Shared pool cars with booking app.'],
        ],
      },
    ],
  },
  {
    key: 'workplace',
    name: 'Workplace Services',
    description: 'Facility management, cleaning and workplace design.',
    families: [
      {
        family: 'Facility management',
        products: [
          ['WS-IFM', 'Integrated Facility Management', 'One partner for all services in a building.'],
          ['WS-RECEP', 'Reception & Mail', 'Front desk, visitor handling and mail room.'],
          ['WS-MAINT', 'Technical Maintenance', 'Planned and corrective maintenance of installations.'],
        ],
      },
      {
        family: 'Cleaning',
        products: [
          ['WS-CLEAN', 'Office Cleaning', 'Daily and periodic cleaning of offices.'],
          ['WS-HYG', 'Hygiene Services', 'Washroom supplies and hygiene stations.'],
          ['WS-IND', 'Industrial Cleaning', 'Cleaning of production sites and warehouses.'],
        ],
      },
      {
        family: 'Workplace',
        products: [
          ['WS-DESIGN', 'Workplace Design', 'Analysis and design of activity-based offices.'],
          ['WS-MOVE', 'Office Relocation', 'Planning and executing office moves.'],
          ['WS-FOOD', 'Staff Restaurant', 'Running the staff restaurant and coffee service.'],
          ['WS-SENS', 'Occupancy Sensors', 'Sensors and reports on how the office is used.'],
        ],
      },
    ],
  },
  {
    key: 'digital',
    name: 'Digital Solutions',
    description: 'IT operations, cloud and cybersecurity for mid-sized companies.',
    families: [
      {
        family: 'Managed IT',
        products: [
          ['DS-WORKPL', 'Managed Workplace', 'Laptops, phones and support as a service.'],
          ['DS-NET', 'Managed Network', 'Office networks and Wi-Fi, monitored around the clock.'],
          ['DS-SD', 'Service Desk', 'First- and second-line support for employees.'],
        ],
      },
      {
        family: 'Cloud',
        products: [
          ['DS-CLOUD', 'Cloud Migration', 'Moving servers and applications to the cloud.'],
          ['DS-M365', 'Microsoft 365 Services', 'Licences, set-up and governance of Microsoft 365.'],
          ['DS-BACKUP', 'Backup as a Service', 'Off-site backup with tested restores.'],
        ],
      },
      {
        family: 'Security',
        products: [
          ['DS-SOC', 'Security Operations Centre', '24/7 detection and response.'],
          ['DS-NIS2', 'NIS2 Readiness', 'Gap analysis and plan for the NIS2 directive.'],
          ['DS-AWARE', 'Security Awareness Training', 'Phishing simulations and training for staff.'],
          ['DS-PENTEST', 'Penetration Testing', 'Testing systems the way an attacker would.'],
        ],
      },
    ],
  },
  {
    key: 'energy',
    name: 'Energy & Climate',
    description: 'Energy efficiency, solar power and climate reporting.',
    families: [
      {
        family: 'Efficiency',
        products: [
          ['EC-AUDIT', 'Energy Audit', 'Mapping energy use and savings potential.'],
          ['EC-LED', 'LED Retrofit', 'Replacing lighting with LED and controls.'],
          ['EC-HVAC', 'HVAC Optimisation', 'Tuning heating, ventilation and cooling.'],
        ],
      },
      {
        family: 'Renewables',
        products: [
          ['EC-SOLAR', 'Rooftop Solar', 'Solar panels on the customer’s own roof.'],
          ['EC-PPA', 'Green Power Agreement', 'Long-term purchase of renewable electricity.'],
          ['EC-BATT', 'Battery Storage', 'Batteries for peak shaving and backup.'],
        ],
      },
      {
        family: 'Climate',
        products: [
          ['EC-CSRD', 'CSRD Reporting', 'Sustainability reporting under the CSRD.'],
          ['EC-SCOPE3', 'Scope 3 Mapping', 'Emissions across the supply chain.'],
          ['EC-OFFSET', 'Climate Projects', 'Verified climate projects for residual emissions.'],
          ['EC-PLAN', 'Net Zero Roadmap', 'A science-based plan to reach net zero.'],
        ],
      },
    ],
  },
];

/** Letters for e-mail addresses and domains: "Åsa Öberg-Lindqvist" → "asaoberg-lindqvist" (keeps `keep`). */
export function asciiLower(s: string, keep: RegExp = /[^a-z0-9]+/g): string {
  return s
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(keep, '');
}
