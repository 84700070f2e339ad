/**
 * What's new in each release (L6), in the three languages of the UI, newest first. The "what's new" note
 * shows a person the releases newer than the last one they acknowledged (domain/guidance.ts). Add an entry
 * when a release changes what people see; keep each item to one sentence.
 */
export interface ReleaseNote {
  version: string;
  /** The release day (ISO). */
  date: string;
  items: { en: string; sv: string; nb: string }[];
}

export const releaseNotes: readonly ReleaseNote[] = [
  {
    version: '0.1.0',
    date: '2026-12-03',
    items: [
      {
        en: 'Short tours of the main pages: open one at any time from the help menu (?).',
        sv: 'Korta rundturer på de viktigaste sidorna: starta en när du vill från hjälpmenyn (?).',
        nb: 'Korte omvisninger på de viktigste sidene: start en når du vil fra hjelpemenyen (?).',
      },
      {
        en: 'A renewal-due alert tells you 60 and 30 days before a customer’s agreement ends.',
        sv: 'En varning om förnyelse säger till 60 och 30 dagar innan en kunds avtal löper ut.',
        nb: 'Et varsel om fornyelse sier fra 60 og 30 dager før en kundes avtale løper ut.',
      },
      {
        en: 'Website visits are now kept by a rule on the data retention page, beside the other rules.',
        sv: 'Webbesök sparas nu enligt en regel på sidan för lagringstid, bredvid de andra reglerna.',
        nb: 'Nettbesøk lagres nå etter en regel på siden for lagringstid, ved siden av de andre reglene.',
      },
    ],
  },
];
