import { parseCookie } from 'cookie';
import type { Request, Response } from 'express';
import { secureCookies } from '../../env';

/** Name of the staff session cookie. */
export const SESSION_COOKIE = 'blk_session';

/** The session token the request's cookie carries, if any (refused when implausibly long). */
export function sessionCookieToken(req: Pick<Request, 'headers'>): string | undefined {
  const token = parseCookie(req.headers.cookie ?? '')[SESSION_COOKIE];
  return token && token.length <= 200 ? token : undefined;
}

/** Sets the session cookie (HttpOnly, SameSite=Strict, Secure per the env), or clears it on null. */
export function setSessionCookie(res: Response, token: string | null, expiresAt?: Date): void {
  const options = {
    httpOnly: true,
    sameSite: 'strict',
    secure: secureCookies(),
    path: '/',
  } as const;
  if (token === null) res.clearCookie(SESSION_COOKIE, options);
  else
    res.cookie(SESSION_COOKIE, token, { ...options, ...(expiresAt ? { expires: expiresAt } : {}) });
}
