import nodemailer from 'nodemailer';
import type { Config } from '../config';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** A calendar invitation (iCalendar text) sent as the message's text/calendar part (nodemailer's `icalEvent`). */
  icalEvent?: { method: 'REQUEST' | 'CANCEL'; filename: string; content: string };
}

/** Sends e-mail. Korsa has one only when SMTP_URL is configured; tests pass their own. */
export interface Mailer {
  send(mail: Mail): Promise<void>;
}

export function createMailer(config: Config): Mailer | null {
  if (!config.SMTP_URL) return null;
  const transport = nodemailer.createTransport(config.SMTP_URL);
  return {
    async send(mail) {
      await transport.sendMail({ from: config.MAIL_FROM, ...mail });
    },
  };
}
