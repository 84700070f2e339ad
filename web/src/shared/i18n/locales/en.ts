import { account, accounts } from './en/accounts';
import { capture, search } from './en/capture';
import { contact, contacts } from './en/contacts';
import { imports } from './en/imports';
import { pipeline } from './en/pipeline';
import { products } from './en/products';
import { timeline } from './en/timeline';
import { vocab } from './en/vocab';
import { crossSelling, notifications } from './en/crossSelling';
import { targets } from './en/targets';
import { accountRevenue, overview } from './en/overview';
import { settings } from './en/settings';
import { customFields } from './en/customFields';
import { people } from './en/people';
import { game } from './en/game';
import { records } from './en/records';
import { rituals } from './en/rituals';
import { leads } from './en/leads';
import { signals } from './en/signals';
import { retention } from './en/retention';
import { plans } from './en/plans';
import { oneToOnes } from './en/oneToOnes';
import { certifications } from './en/certifications';
import { coverage } from './en/coverage';
import { comments, day, tasks } from './en/day';
import { adoption, audit, history, privacy, webhooks } from './en/platform';
import { alerts } from './en/alerts';
import { guidance } from './en/guidance';
import { consent } from './en/consent';

/**
 * English: the source of every UI string. sv.ts and nb.ts must have exactly these keys (type-checked).
 * Larger areas live in a file of their own under en/ (and sv/, nb/).
 */
