import type { Messages } from './en';
import { leads } from './sv/leads';
import { signals } from './sv/signals';
import { retention } from './sv/retention';
import { plans } from './sv/plans';
import { oneToOnes } from './sv/oneToOnes';
import { certifications } from './sv/certifications';
import { coverage } from './sv/coverage';
import { account, accounts } from './sv/accounts';
import { capture, search } from './sv/capture';
import { contact, contacts } from './sv/contacts';
import { imports } from './sv/imports';
import { pipeline } from './sv/pipeline';
import { products } from './sv/products';
import { timeline } from './sv/timeline';
import { vocab } from './sv/vocab';
import { crossSelling, notifications } from './sv/crossSelling';
import { targets } from './sv/targets';
import { accountRevenue, overview } from './sv/overview';
import { settings } from './sv/settings';
import { customFields } from './sv/customFields';
import { people } from './sv/people';
import { game } from './sv/game';
import { records } from './sv/records';
import { rituals } from './sv/rituals';
import { comments, day, tasks } from './sv/day';
import { adoption, audit, history, privacy, webhooks } from './sv/platform';
import { alerts } from './sv/alerts';
import { guidance } from './sv/guidance';
import { consent } from './sv/consent';

/** Svenska. */
export const sv: Messages = {
  app: {
    name: 'Korsa',
    tagline: 'Sälj över gränserna mellan säljgrupperna',
  },
  languages: {
    label: 'Språk',
  },
  colorScheme: {
    toDark: 'Byt till mörkt läge',
    toLight: 'Byt till ljust läge',
  },
  nav: {
    main: 'Huvudmeny',
    open: 'Öppna menyn',
    close: 'Stäng menyn',
    home: 'Översikt',
    accounts: 'Kunder',
    contacts: 'Kontaktpersoner',
    products: 'Produkter',
    pipeline: 'Säljtratt',
    crossSelling: 'Korsförsäljning',
    game: 'Spelet',
    leads: 'Leads',
    accountPlans: 'Kundplaner',
    oneToOnes: 'Uppföljningssamtal',
    certifications: 'Certifieringar',
    coverage: 'Internationella kunder',
    retention: 'Kundvård',
    targets: 'Mål',
    insights: 'Insikter',
    data: 'Data',
    import: 'Import',
    administration: 'Administration',
    users: 'Användare',
    settings: 'Inställningar',
    webhooks: 'Webhooks',
    auditTrail: 'Ändringslogg',
    adoption: 'Användning',
    apiKeys: 'API-nycklar',
  },
  userMenu: {
    label: 'Kontomeny',
    signOut: 'Logga ut',
    apiKeys: 'API-nycklar',
    account: 'Ditt konto',
  },
  roles: {
    seller: 'Säljare',
    sales_leader: 'Säljchef',
    marketing: 'Marknad',
    management: 'Ledning',
    admin: 'Administratör',
  },
  common: {
    /** The form a date field takes (shared/ui/DateField). */
    datePlaceholder: 'åååå-mm-dd',
    clearDate: 'Rensa datumet',
    /** The time of a date-time field (shared/ui/DateTimeField), for screen readers. */
    hours: 'Timmar',
    minutes: 'Minuter',
    filters: 'Filter',
    actions: 'Åtgärder',
    loading: 'Laddar…',
    cancel: 'Avbryt',
    save: 'Spara',
    close: 'Stäng',
    clear: 'Rensa',
    none: 'Ingen',
    noSalesGroup: 'Ingen säljgrupp',
    noMarket: 'Ingen marknad',
    comingSoon: 'Kommer snart',
    pageRange: '{{from}}–{{to}} av {{total}}',
    rowsPerPage: 'Rader per sida',
    pageRangeAbout: '{{from}}–{{to}} av cirka {{total}}',
    previousPage: 'Föregående sida',
    nextPage: 'Nästa sida',
    tryAgain: 'Försök igen',
    togglePassword: 'Visa eller dölj lösenordet',
  },
  errors: {
    title: 'Något gick fel',
    network_error: 'Det gick inte att nå Korsa. Kontrollera anslutningen och försök igen.',
    bad_response: 'Servern svarade oväntat. Försök igen.',
    unauthenticated: 'Din session har gått ut. Logga in igen.',
    forbidden: 'Du har inte behörighet att göra det.',
    csrf_failed: 'Sessionen behöver förnyas. Ladda om sidan och försök igen.',
    not_found: 'Det hittades inte – det kan ha tagits bort.',
    route_not_found: 'Den här delen av Korsa finns inte på servern.',
    validation_failed: 'Några fält behöver ses över.',
    rate_limited_one: 'För många försök. Försök igen om {{count}} minut.',
    rate_limited_other: 'För många försök. Försök igen om {{count}} minuter.',
    email_taken: 'Det finns redan en användare med den e-postadressen.',
    last_admin: 'Det här är den sista aktiva administratören. Gör någon annan till administratör först.',
    setup_done: 'Korsa är redan konfigurerat. Logga in i stället.',
    link_invalid: 'Den här länken kan inte längre användas.',
    passwords_disabled: 'Lösenord är avstängda här: logga in med enkel inloggning.',
    sso_failed: 'Den enkla inloggningen loggade inte in dig.',
    custom_field_invalid: 'Ett eget fält har ett värde det inte kan ha, eller så är fältet arkiverat. Kontrollera de egna fälten.',
    record_deleted: 'Den är borttagen. Återställ den först.',
    restore_expired: 'Den togs bort för mer än 30 dagar sedan och kan inte längre återställas.',
    internal_error: 'Något gick fel hos oss. Försök igen.',
    opportunity_open: 'Affären är redan öppen igen.',
    ritual_transition: 'Det går inte i det här skedet. Ladda om sidan för att se läget.',
    ritual_full: 'Seminariet är fullt: alla {{capacity}} platser är tagna.',
    ritual_not_begun: 'Uppföljningar delas ut när seminariet har börjat.',
    visit_transition: 'Sambesöket har ändrats under tiden, så det går inte nu. Ladda om sidan för att se läget.',
    visit_no_customer: 'Välj först vilken kund besöket gäller.',
    visit_week_off: 'Schemat parar inte ihop någon den veckan.',
    unknown: 'Något gick fel. Försök igen.',
  },
  fields: {
    required: 'Obligatoriskt',
    email: 'Ange en giltig e-postadress',
    passwordLength: 'Använd minst 10 tecken',
    tooLong: 'Det här är för långt',
    invalid: 'Kontrollera värdet',
    unknownChoice: 'Välj ett av alternativen',
    tooShort: 'Använd minst {{count}} tecken',
    atLeast: 'Minst {{min}}',
    atMost: 'Högst {{max}}',
    tooMany: 'Välj högst {{count}}',
  },
  signIn: {
    title: 'Logga in i Korsa',
    subtitle: 'Säljgruppernas gemensamma kundminne.',
    email: 'E-post',
    password: 'Lösenord',
    submit: 'Logga in',
    invalidCredentials: 'Fel e-postadress eller lösenord.',
    missingFields: 'Fyll i e-postadress och lösenord.',
    demoHint: 'Demo: seller@nordlys.example / nordlys-demo',
    signedOut: 'Du är utloggad.',
  },
  home: {
    greeting: {
      morning: 'God morgon, {{name}}',
      afternoon: 'God eftermiddag, {{name}}',
      evening: 'God kväll, {{name}}',
    },
    intro:
      'Korsa hjälper era säljgrupper att sälja till varandras kunder: ett gemensamt minne för varje kund, tips som alltid får återkoppling och mål som belönar rätt beteende.',
    demo: 'Du utforskar demoorganisationen {{name}}. Uppgifterna är påhittade, så prova fritt.',
    you: {
      title: 'Du i Korsa',
      role: 'Roll',
      salesGroup: 'Säljgrupp',
      market: 'Marknad',
      organisation: 'Organisation',
    },
    firstSteps: {
      title: 'Dina första steg',
      subtitle: 'Några saker att göra de första dagarna. Varje steg bockas av när du har gjort det i Korsa.',
      complete: 'Klart — nu är Korsa ditt. Du kan lägga undan listan.',
      progress: '{{done}} av {{total}} klara',
      done: 'klart',
      doneOn: 'Klart {{date}}',
      dismiss: 'Lägg undan listan',
      show: 'Visa dina första steg ({{done}} av {{total}} klara)',
      steps: {
        log_call: {
          title: 'Logga ett samtal',
          text: 'Öppna en kund och logga ett samtal på tidslinjen, så att alla säljgrupper vet vad som sades.',
          go: 'Hitta en kund',
        },
        pass_tip: {
          title: 'Ge ett tips till en annan grupp',
          text: 'Har du sett ett behov som en annan säljgrupp kan möta? Skicka ett tips med en kort behovsanalys.',
          go: 'Ge ett tips',
        },
        update_deal: {
          title: 'Uppdatera en affär',
          text: 'Flytta en affär på tavlan, eller rätta dess värde eller avslutsdatum.',
          go: 'Öppna pipelinen',
        },
        set_targets: {
          title: 'Sätt teamets mål',
          text: 'Fördela årets mål per säljare och kanal: förnyelse, mer- och korsförsäljning, återvinning, nyförsäljning.',
          go: 'Öppna mål',
        },
        hold_forum: {
          title: 'Håll ett forum för korsförsäljning',
          text: 'Registrera ett forummöte: tipsen som gavs, vad de ledde till och vad som beslutades.',
          go: 'Öppna forumen',
        },
        qualify_lead: {
          title: 'Kvalificera ett lead',
          text: 'Titta på ett nytt leads poäng och dess delar, och markera det som kvalificerat när det är redo för sälj.',
          go: 'Öppna leads',
        },
        hand_lead: {
          title: 'Lämna ett lead till sälj',
          text: 'Ge ett kvalificerat lead till rätt säljgrupp; de måste svara i tid.',
          go: 'Öppna leads',
        },
        invite_users: {
          title: 'Bjud in dina kollegor',
          text: 'Bjud in säljare och chefer via e-post; var och en väljer sitt eget lösenord.',
          go: 'Öppna användare',
        },
        import_data: {
          title: 'Importera dina kunder',
          text: 'Ta med kunder, kontakter och försäljningshistorik från ditt gamla CRM som CSV-filer.',
          go: 'Öppna import',
        },
      },
    },
  },
  areas: {
    accounts: {
      title: 'Ett gemensamt minne för varje kund',
      text: 'Alla kunder och prospekt med dotterbolag, kontaktpersoner och en tidslinje som alla säljgrupper delar.',
    },
    pipeline: {
      title: 'Varje affärsmöjlighet, från första behovet',
      text: 'Affärsmöjligheter från det första identifierade behovet till vunnen eller förlorad affär, med steg, offerter och prognos per säljgrupp och marknad.',
    },
    crossSelling: {
      title: 'Sälj över gränserna mellan säljgrupperna',
      text: 'Tips mellan säljgrupper med obligatorisk återrapportering, produktmatrisen och förslag på vad varje kund kan behöva härnäst.',
    },
    targets: {
      title: 'Mål som belönar rätt beteende',
      text: 'Mål per säljare och kanal, och hur den avtalade volymen ligger till mot dem – med gapet till företagets mål tydligt synligt.',
    },
    insights: {
      title: 'Samma nyckeltal för alla marknader',
      text: 'Säljtratt, andel vunna affärer, säljcykelns längd, tips och återrapportering för alla marknader, med varningar när något börjar avvika.',
    },
  },
  notFound: {
    title: 'Sidan finns inte',
    text: 'Länken kan vara fel, eller så har sidan flyttats.',
    back: 'Till översikten',
  },
  users: {
    title: 'Användare',
    description: 'Vilka som kan logga in i Korsa, med roll, säljgrupp och marknad.',
    search: 'Sök',
    searchPlaceholder: 'Namn eller e-post',
    role: 'Roll',
    allRoles: 'Alla roller',
    add: 'Lägg till användare',
    columns: {
      name: 'Namn',
      email: 'E-post',
      role: 'Roll',
      salesGroup: 'Säljgrupp',
      market: 'Marknad',
      status: 'Status',
      actions: 'Åtgärder',
    },
    active: 'Aktiv',
    inactive: 'Inaktiverad',
    actionsFor: 'Åtgärder för {{name}}',
    edit: 'Redigera',
    deactivate: 'Inaktivera',
    reactivate: 'Återaktivera',
    empty: {
      title: 'Inga användare matchar',
      text: 'Prova en annan sökning eller roll.',
    },
    form: {
      createTitle: 'Lägg till användare',
      editTitle: 'Redigera {{name}}',
      name: 'Namn',
      email: 'E-post',
      password: 'Startlösenord',
      passwordHint: 'Minst 10 tecken. Lämna över det personligen.',
      role: 'Roll',
      salesGroup: 'Säljgrupp',
      market: 'Marknad',
      language: 'Språk',
      create: 'Lägg till användare',
    },
    confirmDeactivate: {
      title: 'Inaktivera {{name}}?',
      text: 'Personen loggas ut direkt och kan inte längre logga in. Allt personen har registrerat finns kvar.',
    },
    notify: {
      created: '{{name}} har lagts till',
      updated: 'Ändringarna för {{name}} har sparats',
      deactivated: '{{name}} har inaktiverats',
      reactivated: '{{name}} kan logga in igen',
    },
  },
  apiKeys: {
    title: 'API-nycklar',
    description: 'Med en nyckel kan andra system använda Korsas API för din räkning. Hantera den som ett lösenord.',
    create: 'Skapa nyckel',
    name: 'Namn',
    namePlaceholder: 't.ex. Webbplatsintegration',
    columns: {
      name: 'Namn',
      prefix: 'Nyckel',
      created: 'Skapad',
      lastUsed: 'Senast använd',
    },
    never: 'Aldrig',
    revoke: 'Återkalla',
    revokeLabel: 'Återkalla {{name}}',
    confirmRevoke: {
      title: 'Återkalla {{name}}?',
      text: 'System som använder nyckeln slutar fungera direkt.',
    },
    token: {
      title: 'Kopiera din nya nyckel',
      text: 'Nyckeln visas bara den här gången. Spara den på ett säkert ställe.',
      copy: 'Kopiera',
      copied: 'Kopierad',
      done: 'Klar',
    },
    empty: {
      title: 'Inga API-nycklar än',
      text: 'Skapa en nyckel för att koppla ett annat system till Korsa.',
    },
    notify: {
      revoked: '{{name}} har återkallats',
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
