import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';

import { actorOf, AuditService } from '@app/core/audit';
import { hashPassword } from '@app/core/auth';
import type { AppAbility } from '@app/core/authz';
import { Clock } from '@app/core/clock';
import { isUniqueViolation, TransactionHost } from '@app/core/database';
import { conflict, DomainError, ErrorCode, forbidden, notFound } from '@app/core/errors';
import type { Caller, Page } from '@app/core/graphql';
import { OrganizationsRepository } from '@app/organizations';

import type { AddMembershipInput, CreateUserInput, SetUserDisabledInput, UpdateUserInput } from './dto/identity.inputs';
import { MembershipEntity } from './entities/membership.entity';
import { UserEntity } from './entities/user.entity';
import { IdentityRepository } from './identity.repository';

@Injectable()
export class UsersService {
  constructor(
    private readonly repository: IdentityRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly audit: AuditService,
    private readonly tx: TransactionHost,
    private readonly clock: Clock,
  ) {}

  async get(ability: AppAbility, id: string): Promise<UserEntity> {
    const found = await this.repository.findUser(ability, id);
    if (!found) throw notFound('User');
    return found;
  }

  list(ability: AppAbility, args: { first?: number; after?: string; search?: string }): Promise<Page<UserEntity>> {
    return this.repository.usersPage(ability, args);
  }

  async membership(ability: AppAbility, id: string): Promise<MembershipEntity> {
    const found = await this.repository.findMembership(ability, id);
    if (!found) throw notFound('Membership');
    return found;
  }

  async create(caller: Caller, input: CreateUserInput): Promise<UserEntity> {
    const values = {
      municipalityId: caller.principal.municipalityId,
      email: input.email.trim().toLowerCase(),
      displayName: input.displayName.trim(),
      passwordHash: input.password ? await hashPassword(input.password) : null,
      externalSubject: input.externalSubject ?? null,
    };
    if (!caller.ability.can('create', subject('User', values))) throw forbidden();
    // Serialise on the e-mail so two concurrent creations give one user and one clear error.
    await this.tx.manager.query("SELECT pg_advisory_xact_lock(hashtextextended('user-email:' || $1, 0))", [
      values.email,
    ]);
    if (await this.repository.emailExists(values.email)) throw emailTaken();
    const created = await this.repository.insertUser(values);
    await this.audit.record(actorOf(caller.principal), {
      action: 'user.create',
      subjectType: 'User',
      subjectId: created.id,
      summary: { password: values.passwordHash !== null, externalSubject: values.externalSubject !== null },
    });
    return created;
  }

  // Name and e-mail (the login name). The e-mail is serialised like a creation so two users never
  // end up with one address; the unique index stays the last word.
  async update(caller: Caller, input: UpdateUserInput): Promise<UserEntity> {
    const current = await this.repository.findUser(caller.ability, input.id, 'update');
    if (!current) throw notFound('User');
    const email = input.email?.trim().toLowerCase();
    const patch = {
      ...(input.displayName !== undefined ? { displayName: input.displayName.trim() } : {}),
      ...(email !== undefined && email !== current.email ? { email } : {}),
    };
    if (patch.email !== undefined) {
      await this.tx.manager.query("SELECT pg_advisory_xact_lock(hashtextextended('user-email:' || $1, 0))", [
        patch.email,
      ]);
      if (await this.repository.emailExists(patch.email)) throw emailTaken();
    }
    const changed = await this.repository
      .updateUserIfVersion(current.id, input.version, patch)
      .catch((error: unknown) => {
        throw isUniqueViolation(error, 'uq_app_user_email') ? emailTaken() : error;
      });
    if (!changed) throw conflict();
    await this.audit.record(actorOf(caller.principal), {
      action: 'user.update',
      subjectType: 'User',
      subjectId: current.id,
      // Which fields changed, never their values (the e-mail is personal data).
      summary: { changed: Object.keys(patch) },
    });
    return this.get(caller.ability, current.id);
  }

  // A disabled user cannot sign in (password or identity provider), their running sessions end
  // with the next request and their refresh tokens are revoked. Their memberships and records are
  // kept, so enabling them again restores the same access. One cannot disable oneself: an admin
  // would otherwise lock the municipality out by mistake.
  async setDisabled(caller: Caller, input: SetUserDisabledInput): Promise<UserEntity> {
    const current = await this.repository.findUser(caller.ability, input.id, 'update');
    if (!current) throw notFound('User');
    if (current.id === caller.principal.userId) {
      throw new DomainError(ErrorCode.USER_DISABLE_OWN, 'You cannot disable the user you are signed in as');
    }
    if (await this.repository.setUserDisabled(current.id, input.disabled ? this.clock.now() : null)) {
      await this.audit.record(actorOf(caller.principal), {
        action: input.disabled ? 'user.disable' : 'user.enable',
        subjectType: 'User',
        subjectId: current.id,
        summary: {},
      });
    }
    // Already so: nothing changed and nothing is recorded; the answer is the user as they are.
    return this.get(caller.ability, current.id);
  }

  async addMembership(caller: Caller, input: AddMembershipInput): Promise<MembershipEntity> {
    const values = { ...input, municipalityId: caller.principal.municipalityId };
    if (!caller.ability.can('create', subject('Membership', values))) throw forbidden();
    // Both ends must be visible to the caller (and so in the caller's municipality).
    const [user, organization] = await Promise.all([
      this.repository.findUser(caller.ability, input.userId),
      this.organizations.findOne(caller.ability, input.organizationId),
    ]);
    if (!user) throw notFound('User');
    if (!organization) throw notFound('Organization');
    if (await this.repository.membershipExists(input.userId, input.organizationId, input.role))
      throw membershipExists();
    // The check above gives the usual case a clear error; the partial unique index decides races.
    const created = await this.repository.insertMembership(values).catch((error: unknown) => {
      throw isUniqueViolation(error, 'uq_membership_user_organization_role') ? membershipExists() : error;
    });
    await this.audit.record(actorOf(caller.principal), {
      action: 'membership.create',
      subjectType: 'Membership',
      subjectId: created.id,
      summary: { userId: input.userId, organizationId: input.organizationId, role: input.role },
    });
    return created;
  }

  // Ends a membership at once: its next request is refused and its refresh tokens are revoked
  // (kept, never deleted, for the audit trail). The membership one acts through cannot be ended
  // that way, so an admin cannot lock the municipality out by mistake.
  async endMembership(caller: Caller, id: string): Promise<MembershipEntity> {
    const membership = await this.repository.findMembershipForUpdate(caller.ability, id);
    if (!membership) throw notFound('Membership');
    if (membership.id === caller.principal.membershipId) {
      throw new DomainError(ErrorCode.MEMBERSHIP_END_OWN, 'The membership you act through cannot be ended by you');
    }
    const endedAt = this.clock.now();
    if (!(await this.repository.endMembership(membership.id, endedAt))) {
      throw new DomainError(ErrorCode.MEMBERSHIP_ENDED, 'The membership has already ended');
    }
    await this.audit.record(actorOf(caller.principal), {
      action: 'membership.end',
      subjectType: 'Membership',
      subjectId: membership.id,
      summary: { userId: membership.userId, organizationId: membership.organizationId, role: membership.role },
    });
    return { ...membership, endedAt };
  }
}

function membershipExists(): DomainError {
  return new DomainError(ErrorCode.MEMBERSHIP_EXISTS, 'The user already has that role in that organisation');
}

function emailTaken(): DomainError {
  return new DomainError(ErrorCode.USER_EMAIL_TAKEN, 'A user with that e-mail already exists');
}
