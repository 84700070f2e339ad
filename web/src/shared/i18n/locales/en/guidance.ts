/** In-app guidance (L6): the help menu, the page tours and the "what's new" note (English). */
export const guidance = {
  help: {
    label: 'Help',
    tour: 'Take the tour of this page',
    noTour: 'This page has no tour',
    whatsNew: 'What’s new',
  },
  tour: {
    next: 'Next',
    previous: 'Back',
    done: 'Done',
    progress: '{{step}} of {{count}}',
  },
  whatsNew: {
    title: 'What’s new in Korsa',
    version: 'Version {{version}} · {{date}}',
    ok: 'Got it',
  },
  tours: {
    home: {
      'home-day': { title: 'Your day', text: 'Korsa starts with your day: what is due, what came in and what needs you.' },
      'home-sections': { title: 'What needs you', text: 'Tasks, tips to answer, deals closing or gone quiet, renewals coming and signals from customers.' },
      capture: { title: 'Log it at once', text: 'Search anything, log a call or a meeting, or add a task from here, on every page.' },
      notifications: { title: 'Alerts', text: 'Tips, reminders and alerts land in the bell. Choose where each alert goes in your profile.' },
      help: { title: 'Help is here', text: 'Open this page’s tour again, or see what is new, from the help menu.' },
    },
    account: {
      'account-header': { title: 'The account', text: 'Who owns the customer, its status and what it is worth, with the actions you may take.' },
      'account-products': { title: 'What it has', text: 'The products it has from every sales group, and what it lacks.' },
      'account-deals': { title: 'Deals', text: 'Open and recent deals of all groups with this customer.' },
      'account-timeline': { title: 'The shared timeline', text: 'Every call, meeting and change by anyone in the company: log yours here.' },
      'account-side': { title: 'Tasks and health', text: 'Your tasks, the customer’s health, suggestions and contacts.' },
    },
    matrix: {
      'matrix-filters': { title: 'Choose the accounts', text: 'Filter by group, market, industry or owner to see the customers that matter to you.' },
      'matrix-legend': { title: 'Reading the matrix', text: 'Each cell says whether a customer has a product, is being worked or was found not relevant.' },
      'matrix-grid': { title: 'White space', text: 'The empty cells are cross-selling chances: open one to pass a tip or mark it.' },
    },
    pipeline: {
      'pipeline-filters': { title: 'Whose deals', text: 'Yours, your team’s or a group’s: filter the board as you need.' },
      'pipeline-board': { title: 'The board', text: 'A column per stage: drag a deal on when it moves; the totals follow.' },
      'pipeline-new': { title: 'A new deal', text: 'Start a deal here, or from the account page.' },
    },
    handoff: {
      'handoff-form': { title: 'Pass a tip', text: 'Tell another sales group about a chance at your customer.' },
      'handoff-group': { title: 'To whom', text: 'Choose the group, and the person if you know them; their leader sees it too.' },
      'handoff-analysis': { title: 'The products', text: 'Pick the products and answer their questions: a good tip is answered sooner.' },
      'handoff-send': { title: 'Send it', text: 'The receiver is told at once and reports back to you what came of it.' },
    },
  },
};
