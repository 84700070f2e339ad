/**
 * The e-mails that let people in — an invitation and a password-reset link — in the receiver's
 * language. Pure: what the mail says, not how it travels.
 */
import type { Locale } from './people';

export interface InvitationFacts {
  organisation: string;
  /** Who invited them (null when it came from the command line). */
  invitedBy: string | null;
  link: string;
  validHours: number;
}

export interface ResetFacts {
  link: string;
  validMinutes: number;
}

const invitation: Record<Locale, (f: InvitationFacts) => { subject: string; text: string }> = {
  en: (f) => ({
    subject: `You are invited to ${f.organisation} in Korsa`,
    text: [
      `${f.invitedBy ?? 'An administrator'} has invited you to ${f.organisation} in Korsa.`,
      '',
      `Choose your password here (the link works once, for ${f.validHours} hours):`,
      f.link,
      '',
      'If you did not expect this, you can ignore this e-mail.',
    ].join('\n'),
  }),
  sv: (f) => ({
    subject: `Du är inbjuden till ${f.organisation} i Korsa`,
    text: [
      `${f.invitedBy ?? 'En administratör'} har bjudit in dig till ${f.organisation} i Korsa.`,
      '',
      `Välj ditt lösenord här (länken fungerar en gång, i ${f.validHours} timmar):`,
      f.link,
      '',
      'Om du inte väntade dig det här kan du bortse från mejlet.',
    ].join('\n'),
  }),
  nb: (f) => ({
    subject: `Du er invitert til ${f.organisation} i Korsa`,
    text: [
      `${f.invitedBy ?? 'En administrator'} har invitert deg til ${f.organisation} i Korsa.`,
      '',
      `Velg passordet ditt her (lenken virker én gang, i ${f.validHours} timer):`,
      f.link,
      '',
      'Hvis du ikke ventet dette, kan du se bort fra e-posten.',
    ].join('\n'),
  }),
};

const reset: Record<Locale, (f: ResetFacts) => { subject: string; text: string }> = {
  en: (f) => ({
    subject: 'Choose a new password for Korsa',
    text: [
      'Someone (hopefully you) asked to reset your Korsa password.',
      '',
      `Choose a new one here (the link works once, for ${f.validMinutes} minutes):`,
      f.link,
      '',
      'If it was not you, ignore this e-mail: your password stays as it is.',
    ].join('\n'),
  }),
  sv: (f) => ({
    subject: 'Välj ett nytt lösenord för Korsa',
    text: [
      'Någon (förhoppningsvis du) har bett om att få återställa ditt lösenord i Korsa.',
      '',
      `Välj ett nytt här (länken fungerar en gång, i ${f.validMinutes} minuter):`,
      f.link,
      '',
      'Om det inte var du kan du bortse från mejlet: ditt lösenord förblir detsamma.',
    ].join('\n'),
  }),
  nb: (f) => ({
    subject: 'Velg et nytt passord for Korsa',
    text: [
      'Noen (forhåpentligvis du) har bedt om å tilbakestille passordet ditt i Korsa.',
      '',
      `Velg et nytt her (lenken virker én gang, i ${f.validMinutes} minutter):`,
      f.link,
      '',
      'Hvis det ikke var deg, kan du se bort fra e-posten: passordet ditt forblir som før.',
    ].join('\n'),
  }),
};

export const invitationMail = (locale: Locale, facts: InvitationFacts) => invitation[locale](facts);
export const resetMail = (locale: Locale, facts: ResetFacts) => reset[locale](facts);
