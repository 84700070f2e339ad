/** Signing in through the real API: the session cookie and CSRF token a browser would hold. */
import { demoPassword } from '../../server/demo/catalogue';

export interface Session {
  email: string;
  cookie: string;
  csrfToken: string;
}

export async function signIn(base: string, email: string): Promise<Session> {
  const res = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: demoPassword }),
  });
  if (!res.ok) throw new Error(`Sign-in as ${email} failed: ${res.status} ${await res.text()}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { email, cookie, csrfToken };
}

/** The headers of a request in this session; writes carry the CSRF token. */
export function headersOf(session: Session, method: 'GET' | 'POST'): Record<string, string> {
  return method === 'GET'
    ? { cookie: session.cookie, accept: 'application/json' }
    : { cookie: session.cookie, accept: 'application/json', 'content-type': 'application/json', 'x-csrf-token': session.csrfToken };
}
