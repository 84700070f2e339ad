import type { Messages } from '../en';

/** Uppgifter och startsidans dag (svenska). */
export const tasks: Messages['tasks'] = {
  markDone: 'Markera ”{{title}}” som klar',
  markOpen: 'Markera ”{{title}}” som inte klar',
  onlyOwner: 'Bara uppgiftens ägare, den som gav den, ägarens chef eller en administratör kan bocka av den',
  tip: 'Tips',
  state: {
    overdue: 'Försenad',
    today: 'I dag',
    upcoming: 'Kommande',
    done: 'Klar',
  },
  overdueSince: 'Försenad · {{date}}',
  record: {
    title: 'Uppgifter',
    add: 'Lägg till uppgift',
    empty: {
      account: 'Inga öppna uppgifter för den här kunden. Lägg till en så att nästa steg inte glöms bort.',
      contact: 'Inga öppna uppgifter om den här personen. Lägg till en så att nästa steg inte glöms bort.',
      opportunity: 'Inga öppna uppgifter för den här affären. Lägg till en så att nästa steg inte glöms bort.',
    },
    more_one: 'Ytterligare en öppen uppgift visas inte.',
    more_other: 'Ytterligare {{count}} öppna uppgifter visas inte.',
  },
  new: {
    button: 'Ny uppgift',
    title: 'Ny uppgift',
    what: 'Vad behöver göras?',
    placeholder: 'Ring tillbaka om offerten',
    titleRequired: 'Skriv vad som ska göras',
    account: 'Kund (valfritt)',
    due: 'Klart senast',
    remind: 'Påminn mig kl. 08.00 den dagen',
    save: 'Lägg till uppgift',
    saved: 'Uppgiften har lagts till',
  },
};

export const day: Messages['day'] = {
  intro: 'Din dag: vad som ska göras, tipsen som väntar på dig, affärerna att stänga och kunderna att ringa.',
  introTeam: 'Ditt teams dag: vem som har försenade uppgifter, tips som väntar, affärer som ska stängas och affärer som tystnat.',
  view: {
    label: 'Vems dag',
    team: 'Mitt team',
    me: 'Min dag',
  },
  tasks: {
    title: 'Uppgifter',
    none: 'Inget att göra den här veckan. Lägg till en uppgift, eller logga ett samtal med uppföljning.',
  },
  tips: {
    title: 'Tips att svara på',
    none: 'Inga tips väntar på svar.',
    from: 'från {{name}}',
    overdue: 'Försenat',
    due: 'Senast {{date}}',
  },
  closing: {
    title: 'Stängs den här månaden',
    none: 'Inga öppna affärer väntas stängas den här månaden.',
  },
  stale: {
    title: 'Har tystnat',
    none: 'Alla öppna affärer har haft aktivitet nyligen.',
  },
  renewals: {
    title: 'Kommande förnyelser',
    none: 'Inga avtal löper ut de kommande fyra månaderna.',
    perYear: '{{amount}} per år',
    ends: 'Löper ut {{date}}',
  },
  recent: {
    title: 'Hos dina kunder',
    none: 'Inget nytt från kollegor hos dina kunder de senaste två veckorna.',
  },
  team: {
    title: 'Ditt team',
    person: 'Namn',
    overdueTasks: 'Försenade uppgifter',
    tipsWaiting: 'Väntande tips',
    tipsOverdue: 'Försenade tips',
    closing: 'Stängs den här månaden',
    stale: 'Har tystnat',
  },
  pastClose: 'Skulle ha stängts {{date}}',
  lastActivity: 'Senaste aktivitet {{when}}',
  noActivity: 'Ingen aktivitet ännu',
};

export const comments: Messages['comments'] = {
  title: 'Kommentarer',
  none: 'Inga kommentarer än. Fråga en kollega något – skriv @ och namnet.',
  someone: 'Någon',
  delete: 'Ta bort kommentaren',
  label: 'Skriv en kommentar',
  placeholder: 'Skriv en kommentar; @ nämner en kollega',
  mention: 'Nämn en kollega',
  hint: 'De du @nämner får en avisering. Ctrl+Enter skickar.',
  send: 'Kommentera',
};
