import type { guidance as en } from '../en/guidance';

/** Veiledning i appen (L6): hjelpemenyen, omvisningene og "nyheter" (bokmål). */
export const guidance: typeof en = {
  help: {
    label: 'Hjelp',
    tour: 'Vis omvisningen for denne siden',
    noTour: 'Denne siden har ingen omvisning',
    whatsNew: 'Nyheter',
  },
  tour: {
    next: 'Neste',
    previous: 'Tilbake',
    done: 'Ferdig',
    progress: '{{step}} av {{count}}',
  },
  whatsNew: {
    title: 'Nyheter i Korsa',
    version: 'Versjon {{version}} · {{date}}',
    ok: 'Skjønner',
  },
  tours: {
    home: {
      'home-day': { title: 'Dagen din', text: 'Korsa begynner med dagen din: hva som skal gjøres, hva som har kommet inn og hva som venter på deg.' },
      'home-sections': { title: 'Det som venter på deg', text: 'Oppgaver, tips å svare på, salg som skal lukkes eller har stilnet, fornyelser og signaler fra kunder.' },
      capture: { title: 'Logg med en gang', text: 'Søk etter hva som helst, logg en samtale eller et møte eller legg til en oppgave herfra, på hver side.' },
      notifications: { title: 'Varsler', text: 'Tips, påminnelser og varsler havner i klokken. Velg hvor hvert varsel går i profilen din.' },
      help: { title: 'Her er hjelp', text: 'Åpne sidens omvisning igjen eller se nyhetene fra hjelpemenyen.' },
    },
    account: {
      'account-header': { title: 'Kunden', text: 'Hvem som eier kunden, status og verdi, med det du kan gjøre.' },
      'account-products': { title: 'Hva kunden har', text: 'Produktene kunden har fra hver salgsgruppe, og hva som mangler.' },
      'account-deals': { title: 'Salg', text: 'Alle gruppenes åpne og siste salg med kunden.' },
      'account-timeline': { title: 'Den felles tidslinjen', text: 'Hver samtale, hvert møte og hver endring av alle i selskapet: logg dine her.' },
      'account-side': { title: 'Oppgaver og helse', text: 'Oppgavene dine, kundens helse, forslag og kontakter.' },
    },
    matrix: {
      'matrix-filters': { title: 'Velg kunder', text: 'Filtrer på gruppe, marked, bransje eller eier for å se kundene som betyr noe for deg.' },
      'matrix-legend': { title: 'Slik leser du matrisen', text: 'Hver rute viser om kunden har produktet, om det jobbes med eller ikke er aktuelt.' },
      'matrix-grid': { title: 'Hvite flekker', text: 'De tomme rutene er mersalgssjanser: åpne en for å gi et tips eller merke den.' },
    },
    pipeline: {
      'pipeline-filters': { title: 'Hvem sine salg', text: 'Dine, teamets eller en gruppes: filtrer tavlen slik du trenger.' },
      'pipeline-board': { title: 'Tavlen', text: 'En kolonne per steg: dra et salg videre når det beveger seg; summene følger med.' },
      'pipeline-new': { title: 'Et nytt salg', text: 'Start et salg her eller fra kundesiden.' },
    },
    handoff: {
      'handoff-form': { title: 'Gi et tips', text: 'Fortell en annen salgsgruppe om en sjanse hos kunden din.' },
      'handoff-group': { title: 'Til hvem', text: 'Velg gruppe, og person om du vet hvem; lederen deres ser det også.' },
      'handoff-analysis': { title: 'Produktene', text: 'Velg produkter og svar på spørsmålene: et godt tips blir besvart raskere.' },
      'handoff-send': { title: 'Send det', text: 'Mottakeren får vite det med en gang og rapporterer tilbake hva det ble.' },
    },
  },
};
