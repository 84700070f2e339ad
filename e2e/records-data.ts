/** The records journey's rows as the API returns them, and a second person writing through the API. */
import { demoPassword } from './support';

export interface Page_<T> {
  items: T[];
}
export interface AccountRow {
  id: string;
  name: string;
  city: string | null;
  phone: string | null;
}
export interface ContactRow {
  id: string;
  firstName: string;
  lastName: string;
  title: string | null;
  deletedAt: string | null;
}
export interface OpportunityRow {
  id: string;
  accountId: string;
  name: string;
  estimatedValue: number | null;
  expectedCloseOn: string | null;
  version: number;
  currency: string;
}

/** Writes through the API as someone else (a colleague changing the same record meanwhile). */
export async function writerAs(base: string, email: string) {
  const res = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: demoPassword }),
  });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return async (method: string, path: string, body: unknown) => {
    const r = await fetch(`${base}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
    return r.json() as Promise<unknown>;
  };
}
