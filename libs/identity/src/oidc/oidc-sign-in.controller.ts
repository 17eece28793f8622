import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';

import { Public } from '@app/core/authz';
import { AppConfig } from '@app/core/config';
import { clientAddressOf } from '@app/core/logging';

import { readCookie, secureCookie, setRefreshCookie, setSelfServiceCookie } from '../session-cookie';
import { FLOW_COOKIE, FLOW_COOKIE_PATH, FLOW_MAX_AGE_MS, intentOf } from './oidc-flow';
import { OidcSignInService, type CallbackParams } from './oidc-sign-in.service';

// The only sign-in that is not a GraphQL operation, because the provider talks to the browser
// by redirects: `start` sends the browser to the provider, `callback` takes it back, starts a
// Brygga session (the refresh cookie) and sends it on to the app, which restores the session
// as after a reload. Both answer 404 when no provider is configured for sign-in. The app learns
// the outcome from `?oidc=` in its address (ok, or an error code of docs/ERRORS.md).
@Controller('auth/oidc')
export class OidcSignInController {
  constructor(
    private readonly service: OidcSignInService,
    private readonly config: AppConfig,
  ) {}

  @Get('start')
  @Public()
  start(@Req() req: Request, @Res() res: Response, @Query('for') intentParam: unknown): void {
    const settings = this.service.settings;
    // `?for=self` (a young person) or `?for=guardian` starts a sign-in to the own view.
    const intent = intentOf(intentParam);
    if (!settings || !intent) {
      res.status(404).json({ code: 'NOT_FOUND' });
      return;
    }
    const { redirectTo, cookie } = this.service.start(settings, intent);
    // Lax, not Strict: the provider's redirect back is a cross-site navigation, and the cookie
    // must come with it.
    res.cookie(FLOW_COOKIE, cookie, {
      httpOnly: true,
      secure: secureCookie(req, this.config.production),
      sameSite: 'lax',
      path: FLOW_COOKIE_PATH,
      maxAge: FLOW_MAX_AGE_MS,
    });
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(302, redirectTo);
  }

  @Get('callback')
  @Public()
  async callback(@Req() req: Request, @Res() res: Response, @Query() query: CallbackParams): Promise<void> {
    const settings = this.service.settings;
    if (!settings) {
      res.status(404).json({ code: 'NOT_FOUND' });
      return;
    }
    // The flow is used once, whatever the outcome.
    res.clearCookie(FLOW_COOKIE, {
      httpOnly: true,
      secure: secureCookie(req, this.config.production),
      sameSite: 'lax',
      path: FLOW_COOKIE_PATH,
    });
    res.setHeader('Cache-Control', 'no-store');
    const outcome = await this.service.complete(settings, query, readCookie(req, FLOW_COOKIE), clientAddressOf(req));
    if (!outcome.ok) {
      res.redirect(302, `${outcome.ownView ? '/min-sida' : '/'}?oidc=${outcome.code}`);
      return;
    }
    if ('selfService' in outcome) {
      setSelfServiceCookie(req, outcome.selfService.token, outcome.selfService.expiresAt, this.config.production);
      res.redirect(302, '/min-sida?oidc=ok');
      return;
    }
    setRefreshCookie(req, outcome.issued.refreshToken, outcome.issued.refreshTokenExpiresAt, this.config.production);
    res.redirect(302, '/?oidc=ok');
  }
}
