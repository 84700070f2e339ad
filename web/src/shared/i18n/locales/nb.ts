import type { Messages } from './en';
import { leads } from './nb/leads';
import { signals } from './nb/signals';
import { retention } from './nb/retention';
import { plans } from './nb/plans';
import { oneToOnes } from './nb/oneToOnes';
import { certifications } from './nb/certifications';
import { coverage } from './nb/coverage';
import { account, accounts } from './nb/accounts';
import { capture, search } from './nb/capture';
import { contact, contacts } from './nb/contacts';
import { imports } from './nb/imports';
import { pipeline } from './nb/pipeline';
import { products } from './nb/products';
import { timeline } from './nb/timeline';
import { vocab } from './nb/vocab';
import { crossSelling, notifications } from './nb/crossSelling';
import { targets } from './nb/targets';
import { accountRevenue, overview } from './nb/overview';
import { settings } from './nb/settings';
import { customFields } from './nb/customFields';
import { people } from './nb/people';
import { game } from './nb/game';
import { records } from './nb/records';
import { rituals } from './nb/rituals';
import { comments, day, tasks } from './nb/day';
import { adoption, audit, history, privacy, webhooks } from './nb/platform';
import { alerts } from './nb/alerts';
import { guidance } from './nb/guidance';
import { consent } from './nb/consent';