export const en = {
  app: {
    name: 'Korsa',
    tagline: 'Sell across your sales groups',
  },
  languages: {
    label: 'Language',
  },
  colorScheme: {
    toDark: 'Switch to dark mode',
    toLight: 'Switch to light mode',
  },
  nav: {
    main: 'Main navigation',
    open: 'Open navigation',
    close: 'Close navigation',
    home: 'Overview',
    accounts: 'Accounts',
    contacts: 'Contacts',
    products: 'Products',
    pipeline: 'Pipeline',
    crossSelling: 'Cross-selling',
    game: 'Game',
    leads: 'Leads',
    accountPlans: 'Account plans',
    oneToOnes: 'One-to-ones',
    certifications: 'Certifications',
    coverage: 'International accounts',
    retention: 'Retention',
    targets: 'Targets',
    insights: 'Insights',
    data: 'Data',
    import: 'Import',
    administration: 'Administration',
    users: 'Users',
    settings: 'Settings',
    webhooks: 'Webhooks',
    auditTrail: 'Audit trail',
    adoption: 'Adoption',
    apiKeys: 'API keys',
  },
  userMenu: {
    label: 'Account menu',
    signOut: 'Sign out',
    apiKeys: 'API keys',
    account: 'Your account',
  },
  roles: {
    seller: 'Seller',
    sales_leader: 'Sales leader',
    marketing: 'Marketing',
    management: 'Management',
    admin: 'Administrator',
  },
  common: {
    /** The form a date field takes (shared/ui/DateField). */
    datePlaceholder: 'dd/mm/yyyy',
    clearDate: 'Clear the date',
    /** The time of a date-time field (shared/ui/DateTimeField), for screen readers. */
    hours: 'Hours',
    minutes: 'Minutes',
    filters: 'Filters',
    actions: 'Actions',
    loading: 'Loading…',
    cancel: 'Cancel',
    save: 'Save',
    close: 'Close',
    clear: 'Clear',
    none: 'None',
    noSalesGroup: 'No sales group',
    noMarket: 'No market',
    comingSoon: 'Coming soon',
    pageRange: '{{from}}–{{to}} of {{total}}',
    rowsPerPage: 'Rows per page',
    pageRangeAbout: '{{from}}–{{to}} of about {{total}}',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    tryAgain: 'Try again',
    togglePassword: 'Show or hide the password',
  },
  errors: {
    title: 'Something went wrong',
    network_error: 'Korsa could not be reached. Check your connection and try again.',
    bad_response: 'The server gave an unexpected answer. Please try again.',
    unauthenticated: 'Your session has ended. Please sign in again.',
    forbidden: 'You do not have permission to do that.',
    csrf_failed: 'Your session needs a refresh. Reload the page and try again.',
    not_found: 'It was not found — it may have been removed.',
    route_not_found: 'This part of Korsa is not available on the server.',
    validation_failed: 'Some fields need your attention.',
    rate_limited_one: 'Too many attempts. Try again in {{count}} minute.',
    rate_limited_other: 'Too many attempts. Try again in {{count}} minutes.',
    email_taken: 'A user with that e-mail address already exists.',
    last_admin: 'This is the last active administrator. Make someone else administrator first.',
    setup_done: 'Korsa has already been set up. Sign in instead.',
    link_invalid: 'This link can no longer be used.',
    passwords_disabled: 'Passwords are turned off here: sign in with single sign-on.',
    sso_failed: 'Single sign-on did not sign you in.',
    custom_field_invalid: 'A custom field has a value it cannot hold, or the field is archived. Check the custom fields.',
    record_deleted: 'It is deleted. Restore it first.',
    restore_expired: 'It was deleted more than 30 days ago and can no longer be restored.',
    internal_error: 'Something went wrong on our side. Please try again.',
    opportunity_open: 'The deal is open again already.',
    ritual_transition: 'That is not possible at this stage of the ritual. Reload to see where it stands.',
    ritual_full: 'The seminar is full: {{capacity}} places are taken.',
    ritual_not_begun: 'Follow-ups are given once the seminar has begun.',
    visit_transition: 'The joint visit has moved on meanwhile, so that is not possible now. Reload to see where it stands.',
    visit_no_customer: 'Pick the visit’s customer first.',
    visit_week_off: 'The scheme does not pair anyone in that week.',
    unknown: 'Something went wrong. Please try again.',
  },
  fields: {
    required: 'Required',
    email: 'Enter a valid e-mail address',
    passwordLength: 'Use at least 10 characters',
    tooLong: 'This is too long',
    invalid: 'Check this value',
    unknownChoice: 'Choose one of the options',
    tooShort: 'Use at least {{count}} characters',
    atLeast: 'At least {{min}}',
    atMost: 'At most {{max}}',
    tooMany: 'Choose at most {{count}}',
  },
  signIn: {
    title: 'Sign in to Korsa',
    subtitle: 'The shared customer memory of your sales groups.',
    email: 'E-mail',
    password: 'Password',
    submit: 'Sign in',
    invalidCredentials: 'The e-mail address or password is wrong.',
    missingFields: 'Enter your e-mail address and password.',
    demoHint: 'Demo: seller@nordlys.example / nordlys-demo',
    signedOut: 'You have been signed out.',
  },
  home: {
    greeting: {
      morning: 'Good morning, {{name}}',
      afternoon: 'Good afternoon, {{name}}',
      evening: 'Good evening, {{name}}',
    },
    intro:
      'Korsa helps your sales groups sell across each other: one memory of every customer, handoffs that always get an answer, and targets that reward the right behaviour.',
    demo: 'You are exploring the demo organisation {{name}}. Its data is made up, so try anything you like.',
    you: {
      title: 'You in Korsa',
      role: 'Role',
      salesGroup: 'Sales group',
      market: 'Market',
      organisation: 'Organisation',
    },
    firstSteps: {
      title: 'Your first steps',
      subtitle: 'A few things to do in your first days. Each is ticked when you have done it in Korsa.',
      complete: 'All done — Korsa is yours now. You can put this list away.',
      progress: '{{done}} of {{total}} done',
      done: 'done',
      doneOn: 'Done {{date}}',
      dismiss: 'Put the list away',
      show: 'Show your first steps ({{done}} of {{total}} done)',
      steps: {
        log_call: {
          title: 'Log a call',
          text: 'Open a customer and log a call on its timeline, so every sales group knows what was said.',
          go: 'Find a customer',
        },
        pass_tip: {
          title: 'Pass a tip to another group',
          text: 'Spotted a need another sales group can meet? Send them a tip with a short needs analysis.',
          go: 'Pass a tip',
        },
        update_deal: {
          title: 'Update a deal',
          text: 'Move a deal on the board, or correct its value or close date.',
          go: 'Open the pipeline',
        },
        set_targets: {
          title: 'Set your team’s targets',
          text: 'Split the year’s targets per seller and channel: renewal, upsell and cross-sell, win-back, new.',
          go: 'Open targets',
        },
        hold_forum: {
          title: 'Hold a cross-selling forum',
          text: 'Record a forum meeting: the tips passed, what came of them, and what was decided.',
          go: 'Open the forums',
        },
        qualify_lead: {
          title: 'Qualify a lead',
          text: 'Look at a new lead’s score and its parts, and mark it qualified when it is ready for sales.',
          go: 'Open the leads',
        },
        hand_lead: {
          title: 'Hand a lead to sales',
          text: 'Give a qualified lead to the right sales group; they must answer in time.',
          go: 'Open the leads',
        },
        invite_users: {
          title: 'Invite your colleagues',
          text: 'Invite the sellers and leaders by e-mail; each sets their own password.',
          go: 'Open users',
        },
        import_data: {
          title: 'Import your customers',
          text: 'Bring accounts, contacts and sales history from your old CRM as CSV files.',
          go: 'Open import',
        },
      },
    },
  },
  areas: {
    accounts: {
      title: 'One memory for every customer',
      text: 'Every customer and prospect with its subsidiaries, contacts and one timeline that all sales groups share.',
    },
    pipeline: {
      title: 'Every opportunity, from the first need',
      text: 'Opportunities from the first identified need to won or lost, with stages, quotes and a forecast for each group and market.',
    },
    crossSelling: {
      title: 'Sell across your sales groups',
      text: 'Handoffs between sales groups with mandatory feedback, the product matrix, and suggestions for what each customer may need next.',
    },
    targets: {
      title: 'Targets that reward the right behaviour',
      text: 'Targets per seller and channel, and the signed volume against them — with the gap to the company target in plain view.',
    },
    insights: {
      title: 'The same key figures for every market',
      text: 'Pipeline, win rate, cycle length, handoffs and feedback across markets, with alerts when something starts to drift.',
    },
  },
  notFound: {
    title: 'Page not found',
    text: 'The link may be wrong, or the page has moved.',
    back: 'Go to the overview',
  },
  users: {
    title: 'Users',
    description: 'Who can sign in to Korsa, with their role, sales group and market.',
    search: 'Search',
    searchPlaceholder: 'Name or e-mail',
    role: 'Role',
    allRoles: 'All roles',
    add: 'Add user',
    columns: {
      name: 'Name',
      email: 'E-mail',
      role: 'Role',
      salesGroup: 'Sales group',
      market: 'Market',
      status: 'Status',
      actions: 'Actions',
    },
    active: 'Active',
    inactive: 'Deactivated',
    actionsFor: 'Actions for {{name}}',
    edit: 'Edit',
    deactivate: 'Deactivate',
    reactivate: 'Reactivate',
    empty: {
      title: 'No users match',
      text: 'Try another search or role.',
    },
    form: {
      createTitle: 'Add user',
      editTitle: 'Edit {{name}}',
      name: 'Name',
      email: 'E-mail',
      password: 'Initial password',
      passwordHint: 'At least 10 characters. Give it to them in person.',
      role: 'Role',
      salesGroup: 'Sales group',
      market: 'Market',
      language: 'Language',
      create: 'Add user',
    },
    confirmDeactivate: {
      title: 'Deactivate {{name}}?',
      text: 'They are signed out at once and can no longer sign in. Everything they recorded stays.',
    },
    notify: {
      created: '{{name}} was added',
      updated: 'Changes to {{name}} were saved',
      deactivated: '{{name}} was deactivated',
      reactivated: '{{name}} can sign in again',
    },
  },
  apiKeys: {
    title: 'API keys',
    description: 'Keys let other systems use the Korsa API on your behalf. Treat them like passwords.',
    create: 'Create key',
    name: 'Name',
    namePlaceholder: 'e.g. Website integration',
    columns: {
      name: 'Name',
      prefix: 'Key',
      created: 'Created',
      lastUsed: 'Last used',
    },
    never: 'Never',
    revoke: 'Revoke',
    revokeLabel: 'Revoke {{name}}',
    confirmRevoke: {
      title: 'Revoke {{name}}?',
      text: 'Systems using this key stop working at once.',
    },
    token: {
      title: 'Copy your new key',
      text: 'This is the only time the key is shown. Store it somewhere safe.',
      copy: 'Copy',
      copied: 'Copied',
      done: 'Done',
    },
    empty: {
      title: 'No API keys yet',
      text: 'Create a key to connect another system to Korsa.',
    },
    notify: {
      revoked: '{{name}} was revoked',
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

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** The shape every language file has. */
export type Messages = Widen<typeof en>;
