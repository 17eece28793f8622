import { randomBytes } from 'node:crypto';

import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';

import { actorOf, AuditService, SecurityEventKind, SecurityEventService } from '@app/core/audit';
import { sha256 } from '@app/core/auth';
import { Clock, dayIn } from '@app/core/clock';
import { DomainError, ErrorCode, forbidden, notFound } from '@app/core/errors';
import type { Caller } from '@app/core/graphql';

import type { CreateIntegrationCredentialInput } from '../dto/integration-credentials.inputs';
import type { IntegrationCredentialEntity } from '../entities/integration-credential.entity';
import type { Sender } from './school-file-imports';
import { IntegrationCredentialsRepository } from './integration-credentials.repository';

const DAY_MS = 86_400_000;
// Secrets start with this, so a leaked one is recognisable (and secret scanners can match it).
const SECRET_PREFIX = 'brygga_sig_';

export interface CreatedCredential {
  credential: IntegrationCredentialEntity;
  // Shown once; only its SHA-256 is kept.
  secret: string;
}

// The school systems' credentials (issue 16). The municipality's admin makes one for one school
// (an organisation in the school secrecy domain), names it, gives it a lifetime, and revokes it;
// the secret is shown once. A credential does one thing: post its school's files
// (POST /signals/import, POST /early-warning/absence-days/import).
@Injectable()
export class IntegrationCredentialsService {
  constructor(
    private readonly repository: IntegrationCredentialsRepository,
    private readonly audit: AuditService,
    private readonly securityEvents: SecurityEventService,
    private readonly clock: Clock,
  ) {}

  list({ ability }: Caller): Promise<IntegrationCredentialEntity[]> {
    return this.repository.list(ability);
  }

  async create(caller: Caller, input: CreateIntegrationCredentialInput): Promise<CreatedCredential> {
    const { principal, ability } = caller;
    const organization = await this.repository.organization(principal.municipalityId, input.organizationId);
    if (!organization) throw notFound('Organization');
    const scope = { municipalityId: principal.municipalityId, organizationId: organization.id };
    if (!ability.can('create', subject('IntegrationCredential', scope))) throw forbidden();
    if (organization.secrecyDomain !== 'SCHOOL') {
      throw new DomainError(
        ErrorCode.INTEGRATION_CREDENTIAL_ORGANIZATION_INVALID,
        'Integration credentials are made for schools only',
        { field: 'organizationId' },
      );
    }
    const secret = `${SECRET_PREFIX}${randomBytes(32).toString('base64url')}`;
    const now = this.clock.now();
    const credential = await this.repository.insert({
      ...scope,
      name: input.name.trim(),
      secretHash: sha256(secret),
      createdById: principal.userId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + input.validDays * DAY_MS),
      revokedAt: null,
      revokedById: null,
      lastUsedAt: null,
    });
    await this.audit.record(actorOf(principal), {
      action: 'integration_credential.create',
      subjectType: 'IntegrationCredential',
      subjectId: credential.id,
      summary: { organizationId: organization.id, validDays: input.validDays },
    });
    return { credential, secret };
  }

  async revoke(caller: Caller, id: string): Promise<IntegrationCredentialEntity> {
    const { principal, ability } = caller;
    const credential = await this.repository.find(ability, id, 'update');
    if (!credential) throw notFound('IntegrationCredential');
    const now = this.clock.now();
    // Revoking a revoked credential changes nothing (and says so in the audit row).
    const changed = await this.repository.revoke(credential.id, principal.userId, now);
    await this.audit.record(actorOf(principal), {
      action: 'integration_credential.revoke',
      subjectType: 'IntegrationCredential',
      subjectId: credential.id,
      summary: { organizationId: credential.organizationId, changed },
    });
    return (await this.repository.find(ability, id)) ?? credential;
  }

  // The sender a presented secret stands for, or a refusal (401 with its code) recorded as a
  // security event. Marks the credential as used.
  async authenticate(secret: string | undefined, clientAddress: string, operation: string): Promise<Sender> {
    const refuse = (code: ErrorCode, message: string, known?: IntegrationCredentialEntity): DomainError => {
      this.securityEvents.record({
        kind: SecurityEventKind.TOKEN_REFUSED,
        municipalityId: known?.municipalityId ?? null,
        clientAddress,
        code,
        operation,
      });
      return new DomainError(code, message);
    };
    if (!secret || !secret.startsWith(SECRET_PREFIX) || secret.length > 200) {
      throw refuse(ErrorCode.INTEGRATION_CREDENTIAL_INVALID, 'No valid integration credential');
    }
    const presented = await this.repository.bySecretHash(sha256(secret));
    if (!presented) throw refuse(ErrorCode.INTEGRATION_CREDENTIAL_INVALID, 'No valid integration credential');
    const { credential } = presented;
    const now = this.clock.now();
    if (credential.revokedAt) {
      throw refuse(ErrorCode.INTEGRATION_CREDENTIAL_REVOKED, 'The integration credential is revoked', credential);
    }
    // A school that has left the school secrecy domain can no longer send as one.
    if (credential.expiresAt <= now || presented.secrecyDomain !== 'SCHOOL') {
      throw refuse(ErrorCode.INTEGRATION_CREDENTIAL_EXPIRED, 'The integration credential has expired', credential);
    }
    await this.repository.touch(credential.id, now);
    return {
      municipalityId: credential.municipalityId,
      schoolId: credential.organizationId,
      userId: null,
      credentialId: credential.id,
      clientAddress,
      actor: {
        userId: null,
        role: 'INTEGRATION',
        organizationId: credential.organizationId,
        municipalityId: credential.municipalityId,
      },
      today: dayIn(presented.timeZone, now),
    };
  }

  names(ids: readonly string[]): Promise<Map<string, string>> {
    return this.repository.names(ids);
  }
}