/** Norsk bokmål. */
export const nb: Messages = {
  app: {
    name: 'Korsa',
    tagline: 'Selg på tvers av salgsgruppene',
  },
  languages: {
    label: 'Språk',
  },
  colorScheme: {
    toDark: 'Bytt til mørk modus',
    toLight: 'Bytt til lys modus',
  },
  nav: {
    main: 'Hovedmeny',
    open: 'Åpne menyen',
    close: 'Lukk menyen',
    home: 'Oversikt',
    accounts: 'Kunder',
    contacts: 'Kontaktpersoner',
    products: 'Produkter',
    pipeline: 'Salgstrakt',
    crossSelling: 'Kryssalg',
    game: 'Spillet',
    leads: 'Leads',
    accountPlans: 'Kundeplaner',
    oneToOnes: 'Oppfølgingssamtaler',
    certifications: 'Sertifiseringer',
    coverage: 'Internasjonale kunder',
    retention: 'Kundepleie',
    targets: 'Mål',
    insights: 'Innsikt',
    data: 'Data',
    import: 'Import',
    administration: 'Administrasjon',
    users: 'Brukere',
    settings: 'Innstillinger',
    webhooks: 'Webhooks',
    auditTrail: 'Endringslogg',
    adoption: 'Bruk',
    apiKeys: 'API-nøkler',
  },
  userMenu: {
    label: 'Kontomeny',
    signOut: 'Logg ut',
    apiKeys: 'API-nøkler',
    account: 'Din konto',
  },
  roles: {
    seller: 'Selger',
    sales_leader: 'Salgsleder',
    marketing: 'Markedsføring',
    management: 'Ledelse',
    admin: 'Administrator',
  },
  common: {
    /** The form a date field takes (shared/ui/DateField). */
    datePlaceholder: 'dd.mm.åååå',
    clearDate: 'Fjern datoen',
    /** The time of a date-time field (shared/ui/DateTimeField), for screen readers. */
    hours: 'Timer',
    minutes: 'Minutter',
    filters: 'Filtre',
    actions: 'Handlinger',
    loading: 'Laster inn …',
    cancel: 'Avbryt',
    save: 'Lagre',
    close: 'Lukk',
    clear: 'Tøm',
    none: 'Ingen',
    noSalesGroup: 'Ingen salgsgruppe',
    noMarket: 'Intet marked',
    comingSoon: 'Kommer snart',
    pageRange: '{{from}}–{{to}} av {{total}}',
    rowsPerPage: 'Rader per side',
    pageRangeAbout: '{{from}}–{{to}} av omtrent {{total}}',
    previousPage: 'Forrige side',
    nextPage: 'Neste side',
    tryAgain: 'Prøv igjen',
    togglePassword: 'Vis eller skjul passordet',
  },
  errors: {
    title: 'Noe gikk galt',
    network_error: 'Fikk ikke kontakt med Korsa. Sjekk tilkoblingen og prøv igjen.',
    bad_response: 'Serveren svarte uventet. Prøv igjen.',
    unauthenticated: 'Økten din er utløpt. Logg inn på nytt.',
    forbidden: 'Du har ikke tilgang til å gjøre det.',
    csrf_failed: 'Økten må fornyes. Last inn siden på nytt og prøv igjen.',
    not_found: 'Det ble ikke funnet – det kan ha blitt slettet.',
    route_not_found: 'Denne delen av Korsa finnes ikke på serveren.',
    validation_failed: 'Noen felt må rettes opp.',
    rate_limited_one: 'For mange forsøk. Prøv igjen om {{count}} minutt.',
    rate_limited_other: 'For mange forsøk. Prøv igjen om {{count}} minutter.',
    email_taken: 'Det finnes allerede en bruker med den e-postadressen.',
    last_admin: 'Dette er den siste aktive administratoren. Gjør noen andre til administrator først.',
    setup_done: 'Korsa er allerede satt opp. Logg inn i stedet.',
    link_invalid: 'Denne lenken kan ikke lenger brukes.',
    passwords_disabled: 'Passord er slått av her: logg inn med enkel pålogging.',
    sso_failed: 'Den enkle påloggingen logget deg ikke inn.',
    custom_field_invalid: 'Et eget felt har en verdi det ikke kan ha, eller feltet er arkivert. Kontroller de egne feltene.',
    record_deleted: 'Den er slettet. Gjenopprett den først.',
    restore_expired: 'Den ble slettet for mer enn 30 dager siden og kan ikke lenger gjenopprettes.',
    internal_error: 'Noe gikk galt hos oss. Prøv igjen.',
    opportunity_open: 'Salget er allerede åpent igjen.',
    ritual_transition: 'Det går ikke på dette stadiet. Last inn siden på nytt for å se hvor det står.',
    ritual_full: 'Seminaret er fullt: alle {{capacity}} plassene er tatt.',
    ritual_not_begun: 'Oppfølginger deles ut når seminaret har begynt.',
    visit_transition: 'Det felles besøket er endret i mellomtiden, så det går ikke nå. Last inn siden på nytt for å se hvor det står.',
    visit_no_customer: 'Velg først hvilken kunde besøket gjelder.',
    visit_week_off: 'Ordningen setter ikke sammen noen den uken.',
    unknown: 'Noe gikk galt. Prøv igjen.',
  },
  fields: {
    required: 'Må fylles ut',
    email: 'Skriv inn en gyldig e-postadresse',
    passwordLength: 'Bruk minst 10 tegn',
    tooLong: 'Dette er for langt',
    invalid: 'Sjekk verdien',
    unknownChoice: 'Velg et av alternativene',
    tooShort: 'Bruk minst {{count}} tegn',
    atLeast: 'Minst {{min}}',
    atMost: 'Høyst {{max}}',
    tooMany: 'Velg høyst {{count}}',
  },
  signIn: {
    title: 'Logg inn i Korsa',
    subtitle: 'Salgsgruppenes felles kundehukommelse.',
    email: 'E-post',
    password: 'Passord',
    submit: 'Logg inn',
    invalidCredentials: 'Feil e-postadresse eller passord.',
    missingFields: 'Fyll inn e-postadresse og passord.',
    demoHint: 'Demo: seller@nordlys.example / nordlys-demo',
    signedOut: 'Du er logget ut.',
  },
  home: {
    greeting: {
      morning: 'God morgen, {{name}}',
      afternoon: 'God ettermiddag, {{name}}',
      evening: 'God kveld, {{name}}',
    },
    intro:
      'Korsa hjelper salgsgruppene deres å selge til hverandres kunder: én felles hukommelse for hver kunde, tips som alltid får svar, og mål som belønner riktig atferd.',
    demo: 'Du utforsker demoorganisasjonen {{name}}. Dataene er oppdiktet, så prøv hva du vil.',
    you: {
      title: 'Du i Korsa',
      role: 'Rolle',
      salesGroup: 'Salgsgruppe',
      market: 'Marked',
      organisation: 'Organisasjon',
    },
    firstSteps: {
      title: 'Dine første steg',
      subtitle: 'Noen ting å gjøre de første dagene. Hvert steg krysses av når du har gjort det i Korsa.',
      complete: 'Ferdig — nå er Korsa ditt. Du kan legge bort listen.',
      progress: '{{done}} av {{total}} gjort',
      done: 'gjort',
      doneOn: 'Gjort {{date}}',
      dismiss: 'Legg bort listen',
      show: 'Vis dine første steg ({{done}} av {{total}} gjort)',
      steps: {
        log_call: {
          title: 'Logg en samtale',
          text: 'Åpne en kunde og logg en samtale på tidslinjen, slik at alle salgsgrupper vet hva som ble sagt.',
          go: 'Finn en kunde',
        },
        pass_tip: {
          title: 'Gi et tips til en annen gruppe',
          text: 'Har du sett et behov en annen salgsgruppe kan dekke? Send et tips med en kort behovsanalyse.',
          go: 'Gi et tips',
        },
        update_deal: {
          title: 'Oppdater en avtale',
          text: 'Flytt en mulighet på tavlen, eller rett verdien eller sluttdatoen.',
          go: 'Åpne pipelinen',
        },
        set_targets: {
          title: 'Sett teamets mål',
          text: 'Fordel årets mål per selger og kanal: fornyelse, mer- og kryssalg, gjenvinning, nysalg.',
          go: 'Åpne mål',
        },
        hold_forum: {
          title: 'Hold et forum for kryssalg',
          text: 'Registrer et forummøte: tipsene som ble gitt, hva de førte til og hva som ble besluttet.',
          go: 'Åpne forumene',
        },
        qualify_lead: {
          title: 'Kvalifiser et lead',
          text: 'Se på et nytt leads poeng og delene, og marker det som kvalifisert når det er klart for salg.',
          go: 'Åpne leads',
        },
        hand_lead: {
          title: 'Gi et lead til salg',
          text: 'Gi et kvalifisert lead til riktig salgsgruppe; de må svare i tide.',
          go: 'Åpne leads',
        },
        invite_users: {
          title: 'Inviter kollegene dine',
          text: 'Inviter selgere og ledere på e-post; hver enkelt velger sitt eget passord.',
          go: 'Åpne brukere',
        },
        import_data: {
          title: 'Importer kundene dine',
          text: 'Ta med kunder, kontakter og salgshistorikk fra det gamle CRM-et som CSV-filer.',
          go: 'Åpne import',
        },
      },
    },
  },
  areas: {
    accounts: {
      title: 'Én felles hukommelse for hver kunde',
      text: 'Alle kunder og prospekter med datterselskaper, kontaktpersoner og én tidslinje som alle salgsgrupper deler.',
    },
    pipeline: {
      title: 'Hver salgsmulighet, fra første behov',
      text: 'Salgsmuligheter fra det første identifiserte behovet til vunnet eller tapt, med faser, tilbud og prognose per salgsgruppe og marked.',
    },
    crossSelling: {
      title: 'Selg på tvers av salgsgruppene',
      text: 'Tips mellom salgsgrupper med obligatorisk tilbakemelding, produktmatrisen og forslag til hva hver kunde kan trenge neste gang.',
    },
    targets: {
      title: 'Mål som belønner riktig atferd',
      text: 'Mål per selger og kanal og det signerte volumet mot dem – med gapet til selskapets mål godt synlig.',
    },
    insights: {
      title: 'De samme nøkkeltallene for alle markeder',
      text: 'Salgstrakt, andel vunne avtaler, lengde på salgssyklusen, tips og tilbakemeldinger for alle markeder, med varsler når noe begynner å avvike.',
    },
  },
  notFound: {
    title: 'Fant ikke siden',
    text: 'Lenken kan være feil, eller siden kan ha blitt flyttet.',
    back: 'Til oversikten',
  },
  users: {
    title: 'Brukere',
    description: 'Hvem som kan logge inn i Korsa, med rolle, salgsgruppe og marked.',
    search: 'Søk',
    searchPlaceholder: 'Navn eller e-post',
    role: 'Rolle',
    allRoles: 'Alle roller',
    add: 'Legg til bruker',
    columns: {
      name: 'Navn',
      email: 'E-post',
      role: 'Rolle',
      salesGroup: 'Salgsgruppe',
      market: 'Marked',
      status: 'Status',
      actions: 'Handlinger',
    },
    active: 'Aktiv',
    inactive: 'Deaktivert',
    actionsFor: 'Handlinger for {{name}}',
    edit: 'Rediger',
    deactivate: 'Deaktiver',
    reactivate: 'Aktiver igjen',
    empty: {
      title: 'Ingen brukere passer',
      text: 'Prøv et annet søk eller en annen rolle.',
    },
    form: {
      createTitle: 'Legg til bruker',
      editTitle: 'Rediger {{name}}',
      name: 'Navn',
      email: 'E-post',
      password: 'Startpassord',
      passwordHint: 'Minst 10 tegn. Gi det til personen direkte.',
      role: 'Rolle',
      salesGroup: 'Salgsgruppe',
      market: 'Marked',
      language: 'Språk',
      create: 'Legg til bruker',
    },
    confirmDeactivate: {
      title: 'Deaktivere {{name}}?',
      text: 'Personen logges ut med en gang og kan ikke lenger logge inn. Alt personen har registrert, blir liggende.',
    },
    notify: {
      created: '{{name}} er lagt til',
      updated: 'Endringene for {{name}} er lagret',
      deactivated: '{{name}} er deaktivert',
      reactivated: '{{name}} kan logge inn igjen',
    },
  },
  apiKeys: {
    title: 'API-nøkler',
    description: 'Med en nøkkel kan andre systemer bruke Korsas API på dine vegne. Behandle den som et passord.',
    create: 'Opprett nøkkel',
    name: 'Navn',
    namePlaceholder: 'f.eks. Nettstedsintegrasjon',
    columns: {
      name: 'Navn',
      prefix: 'Nøkkel',
      created: 'Opprettet',
      lastUsed: 'Sist brukt',
    },
    never: 'Aldri',
    revoke: 'Tilbakekall',
    revokeLabel: 'Tilbakekall {{name}}',
    confirmRevoke: {
      title: 'Tilbakekalle {{name}}?',
      text: 'Systemer som bruker nøkkelen, slutter å virke med en gang.',
    },
    token: {
      title: 'Kopier den nye nøkkelen',
      text: 'Nøkkelen vises bare denne ene gangen. Oppbevar den et trygt sted.',
      copy: 'Kopier',
      copied: 'Kopiert',
      done: 'Ferdig',
    },
    empty: {
      title: 'Ingen API-nøkler ennå',
      text: 'Opprett en nøkkel for å koble et annet system til Korsa.',
    },
    notify: {
      revoked: '{{name}} er tilbakekalt',
    },
  },
  vocab,
  accounts,
  account,
  contacts,
  contact,
  timeline,
  products,
  pipeline,
  capture,
  search,
  imports,
  crossSelling,
  rituals,
  notifications,
  targets,
  overview,
  accountRevenue,
  settings,
  customFields,
  people,
  tasks,
  day,
  game,
  records,
  leads,
  signals,
  retention,
  plans,
  oneToOnes,
  certifications,
  coverage,
  comments,
  webhooks,
  alerts,
  guidance,
  consent,
  history,
  audit,
  adoption,
  privacy,
};
