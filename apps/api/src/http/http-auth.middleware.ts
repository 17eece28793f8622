import type { NextFunction, Request, Response } from 'express';

import type { Principal } from '@app/core/auth';
import type { AppAbility, AuthorizationContext } from '@app/core/authz';
import { DomainError } from '@app/core/errors';

import { AuthenticationService, bearerToken } from '../auth/authentication.service';

// What an authenticated HTTP route (file upload and download) finds on its request: the same
// principal and ability a GraphQL request gets, so the PolicyGuard decides routes as it decides
// operations. An invalid token does not fail here; the guard reports it for routes that need one.
export interface AuthenticatedRequest extends Request, AuthorizationContext {
  principal?: Principal;
  ability?: AppAbility;
}

export function httpAuthMiddleware(auth: AuthenticationService) {
  return (req: Request, _res: Response, next: NextFunction): void => {
    const target = req as AuthenticatedRequest;
    const token = bearerToken(req.headers.authorization);
    target.authenticated = false;
    target.ability = auth.abilityFor(undefined);
    if (!token) {
      next();
      return;
    }
    auth.principalFor(token).then(
      (principal) => {
        target.principal = principal;
        target.ability = auth.abilityFor(principal);
        target.authenticated = true;
        next();
      },
      (error: unknown) => {
        if (error instanceof DomainError) {
          target.authError = error;
          next();
        } else next(error);
      },
    );
  };
}
