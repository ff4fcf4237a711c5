import type { Request, Response } from 'express';

/** The web app's session cookie: HTTP-only (no script can read it) and SameSite=Strict (no other site can send it). */
export const SESSION_COOKIE = 'kompetensi_session';

export function setSessionCookie(res: Response, secret: string, expires: Date): void {
  res.cookie(SESSION_COOKIE, secret, { httpOnly: true, sameSite: 'strict', secure: res.req.secure, path: '/', expires });
}

export function clearSessionCookie(res: Response): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', path: '/' });
}

/** The secret a request carries: `Authorization: Bearer …` first, else the session cookie. */
export function secretOf(req: Request): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim();
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(value.join('='));
  }
  return null;
}
