import { describe, expect, it } from 'vitest';
import { notificationMail } from './notification-texts';

describe('notification e-mails', () => {
  it('say who did what at which customer, in the receiver’s language, with the link', () => {
    const mail = notificationMail(
      'handoff.accepted',
      { accountName: 'Fjordkraft AS', by: 'Kari Nordmann' },
      'nb',
      'https://korsa.example/x',
    );
    expect(mail.subject).toBe('Tipset ditt om Fjordkraft AS er akseptert av Kari Nordmann');
    expect(mail.text).toContain('Åpne i Korsa: https://korsa.example/x');
    expect(notificationMail('handoff.received', {}, 'sv', null).subject).toBe('Du har fått ett nytt tips');
    expect(notificationMail('targets.behind_pace', { seller: 'Eva', progress: 31, elapsed: 50 }, 'en', null).subject).toBe(
      'Eva: at 31 % of target with 50 % of the year gone',
    );
  });
  it('remind of a task and tell who mentioned you', () => {
    expect(notificationMail('tasks.due', { title: 'Ring Tove', accountName: 'Uppgift AB' }, 'sv', null).subject).toBe(
      'Påminnelse: Ring Tove (Uppgift AB)',
    );
    expect(notificationMail('comments.mention', { by: 'Eva', accountName: 'Volvo' }, 'en', null).subject).toBe('Eva mentioned you at Volvo');
  });
  it('falls back to a general sentence for a kind it does not know', () => {
    expect(notificationMail('something.new', {}, 'sv', null).subject).toBe('Något har hänt i Korsa');
  });
});
