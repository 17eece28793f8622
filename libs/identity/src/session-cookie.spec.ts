import type { Request } from 'express';

import { readCookie, readRefreshCookie, REFRESH_COOKIE } from './session-cookie';

const withCookie = (cookie: string | undefined) => ({ headers: { cookie } }) as unknown as Request;

describe('readCookie', () => {
  it('finds the first cookie of the name, trimmed, among others', () => {
    const req = withCookie('a=1;  flow = abc ; flow=second; =empty; noequals');
    expect(readCookie(req, 'flow')).toBe('abc');
    expect(readCookie(req, 'a')).toBe('1');
  });

  it('answers undefined for a missing name, header or request', () => {
    expect(readCookie(withCookie('a=1; noequals'), 'noequals')).toBeUndefined();
    expect(readCookie(withCookie('=x'), '')).toBeUndefined();
    expect(readCookie(withCookie(undefined), 'a')).toBeUndefined();
    expect(readCookie(undefined, 'a')).toBeUndefined();
  });
});

describe('readRefreshCookie', () => {
  it('accepts only a token-shaped value', () => {
    const token = 'A'.repeat(40);
    expect(readRefreshCookie(withCookie(`x=1; ${REFRESH_COOKIE}=${token}`))).toBe(token);
    expect(readRefreshCookie(withCookie(`${REFRESH_COOKIE}=short`))).toBeUndefined();
    expect(readRefreshCookie(withCookie(`${REFRESH_COOKIE}=${'A'.repeat(30)}!`))).toBeUndefined();
  });
});
