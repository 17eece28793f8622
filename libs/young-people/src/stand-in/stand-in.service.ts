import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';

import { actorOf, AuditService } from '@app/core/audit';
import { Role } from '@app/core/authz';
import { Clock } from '@app/core/clock';
import { DomainError, ErrorCode, forbidden, notFound } from '@app/core/errors';
import type { Caller } from '@app/core/graphql';

import type { AppointStandInInput, StandInsFilter } from './stand-in.inputs';
import { StandInEntity } from './stand-in.entity';
import { StandIn, StandInState } from './stand-in.models';
import { StandInRepository, StandInRuleError } from './stand-in.repository';

// The longest period one appointment may cover; a longer absence is a reassignment.
const MAX_PERIOD_DAYS = 366;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function standInState(row: Pick<StandInEntity, 'endedAt' | 'fromOn' | 'toOn'>, today: string): StandInState {
  if (row.endedAt !== null || row.toOn < today) return StandInState.ENDED;
  return row.fromOn > today ? StandInState.PLANNED : StandInState.ACTIVE;
}

function invalid(code: ErrorCode, message: string, field: string): DomainError {
  return new DomainError(code, message, { field });
}

// Stand-ins (vikarier, issue 17). The team lead of a KAA unit names one active coordinator of the
// unit to work another's caseload for a period of the municipality's days; the access itself
// follows from the principal (Principal.standInForUserIds) and the stand-in rules, so appointing
// and ending change nothing else. Both are audited in the municipality's chain.
@Injectable()
export class StandInService {
  constructor(
    private readonly standIns: StandInRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list({ principal, ability }: Caller, filter: StandInsFilter | undefined): Promise<StandIn[]> {
    const states = filter?.states ?? [StandInState.PLANNED, StandInState.ACTIVE];
    const rows = await this.standIns.list(ability, principal.municipalityId, states, principal.today);
    return this.present(rows, principal.today);
  }

  async appoint({ principal, ability }: Caller, input: AppointStandInInput): Promise<StandIn> {
    const unitId = principal.organizationId;
    const draft = {
      municipalityId: principal.municipalityId,
      kaaUnitId: unitId,
      absentUserId: input.absentUserId,
      standInUserId: input.standInUserId,
    };
    if (!ability.can('create', subject('StandIn', draft))) throw forbidden();
    if (input.absentUserId === input.standInUserId) {
      throw invalid(ErrorCode.STAND_IN_SAME_PERSON, 'The stand-in must be another coordinator', 'standInUserId');
    }
    if (input.fromOn < principal.today) {
      throw invalid(ErrorCode.STAND_IN_DATES_INVALID, 'The period cannot start before today', 'fromOn');
    }
    if (input.toOn < input.fromOn || daysBetween(input.fromOn, input.toOn) > MAX_PERIOD_DAYS) {
      throw invalid(ErrorCode.STAND_IN_DATES_INVALID, 'The period must end after it starts, within a year', 'toOn');
    }
    const absentMembershipId = await this.coordinatorOfUnit(
      principal.municipalityId,
      unitId,
      input.absentUserId,
      'absentUserId',
    );
    const standInMembershipId = await this.coordinatorOfUnit(
      principal.municipalityId,
      unitId,
      input.standInUserId,
      'standInUserId',
    );
    let row: StandInEntity;
    try {
      row = await this.standIns.insert({
        ...draft,
        absentMembershipId,
        standInMembershipId,
        fromOn: input.fromOn,
        toOn: input.toOn,
        createdById: principal.userId,
        endedAt: null,
        endedById: null,
      });
    } catch (error) {
      if (!(error instanceof StandInRuleError)) throw error;
      if (error.rule === 'overlap') {
        throw invalid(ErrorCode.STAND_IN_OVERLAP, 'The coordinator already has a stand-in then', 'fromOn');
      }
      throw invalid(ErrorCode.STAND_IN_CHAINED, 'Stand-ins are not chained', 'standInUserId');
    }
    await this.audit.record(actorOf(principal), {
      action: 'stand_in.appoint',
      subjectType: 'StandIn',
      subjectId: row.id,
      summary: {
        kaaUnitId: unitId,
        absentUserId: row.absentUserId,
        standInUserId: row.standInUserId,
        fromOn: row.fromOn,
        toOn: row.toOn,
      },
    });
    const [shown] = await this.present([row], principal.today);
    if (!shown) throw new Error('unreachable: one row in, one row out');
    return shown;
  }

  // Ends a running period now, or cancels a planned one; access ends with the next request.
  async end({ principal, ability }: Caller, id: string): Promise<StandIn> {
    const row = await this.standIns.findForUpdate(ability, id);
    if (!row) throw notFound('StandIn');
    if (standInState(row, principal.today) === StandInState.ENDED) {
      throw new DomainError(ErrorCode.STAND_IN_ENDED, 'The stand-in has already ended');
    }
    const endedAt = this.clock.now();
    await this.standIns.end(row.id, endedAt, principal.userId);
    await this.audit.record(actorOf(principal), {
      action: 'stand_in.end',
      subjectType: 'StandIn',
      subjectId: row.id,
      summary: { absentUserId: row.absentUserId, standInUserId: row.standInUserId, toOn: row.toOn },
    });
    const [shown] = await this.present([{ ...row, endedAt, endedById: principal.userId }], principal.today);
    if (!shown) throw new Error('unreachable: one row in, one row out');
    return shown;
  }

  // The membership through which the user is an active coordinator of the unit. A user who is
  // no member of the unit at all is one the team lead may not read (User rule): NOT_FOUND, as for
  // a user that does not exist; a member in another role is STAND_IN_COORDINATOR_INVALID.
  private async coordinatorOfUnit(municipalityId: string, unitId: string, userId: string, field: string) {
    const membership = await this.standIns.unitMembership(municipalityId, unitId, userId, this.clock.now());
    if (!membership) throw notFound('User');
    if (membership.role !== Role.COORDINATOR) {
      throw invalid(ErrorCode.STAND_IN_COORDINATOR_INVALID, 'Not an active coordinator of the unit', field);
    }
    return membership.id;
  }

  private async present(rows: StandInEntity[], today: string): Promise<StandIn[]> {
    const names = await this.standIns.names(rows.flatMap((row) => [row.absentUserId, row.standInUserId]));
    return rows.map((row) => ({
      id: row.id,
      kaaUnitId: row.kaaUnitId,
      absentUserId: row.absentUserId,
      absentName: names.get(row.absentUserId) ?? '',
      standInUserId: row.standInUserId,
      standInName: names.get(row.standInUserId) ?? '',
      fromOn: row.fromOn,
      toOn: row.toOn,
      state: standInState(row, today),
      createdById: row.createdById,
      createdAt: row.createdAt,
      endedAt: row.endedAt,
    }));
  }
}
