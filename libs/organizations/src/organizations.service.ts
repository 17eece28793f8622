import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';

import { actorOf, AuditService } from '@app/core/audit';
import type { Principal } from '@app/core/auth';
import type { AppAbility } from '@app/core/authz';
import { isTimeZone } from '@app/core/clock';
import { conflict, DomainError, ErrorCode, forbidden, notFound } from '@app/core/errors';
import type { Caller, Page } from '@app/core/graphql';
import { PgPubSub } from '@app/core/pubsub';

import type {
  CreateOrganizationInput,
  UpdateMunicipalitySettingsInput,
  UpdateOrganizationInput,
} from './dto/organization.inputs';
import { MunicipalityEntity } from './entities/municipality.entity';
import { OrganizationEntity } from './entities/organization.entity';
import { DEFAULT_SECRECY_DOMAIN, OrganizationKind } from './organization-kind';
import { OrganizationsRepository } from './organizations.repository';

export const ORGANIZATION_CHANGED = 'organization.changed';

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly repository: OrganizationsRepository,
    private readonly audit: AuditService,
    private readonly pubsub: PgPubSub,
  ) {}

  async get(ability: AppAbility, id: string): Promise<OrganizationEntity> {
    const found = await this.repository.findOne(ability, id);
    if (!found) throw notFound('Organization');
    return found;
  }

  list(
    ability: AppAbility,
    args: { first?: number; after?: string; kind?: OrganizationKind; search?: string },
  ): Promise<Page<OrganizationEntity>> {
    return this.repository.page(ability, args);
  }

  async municipality(ability: AppAbility, principal: Principal): Promise<MunicipalityEntity> {
    const found = await this.repository.municipality(ability, principal.municipalityId);
    if (!found) throw notFound('Municipality');
    return found;
  }

  // The admin's settings of the municipality; a field left out keeps its value, null resets it.
  async updateSettings(
    { principal, ability }: Caller,
    input: UpdateMunicipalitySettingsInput,
  ): Promise<MunicipalityEntity> {
    if (input.timeZone !== undefined && !isTimeZone(input.timeZone)) {
      throw new DomainError(
        ErrorCode.MUNICIPALITY_TIME_ZONE_INVALID,
        'Not a time zone (IANA name, e.g. Europe/Stockholm)',
        {
          field: 'timeZone',
        },
      );
    }
    const patch: Partial<Pick<MunicipalityEntity, 'consentDefaultValidDays' | 'timeZone' | 'reportMinCell'>> = {
      ...(input.consentDefaultValidDays !== undefined
        ? { consentDefaultValidDays: input.consentDefaultValidDays }
        : {}),
      ...(input.timeZone !== undefined ? { timeZone: input.timeZone } : {}),
      ...(input.reportMinCell !== undefined ? { reportMinCell: input.reportMinCell } : {}),
    };
    const updated = await this.repository.updateMunicipalitySettings(ability, principal.municipalityId, patch);
    if (!updated) throw forbidden();
    await this.audit.record(actorOf(principal), {
      action: 'municipality.update',
      subjectType: 'Municipality',
      subjectId: updated.id,
      summary: {
        changed: Object.keys(patch),
        consentDefaultValidDays: updated.consentDefaultValidDays,
        timeZone: updated.timeZone,
        reportMinCell: updated.reportMinCell,
      },
    });
    return updated;
  }

  async create({ principal, ability }: Caller, input: CreateOrganizationInput): Promise<OrganizationEntity> {
    // The tenant comes from the principal, never from the input.
    const values = {
      municipalityId: principal.municipalityId,
      name: input.name.trim(),
      kind: input.kind,
      secrecyDomain: input.secrecyDomain ?? DEFAULT_SECRECY_DOMAIN[input.kind],
    };
    if (!ability.can('create', subject('Organization', values))) throw forbidden();
    const created = await this.repository.insert(values);
    await this.audit.record(actorOf(principal), {
      action: 'organization.create',
      subjectType: 'Organization',
      subjectId: created.id,
      summary: { kind: created.kind, secrecyDomain: created.secrecyDomain },
    });
    await this.pubsub.publish({
      topic: ORGANIZATION_CHANGED,
      municipalityId: principal.municipalityId,
      id: created.id,
    });
    return created;
  }

  async update({ principal, ability }: Caller, input: UpdateOrganizationInput): Promise<OrganizationEntity> {
    // Loaded through the update predicate: a row the caller may not change is "not found".
    const current = await this.repository.findOne(ability, input.id, 'update');
    if (!current) throw notFound('Organization');
    const patch = input.name !== undefined ? { name: input.name.trim() } : {};
    const updated = await this.repository.updateIfVersion(principal.municipalityId, input.id, input.version, patch);
    if (!updated) throw conflict();
    await this.audit.record(actorOf(principal), {
      action: 'organization.update',
      subjectType: 'Organization',
      subjectId: updated.id,
      summary: { changed: Object.keys(patch), version: updated.version },
    });
    await this.pubsub.publish({
      topic: ORGANIZATION_CHANGED,
      municipalityId: principal.municipalityId,
      id: updated.id,
    });
    return updated;
  }
}
