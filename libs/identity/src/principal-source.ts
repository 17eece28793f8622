import { Injectable } from '@nestjs/common';

import type { PrincipalLoad, PrincipalSource } from '@app/core/auth';

import { IdentityRepository } from './identity.repository';

@Injectable()
export class IdentityPrincipalSource implements PrincipalSource {
  constructor(private readonly repository: IdentityRepository) {}

  byMembership(userId: string, membershipId: string, now: Date): Promise<PrincipalLoad | undefined> {
    return this.repository.principalByMembership(userId, membershipId, now);
  }

  byExternalSubject(
    subject: string,
    organizationId: string | undefined,
    now: Date,
  ): Promise<PrincipalLoad | undefined> {
    return this.repository.principalByExternalSubject(subject, organizationId, now);
  }
}
