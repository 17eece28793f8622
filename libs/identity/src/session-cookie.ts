import type { Request } from 'express';

// The browser's refresh token lives in a cookie JavaScript cannot read (issue 21): httpOnly,
// SameSite=Strict, Path=/graphql (never sent with the app's files), Secure except over plain
// HTTP to a loopback address outside production (the dev server and the browser tests run on
// http://127.0.0.1). The access token stays in the app's memory only. A request opts in with
// the header below; integrations that do not send it keep the token-in-body flow unchanged.
export const SESSION_HEADER = 'x-brygga-session';
export const SESSION_HEADER_VALUE = 'cookie';
export const REFRESH_COOKIE = 'brygga_refresh';
const COOKIE_PATH = '/graphql';
const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

export function wantsCookieSession(req: Request | undefined): boolean {
  return req?.headers[SESSION_HEADER] === SESSION_HEADER_VALUE;
}

// The value of the first cookie of that name in the request's Cookie header, trimmed. The api
// has no cookie-parser middleware: it reads two cookies (the refresh token, the OIDC flow), both
// through here.
export function readCookie(req: Request | undefined, name: string): string | undefined {
  for (const part of (req?.headers.cookie ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return undefined;
}

export function readRefreshCookie(req: Request | undefined): string | undefined {
  const value = readCookie(req, REFRESH_COOKIE);
  return value !== undefined && /^[A-Za-z0-9_-]{20,200}$/.test(value) ? value : undefined;
}

export function secureCookie(req: Request, production: boolean): boolean {
  if (production) return true;
  return !(req.protocol === 'http' && LOOPBACK.has(req.hostname));
}

export function setRefreshCookie(req: Request, token: string, expiresAt: Date, production: boolean): void {
  req.res?.cookie(REFRESH_COOKIE, token, {
    httpOnly: true,
    secure: secureCookie(req, production),
    sameSite: 'strict',
    path: COOKIE_PATH,
    expires: expiresAt,
  });
}

export function clearRefreshCookie(req: Request, production: boolean): void {
  req.res?.clearCookie(REFRESH_COOKIE, {
    httpOnly: true,
    secure: secureCookie(req, production),
    sameSite: 'strict',
    path: COOKIE_PATH,
  });
}

// The own view's session (issue 19): its own cookie, so that a young person's or guardian's
// session can never be presented as a staff refresh token, with the same attributes.
export const SELF_SERVICE_COOKIE = 'brygga_self';

export function readSelfServiceCookie(req: Request | undefined): string | undefined {
  const value = readCookie(req, SELF_SERVICE_COOKIE);
  return value !== undefined && /^[A-Za-z0-9_-]{20,200}$/.test(value) ? value : undefined;
}

export function setSelfServiceCookie(req: Request, token: string, expiresAt: Date, production: boolean): void {
  req.res?.cookie(SELF_SERVICE_COOKIE, token, {
    httpOnly: true,
    secure: secureCookie(req, production),
    sameSite: 'strict',
    path: COOKIE_PATH,
    expires: expiresAt,
  });
}

export function clearSelfServiceCookie(req: Request, production: boolean): void {
  req.res?.clearCookie(SELF_SERVICE_COOKIE, {
    httpOnly: true,
    secure: secureCookie(req, production),
    sameSite: 'strict',
    path: COOKIE_PATH,
  });
}
