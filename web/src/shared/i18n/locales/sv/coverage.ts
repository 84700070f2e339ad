import type { Messages } from '../en';

/** Internationella kunder: täckning av koncernens dotterbolag, konflikter (svenska). */
export const coverage: Messages['coverage'] = {
  title: 'Internationella kunder',
  description: 'Koncerner: vilket marknadsteam och vilken säljare som bearbetar varje dotterbolag, och affärer som bearbetas parallellt.',
  titleFor: 'Täckning: {{name}}',
  marketTeam: 'teamet i {{market}}',
  outsideTitle: '{{coverer}} ansvarar för kunden',
  outsideText:
    'Kunden hör till marknaden {{market}}, inte din. Du kan fortfarande arbeta här — alla ser alla kontakter — men {{coverer}} och den globala kundansvarige {{owner}} får veta om de möten och affärer du registrerar.',
  noOwner: '(ingen utsedd)',
  partOf: 'Del av',
  coveredBy: '{{coverer}} ansvarar ({{market}})',
  open: 'Täckning',
  globalOwner: 'Global kundansvarig',
  rules: {
    title: 'Täckningsregler',
    text: 'Vilket marknadsteam som bearbetar koncernens dotterbolag på varje marknad — och, per säljgrupp, vilken säljare.',
    market: 'Marknad',
    salesGroup: 'Säljgrupp',
    allGroups: 'Alla säljgrupper',
    seller: 'Säljare',
    marketTeam: 'Marknadens team',
    add: 'Lägg till regel',
    remove: 'Ta bort regeln',
    save: 'Spara reglerna',
    saved: 'Täckningsreglerna är sparade',
    empty: 'Inga regler än: vem som helst kan bearbeta dotterbolagen utan att någon får veta.',
    readOnly: 'Den globala kundansvarige, dennes säljchef eller en administratör sätter reglerna.',
  },
  conflicts: {
    title: 'Bearbetas parallellt',
    text: 'Öppna affärer för samma produkt hos en koncern från säljare på olika marknader.',
    empty: 'Inga parallella affärer.',
    product: 'Produkt',
    deals: 'Affärer',
  },
};
