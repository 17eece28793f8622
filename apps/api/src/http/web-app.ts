import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

// The web app (apps/web, built by scripts/build.mjs into dist/web) served at `/` by the api
// itself, so `npm start` is still all a new user needs. `/graphql` and `/health/*` are left
// to Nest; every other GET that asks for HTML gets index.html (client-side routes).
//
// The Content Security Policy allows scripts, styles, fonts and connections from the api's
// own origin only: Vite emits no inline script, and React sets styles through the CSSOM,
// which CSP does not govern, so no 'unsafe-inline' is needed. connect-src 'self' covers
// the same-origin graphql-ws socket.
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

const API_PATHS = /^\/(graphql|health|files|auth|retention\/archives)(\/|$)/;

// The repository (or image) root: the nearest folder above this file with a package.json,
// the same from the compiled dist/apps/api/src and from the sources under jest.
function projectRoot(from: string): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

export function defaultWebAppDir(): string {
  return path.join(projectRoot(__dirname), 'dist', 'web');
}

function listFiles(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '.vite') walk(full);
      } else if (TYPES[path.extname(entry.name)]) {
        files.set(`/${path.relative(root, full).split(path.sep).join('/')}`, full);
      }
    }
  };
  walk(root);
  return files;
}

export function securityHeaders(production: boolean) {
  return (_req: Request, res: Response, next: NextFunction): void => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()');
    if (production) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    next();
  };
}

// Returns false when there is no built web app (the api then serves GraphQL only).
export function serveWebApp(app: NestExpressApplication, dir: string): boolean {
  if (!existsSync(path.join(dir, 'index.html'))) return false;
  const files = listFiles(dir);
  const indexHtml = path.join(dir, 'index.html');
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.path)) return next();
    const file = files.get(req.path);
    if (file && req.path !== '/index.html') {
      // Vite names every asset by its content hash, so they never change under a name.
      const immutable = req.path.startsWith('/assets/');
      res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      res.type(TYPES[path.extname(file)] ?? 'application/octet-stream');
      res.setHeader('Content-Length', String(statSync(file).size));
      return res.sendFile(file, { etag: false, lastModified: false });
    }
    if (!req.accepts('html') || path.extname(req.path) !== '') return next();
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html');
    return res.sendFile(indexHtml, { etag: false, lastModified: false });
  });
  return true;
}
