/** Tasks and the home page's day (English). */
export const tasks = {
  markDone: 'Mark “{{title}}” done',
  markOpen: 'Mark “{{title}}” not done',
  onlyOwner: 'Only the task’s owner, who gave it, their leader or an admin can tick it',
  tip: 'Tip',
  state: {
    overdue: 'Overdue',
    today: 'Today',
    upcoming: 'Upcoming',
    done: 'Done',
  },
  overdueSince: 'Overdue · {{date}}',
  record: {
    title: 'Tasks',
    add: 'Add task',
    empty: {
      account: 'No open tasks for this customer. Add one so the next step is not forgotten.',
      contact: 'No open tasks about this person. Add one so the next step is not forgotten.',
      opportunity: 'No open tasks for this deal. Add one so the next step is not forgotten.',
    },
    more_one: 'One more open task is not shown.',
    more_other: '{{count}} more open tasks are not shown.',
  },
  new: {
    button: 'New task',
    title: 'New task',
    what: 'What needs doing?',
    placeholder: 'Call back about the quote',
    titleRequired: 'Say what to do',
    account: 'Customer (optional)',
    due: 'Due',
    remind: 'Remind me at 08:00 that day',
    save: 'Add task',
    saved: 'Task added',
  },
};

export const day = {
  intro: 'Your day: what is due, the tips waiting for you, the deals to close and the customers to call.',
  introTeam: 'Your team’s day: who has overdue tasks, tips waiting, deals closing and deals gone quiet.',
  view: {
    label: 'Whose day',
    team: 'My team',
    me: 'My day',
  },
  tasks: {
    title: 'Tasks',
    none: 'Nothing due this week. Add a task, or log a call with a follow-up.',
  },
  tips: {
    title: 'Tips to answer',
    none: 'No tips are waiting for an answer.',
    from: 'from {{name}}',
    overdue: 'Overdue',
    due: 'Due {{date}}',
  },
  closing: {
    title: 'Closing this month',
    none: 'No open deals are expected to close this month.',
  },
  stale: {
    title: 'Gone quiet',
    none: 'Every open deal has had activity lately.',
  },
  renewals: {
    title: 'Renewals coming',
    none: 'No agreements end in the next four months.',
    perYear: '{{amount}} a year',
    ends: 'Ends {{date}}',
  },
  recent: {
    title: 'At your customers',
    none: 'Nothing new from colleagues at your customers in the last two weeks.',
  },
  team: {
    title: 'Your team',
    person: 'Person',
    overdueTasks: 'Overdue tasks',
    tipsWaiting: 'Tips waiting',
    tipsOverdue: 'Tips overdue',
    closing: 'Closing this month',
    stale: 'Gone quiet',
  },
  pastClose: 'Was due {{date}}',
  lastActivity: 'Last activity {{when}}',
  noActivity: 'No activity yet',
};

export const comments = {
  title: 'Comments',
  none: 'No comments yet. Ask a colleague something — type @ and their name.',
  someone: 'Someone',
  delete: 'Delete comment',
  label: 'Write a comment',
  placeholder: 'Write a comment; @ mentions a colleague',
  mention: 'Mention a colleague',
  hint: 'The people you @mention are notified. Ctrl+Enter sends.',
  send: 'Comment',
};
