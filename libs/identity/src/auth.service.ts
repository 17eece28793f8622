import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import { actorOf, AuditService, SecurityEventKind, SecurityEventService } from '@app/core/audit';
import {
  newOpaqueToken,
  sha256,
  TokenService,
  verifyPassword,
  type Principal,
  type PrincipalLoad,
} from '@app/core/auth';
import { Clock } from '@app/core/clock';
import { AppConfig } from '@app/core/config';
import { TransactionHost } from '@app/core/database';
import { DomainError, ErrorCode } from '@app/core/errors';

import { MembershipEntity } from './entities/membership.entity';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import { IdentityRepository } from './identity.repository';
import { LoginRateLimiter } from './login-rate-limiter';

export interface IssuedTokens {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  membership: MembershipEntity;
}

function invalidCredentials(): DomainError {
  return new DomainError(ErrorCode.AUTH_INVALID_CREDENTIALS, 'Wrong e-mail or password');
}

@Injectable()
export class AuthService {
  constructor(
    private readonly repository: IdentityRepository,
    private readonly tokens: TokenService,
    private readonly limiter: LoginRateLimiter,
    private readonly audit: AuditService,
    private readonly tx: TransactionHost,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly securityEvents: SecurityEventService,
  ) {}

  // Runs outside the mutation's transaction (the resolver is @OwnTransaction): the rate-limit
  // reservation and scrypt hold no pool connection of this login's, and only a login whose
  // password was right opens a transaction, to issue the tokens.
  async login(
    email: string,
    password: string,
    organizationId: string | undefined,
    clientAddress: string,
  ): Promise<IssuedTokens> {
    // Security events are queued in memory and written in batches by another writer: recording
    // one holds no connection of this login's (test/e2e/login-burst.e2e-spec.ts).
    let attemptId: string;
    try {
      attemptId = await this.limiter.admit(email, clientAddress);
    } catch (error) {
      if (error instanceof DomainError && error.code === ErrorCode.RATE_LIMITED) {
        this.securityEvents.record({ kind: SecurityEventKind.LOGIN_THROTTLED, email, clientAddress, code: error.code });
      }
      throw error;
    }
    const user = await this.repository.userByEmail(email.trim());
    // verifyPassword runs even for an unknown e-mail, so timing does not reveal accounts.
    const passwordOk = await verifyPassword(password, user?.passwordHash ?? null);
    if (!user || !passwordOk || user.disabledAt) {
      this.securityEvents.record({
        kind: SecurityEventKind.LOGIN_FAILED,
        email,
        userId: user?.id ?? null,
        municipalityId: user?.municipalityId ?? null,
        clientAddress,
        code: ErrorCode.AUTH_INVALID_CREDENTIALS,
      });
      throw invalidCredentials();
    }
    return this.tx.run(() => this.signIn(user.id, organizationId, attemptId), { requireAudit: true });
  }

  // The part of a login with the right password, in its own transaction.
  private async signIn(userId: string, organizationId: string | undefined, attemptId: string): Promise<IssuedTokens> {
    const principal = await this.repository.principalForLogin(userId, organizationId, this.clock.now());
    if (!principal) throw new DomainError(ErrorCode.AUTH_NO_MEMBERSHIP, 'No active membership for that organisation');
    const issued = await this.issue(principal, randomUUID());
    await this.limiter.succeeded(attemptId);
    await this.audit.record(actorOf(principal), {
      action: 'auth.login',
      subjectType: 'User',
      subjectId: userId,
      summary: { membershipId: principal.membershipId, method: 'password' },
    });
    return issued;
  }

  // A sign-in through the municipality's provider (libs/identity/src/oidc): the provider has
  // vouched for `subject`; the user with that external subject signs in to their first active
  // membership, exactly as a password login without `organizationId` does (the app then offers
  // the others through `switchMembership`). Undefined when no active user has that subject.
  async signInExternal(subject: string): Promise<IssuedTokens | undefined> {
    const principal = await this.repository.principalByExternalSubject(subject, undefined, this.clock.now());
    if (!principal) return undefined;
    return this.tx.run(
      async () => {
        const issued = await this.issue(principal, randomUUID());
        await this.audit.record(actorOf(principal), {
          action: 'auth.login',
          subjectType: 'User',
          subjectId: principal.userId,
          summary: { membershipId: principal.membershipId, method: 'oidc' },
        });
        return issued;
      },
      { requireAudit: true },
    );
  }

