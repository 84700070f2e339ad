import type { Messages } from '../en';

/** Oppgaver og startsidens dag (norsk bokmål). */
export const tasks: Messages['tasks'] = {
  markDone: 'Merk «{{title}}» som ferdig',
  markOpen: 'Merk «{{title}}» som ikke ferdig',
  onlyOwner: 'Bare oppgavens eier, den som ga den, eierens leder eller en administrator kan krysse den av',
  tip: 'Tips',
  state: {
    overdue: 'Forsinket',
    today: 'I dag',
    upcoming: 'Kommende',
    done: 'Ferdig',
  },
  overdueSince: 'Forsinket · {{date}}',
  record: {
    title: 'Oppgaver',
    add: 'Legg til oppgave',
    empty: {
      account: 'Ingen åpne oppgaver for denne kunden. Legg til en så neste steg ikke blir glemt.',
      contact: 'Ingen åpne oppgaver om denne personen. Legg til en så neste steg ikke blir glemt.',
      opportunity: 'Ingen åpne oppgaver for dette salget. Legg til en så neste steg ikke blir glemt.',
    },
    more_one: 'Én åpen oppgave til vises ikke.',
    more_other: '{{count}} åpne oppgaver til vises ikke.',
  },
  new: {
    button: 'Ny oppgave',
    title: 'Ny oppgave',
    what: 'Hva må gjøres?',
    placeholder: 'Ring tilbake om tilbudet',
    titleRequired: 'Skriv hva som skal gjøres',
    account: 'Kunde (valgfritt)',
    due: 'Frist',
    remind: 'Minn meg på kl. 08.00 den dagen',
    save: 'Legg til oppgave',
    saved: 'Oppgaven er lagt til',
  },
};

export const day: Messages['day'] = {
  intro: 'Dagen din: hva som forfaller, tipsene som venter på deg, salgene som skal lukkes og kundene du bør ringe.',
  introTeam: 'Teamets dag: hvem som har forsinkede oppgaver, tips som venter, salg som skal lukkes og salg som har stilnet.',
  view: {
    label: 'Hvem sin dag',
    team: 'Teamet mitt',
    me: 'Min dag',
  },
  tasks: {
    title: 'Oppgaver',
    none: 'Ingenting forfaller denne uken. Legg til en oppgave, eller logg en samtale med oppfølging.',
  },
  tips: {
    title: 'Tips å svare på',
    none: 'Ingen tips venter på svar.',
    from: 'fra {{name}}',
    overdue: 'Forsinket',
    due: 'Frist {{date}}',
  },
  closing: {
    title: 'Lukkes denne måneden',
    none: 'Ingen åpne salg ventes lukket denne måneden.',
  },
  stale: {
    title: 'Har stilnet',
    none: 'Alle åpne salg har hatt aktivitet nylig.',
  },
  renewals: {
    title: 'Kommende fornyelser',
    none: 'Ingen avtaler løper ut de neste fire månedene.',
    perYear: '{{amount}} per år',
    ends: 'Løper ut {{date}}',
  },
  recent: {
    title: 'Hos kundene dine',
    none: 'Ingenting nytt fra kolleger hos kundene dine de siste to ukene.',
  },
  team: {
    title: 'Teamet ditt',
    person: 'Navn',
    overdueTasks: 'Forsinkede oppgaver',
    tipsWaiting: 'Tips som venter',
    tipsOverdue: 'Forsinkede tips',
    closing: 'Lukkes denne måneden',
    stale: 'Har stilnet',
  },
  pastClose: 'Skulle vært lukket {{date}}',
  lastActivity: 'Siste aktivitet {{when}}',
  noActivity: 'Ingen aktivitet ennå',
};

export const comments: Messages['comments'] = {
  title: 'Kommentarer',
  none: 'Ingen kommentarer ennå. Spør en kollega om noe – skriv @ og navnet.',
  someone: 'Noen',
  delete: 'Slett kommentaren',
  label: 'Skriv en kommentar',
  placeholder: 'Skriv en kommentar; @ nevner en kollega',
  mention: 'Nevn en kollega',
  hint: 'De du @nevner får et varsel. Ctrl+Enter sender.',
  send: 'Kommenter',
};
