import type { Request } from 'express';

// The caller's address as security events, rate limits and the access log record it: Express's
// `req.ip` (which honours X-Forwarded-For only from the proxies the app trusts, see
// apps/api/src/bootstrap.ts), else the socket's peer. Bounded to the column's 64 characters.
export function clientAddressOf(req: Request | undefined): string {
  return (req?.ip ?? req?.socket.remoteAddress ?? 'unknown').slice(0, 64);
}