  // The signed-in user continues in another of their active memberships: new tokens bound to it
  // (a token names one membership), and the current membership's refresh tokens revoked, so
  // the session the user left cannot be resumed with an old cookie. Runs in the mutation's
  // transaction.
  async switchMembership(principal: Principal, organizationId: string): Promise<IssuedTokens> {
    const next = await this.repository.principalForLogin(principal.userId, organizationId, this.clock.now());
    if (!next) throw new DomainError(ErrorCode.AUTH_NO_MEMBERSHIP, 'No active membership for that organisation');
    await this.revokeMembershipTokens(principal);
    const issued = await this.issue(next, randomUUID());
    await this.audit.record(actorOf(principal), {
      action: 'auth.switch_membership',
      subjectType: 'User',
      subjectId: principal.userId,
      summary: { fromMembershipId: principal.membershipId, membershipId: next.membershipId },
    });
    return issued;
  }

  // Rotation: each refresh token works once. Presenting a used one again means it was copied,
  // so the whole family is revoked and both holders must sign in again.
  async refresh(refreshToken: string): Promise<IssuedTokens> {
    const repo = this.tx.manager.getRepository(RefreshTokenEntity);
    const stored = await repo.findOne({ where: { tokenHash: sha256(refreshToken) } });
    const invalid = new DomainError(
      ErrorCode.AUTH_REFRESH_TOKEN_INVALID,
      'The refresh token is not valid; sign in again',
    );
    if (!stored || stored.revokedAt || stored.expiresAt.getTime() <= this.clock.now().getTime()) throw invalid;
    if (stored.usedAt) {
      // Committed on purpose although the call fails: revoking the family is the point.
      await this.revokeFamilyOutsideTransaction(stored.familyId);
      throw invalid;
    }
    // Consumed atomically: of two concurrent refreshes with one token, exactly one wins.
    const consumed = await this.tx.manager.query<[unknown[], number]>(
      'UPDATE refresh_token SET used_at = now() WHERE id = $1 AND used_at IS NULL AND revoked_at IS NULL RETURNING id',
      [stored.id],
    );
    if (consumed[1] !== 1) throw invalid;
    const principal = await this.repository.principalByMembership(stored.userId, stored.membershipId, this.clock.now());
    if (!principal) throw invalid;
    const issued = await this.issue(principal, stored.familyId);
    await this.audit.record(actorOf(principal), {
      action: 'auth.refresh',
      subjectType: 'User',
      subjectId: principal.userId,
      summary: { membershipId: principal.membershipId },
    });
    return issued;
  }

  async logout(principal: Principal): Promise<void> {
    await this.revokeMembershipTokens(principal);
    await this.audit.record(actorOf(principal), {
      action: 'auth.logout',
      subjectType: 'User',
      subjectId: principal.userId,
      summary: { membershipId: principal.membershipId },
    });
  }

  private async revokeMembershipTokens(principal: Principal): Promise<void> {
    await this.tx.manager
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ revokedAt: () => 'now()' })
      .where('membership_id = :membershipId AND user_id = :userId AND revoked_at IS NULL', {
        membershipId: principal.membershipId,
        userId: principal.userId,
      })
      .execute();
  }

  private async issue(principal: PrincipalLoad, familyId: string): Promise<IssuedTokens> {
    const access = await this.tokens.issueAccessToken(principal.userId, principal.membershipId);
    const refresh = newOpaqueToken();
    const refreshTokenExpiresAt = new Date(
      this.clock.now().getTime() + this.config.env.REFRESH_TOKEN_TTL_SECONDS * 1000,
    );
    await this.tx.manager.getRepository(RefreshTokenEntity).insert({
      municipalityId: principal.municipalityId,
      userId: principal.userId,
      membershipId: principal.membershipId,
      familyId,
      tokenHash: refresh.hash,
      expiresAt: refreshTokenExpiresAt,
      usedAt: null,
      revokedAt: null,
    });
    const membership = Object.assign(new MembershipEntity(), {
      id: principal.membershipId,
      userId: principal.userId,
      organizationId: principal.organizationId,
      municipalityId: principal.municipalityId,
      role: principal.role,
      endedAt: null,
    });
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken: refresh.token,
      refreshTokenExpiresAt,
      membership,
    };
  }

  private async revokeFamilyOutsideTransaction(familyId: string): Promise<void> {
    // A separate connection: the mutation's own transaction is about to roll back.
    await this.tx.manager.connection.query(
      'UPDATE refresh_token SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL',
      [familyId],
    );
  }
}
