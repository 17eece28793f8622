import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';

import { actorOf, AuditService } from '@app/core/audit';
import type { AppAbility } from '@app/core/authz';
import { conflict, DomainError, ErrorCode, forbidden, notFound } from '@app/core/errors';
import type { Caller } from '@app/core/graphql';
import { EnrollmentStatus, OccupationCategory, StatusChangeCause, YoungPeopleService } from '@app/young-people';

import type {
  CreateMeasureTypeInput,
  EndMeasureInput,
  MeasureDocumentationInput,
  OfferMeasureInput,
  RespondToMeasureInput,
  StartMeasureInput,
  UpdateMeasureDocumentationInput,
  UpdateMeasureTypeInput,
} from './dto/measures.inputs';
import type { MeasureTypeEntity } from './entities/measure-type.entity';
import type { MeasureEntity } from './entities/measure.entity';
import { MEASURE_TRANSITIONS, MeasureLevel, MeasureStatus } from './measures.enums';
import { MeasuresRepository, type MeasurePatch } from './measures.repository';

const CLOSED = new Set([MeasureStatus.DECLINED, MeasureStatus.ENDED]);

function dateError(field: string, message: string): DomainError {
  return new DomainError(ErrorCode.MEASURE_DATE_INVALID, message, { field });
}

@Injectable()
export class MeasuresService {
  constructor(
    private readonly repository: MeasuresRepository,
    private readonly youngPeople: YoungPeopleService,
    private readonly audit: AuditService,
  ) {}

  async get(ability: AppAbility, id: string): Promise<MeasureEntity> {
    const found = await this.repository.findOne(ability, id);
    if (!found) throw notFound('Measure');
    return found;
  }

  // --- The life cycle ---

  // Offering a measure is work on the young person: it needs the same access as changing them
  // (the Measure rules mirror the YoungPerson ones) and an open registration.
  async offer({ principal, ability }: Caller, input: OfferMeasureInput): Promise<MeasureEntity> {
    const person = await this.youngPeople.enrolledForUpdate(ability, principal, input.youngPersonId);
    const type = await this.repository.activeType(principal.municipalityId, input.measureTypeId);
    if (!type) {
      throw new DomainError(ErrorCode.MEASURE_TYPE_INVALID, 'Not an active measure type of the municipality', {
        field: 'measureTypeId',
      });
    }
    if (input.offeredOn > principal.today) throw dateError('offeredOn', 'A measure cannot be offered in the future');
    const documentation = documentationPatch(input);
    checkPlannedDates({ ...documentation });
    const measure = await this.repository.insert({
      municipalityId: principal.municipalityId,
      youngPersonId: person.id,
      measureTypeId: type.id,
      tier: input.tier ?? type.defaultTier,
      level: input.level ?? MeasureLevel.INDIVIDUAL,
      status: MeasureStatus.OFFERED,
      offeredOn: input.offeredOn,
      respondedOn: null,
      plannedStartOn: documentation.plannedStartOn ?? null,
      plannedEndOn: documentation.plannedEndOn ?? null,
      startedOn: null,
      endedOn: null,
      endReason: null,
      occupationAfter: null,
      planningAndGoal: documentation.planningAndGoal ?? '',
      youngPersonResponsibility: documentation.youngPersonResponsibility ?? '',
      municipalityResponsibility: documentation.municipalityResponsibility ?? '',
      otherActorResponsibility: documentation.otherActorResponsibility ?? '',
      otherActorOrganizationId: documentation.otherActorOrganizationId ?? null,
      followUpOn: documentation.followUpOn ?? null,
      evaluationOn: documentation.evaluationOn ?? null,
      evidenceBasis: documentation.evidenceBasis ?? [],
      createdById: principal.userId,
    });
    await this.audit.record(actorOf(principal), {
      action: 'measure.offer',
      subjectType: 'Measure',
      subjectId: measure.id,
      summary: { youngPersonId: person.id, measureTypeId: type.id, tier: measure.tier, level: measure.level },
    });
    await this.youngPeople.notifyChanged(principal, person.id);
    return measure;
  }

  respond(caller: Caller, input: RespondToMeasureInput): Promise<MeasureEntity> {
    const to = input.accepted ? MeasureStatus.ACCEPTED : MeasureStatus.DECLINED;
    return this.transition(caller, input.id, input.version, to, (measure) => {
      if (input.respondedOn < measure.offeredOn || input.respondedOn > caller.principal.today) {
        throw dateError('respondedOn', 'The answer must be between the offer and today');
      }
      return { respondedOn: input.respondedOn };
    });
  }

  async start(caller: Caller, input: StartMeasureInput): Promise<MeasureEntity> {
    const started = await this.transition(caller, input.id, input.version, MeasureStatus.STARTED, (measure) => {
      if (input.startedOn < (measure.respondedOn ?? measure.offeredOn) || input.startedOn > caller.principal.today) {
        throw dateError('startedOn', 'The start must be between the acceptance and today');
      }
      return { startedOn: input.startedOn };
    });
    await this.youngPeople.moveStatus(
      caller.principal,
      started.youngPersonId,
      () => EnrollmentStatus.IN_MEASURE,
      StatusChangeCause.MEASURE,
    );
    return started;
  }

  async end(caller: Caller, input: EndMeasureInput): Promise<MeasureEntity> {
    const ended = await this.transition(caller, input.id, input.version, MeasureStatus.ENDED, (measure) => {
      if (input.endedOn < (measure.startedOn ?? measure.offeredOn) || input.endedOn > caller.principal.today) {
        throw dateError('endedOn', 'The end must be between the start and today');
      }
      return { endedOn: input.endedOn, endReason: input.reason, occupationAfter: input.occupationAfter };
    });
    // The registration leaves "in measure" with what the young person does next, unless
    // another measure still runs.
    const stillRunning = (await this.repository.ofYoungPeople(caller.ability, [ended.youngPersonId])).some(
      (m) => m.status === MeasureStatus.STARTED,
    );
    if (!stillRunning) {
      await this.youngPeople.moveStatus(
        caller.principal,
        ended.youngPersonId,
        (current) => (current === EnrollmentStatus.IN_MEASURE ? statusAfter(input.occupationAfter) : current),
        StatusChangeCause.MEASURE,
      );
    }
    return ended;
  }

  // The documentation must be revised when measures change (SFS 2006:39); closed measures
  // are history and stay as they were.
  async updateDocumentation(
    { principal, ability }: Caller,
    input: UpdateMeasureDocumentationInput,
  ): Promise<MeasureEntity> {
    const measure = await this.forUpdate({ principal, ability }, input.id);
    if (CLOSED.has(measure.status)) {
      throw new DomainError(ErrorCode.MEASURE_CLOSED, 'A declined or ended measure cannot be changed');
    }
    const patch = documentationPatch(input);
    // The dates as they will be after the change: a date the input clears (null) is gone, not
    // the stored one, so clearing the start and moving the end before it is not refused.
    const after = (key: 'plannedStartOn' | 'plannedEndOn' | 'followUpOn' | 'evaluationOn') =>
      key in patch ? patch[key] : measure[key];
    checkPlannedDates({
      plannedStartOn: after('plannedStartOn'),
      plannedEndOn: after('plannedEndOn'),
      followUpOn: after('followUpOn'),
      evaluationOn: after('evaluationOn'),
    });
    const updated = await this.repository.updateIfVersion(principal.municipalityId, measure.id, input.version, patch);
    if (!updated) throw conflict();
    await this.audit.record(actorOf(principal), {
      action: 'measure.document',
      subjectType: 'Measure',
      subjectId: measure.id,
      summary: { changed: Object.keys(patch), version: updated.version },
    });
    await this.youngPeople.notifyChanged(principal, measure.youngPersonId);
    return updated;
  }

  // --- The catalogue ---

  types(ability: AppAbility, includeRetired: boolean): Promise<MeasureTypeEntity[]> {
    return this.repository.types(ability, includeRetired);
  }

  async createType({ principal, ability }: Caller, input: CreateMeasureTypeInput): Promise<MeasureTypeEntity> {
    const values = {
      municipalityId: principal.municipalityId,
      code: input.code,
      name: input.name.trim(),
      scbCategory: input.scbCategory,
      defaultTier: input.defaultTier,
    };
    if (!ability.can('create', subject('MeasureType', values))) throw forbidden();
    if (await this.repository.typeCodeTaken(principal.municipalityId, input.code)) {
      throw new DomainError(ErrorCode.MEASURE_TYPE_CODE_TAKEN, 'The code is already used in the catalogue', {
        field: 'code',
      });
    }
    const created = await this.repository.insertType(values);
    await this.audit.record(actorOf(principal), {
      action: 'measure_type.create',
      subjectType: 'MeasureType',
      subjectId: created.id,
      summary: { code: created.code, scbCategory: created.scbCategory },
    });
    return created;
  }

  async updateType({ principal, ability }: Caller, input: UpdateMeasureTypeInput): Promise<MeasureTypeEntity> {
    const current = await this.repository.findType(ability, input.id, 'update');
    if (!current) throw notFound('MeasureType');
    const patch = {
      ...(input.name !== undefined ? { name: input.name.trim() } : {}),
      ...(input.scbCategory !== undefined ? { scbCategory: input.scbCategory } : {}),
      ...(input.defaultTier !== undefined ? { defaultTier: input.defaultTier } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
    };
    if (!(await this.repository.updateTypeIfVersion(principal.municipalityId, current.id, input.version, patch))) {
      throw conflict();
    }
    await this.audit.record(actorOf(principal), {
      action: 'measure_type.update',
      subjectType: 'MeasureType',
      subjectId: current.id,
      summary: { changed: Object.keys(patch) },
    });
    const updated = await this.repository.findType(ability, current.id, 'read');
    if (!updated) throw notFound('MeasureType');
    return updated;
  }

  // --- Helpers ---

  private async forUpdate({ principal, ability }: Caller, id: string): Promise<MeasureEntity> {
    const measure = await this.repository.findOne(ability, id, 'update');
    if (!measure) throw notFound('Measure');
    // Running a measure is work on the young person: the same access as changing them.
    await this.youngPeople.enrolledForUpdate(ability, principal, measure.youngPersonId).catch((error: unknown) => {
      if (error instanceof DomainError && error.code === ErrorCode.NOT_FOUND) throw notFound('Measure');
      throw error;
    });
    return measure;
  }

  private async transition(
    caller: Caller,
    id: string,
    version: number,
    to: MeasureStatus,
    patchFor: (measure: MeasureEntity) => MeasurePatch,
  ): Promise<MeasureEntity> {
    const { principal } = caller;
    const measure = await this.forUpdate(caller, id);
    // A change based on an older version is a conflict whatever the state is now, so the answer
    // does not depend on which of two simultaneous changes was read first.
    if (measure.version !== version) throw conflict();
    if (!MEASURE_TRANSITIONS[measure.status].includes(to)) {
      throw new DomainError(
        ErrorCode.MEASURE_INVALID_TRANSITION,
        `A measure cannot go from ${measure.status} to ${to}`,
        {
          from: measure.status,
          to,
        },
      );
    }
    const updated = await this.repository.updateIfVersion(principal.municipalityId, measure.id, version, {
      ...patchFor(measure),
      status: to,
    });
    // Stale version, or another transition won the race: nothing changed.
    if (!updated) throw conflict();
    await this.audit.record(actorOf(principal), {
      action: `measure.${to.toLowerCase()}`,
      subjectType: 'Measure',
      subjectId: measure.id,
      summary: { from: measure.status, to, youngPersonId: measure.youngPersonId },
    });
    await this.youngPeople.notifyChanged(principal, measure.youngPersonId);
    return updated;
  }
}

function documentationPatch(input: MeasureDocumentationInput): MeasurePatch {
  const patch: MeasurePatch = {};
  if (input.tier !== undefined) patch.tier = input.tier;
  if (input.level !== undefined) patch.level = input.level;
  if (input.planningAndGoal !== undefined) patch.planningAndGoal = input.planningAndGoal.trim();
  if (input.youngPersonResponsibility !== undefined) {
    patch.youngPersonResponsibility = input.youngPersonResponsibility.trim();
  }
  if (input.municipalityResponsibility !== undefined) {
    patch.municipalityResponsibility = input.municipalityResponsibility.trim();
  }
  if (input.otherActorResponsibility !== undefined)
    patch.otherActorResponsibility = input.otherActorResponsibility.trim();
  if (input.otherActorOrganizationId !== undefined) patch.otherActorOrganizationId = input.otherActorOrganizationId;
  if (input.plannedStartOn !== undefined) patch.plannedStartOn = input.plannedStartOn;
  if (input.plannedEndOn !== undefined) patch.plannedEndOn = input.plannedEndOn;
  if (input.followUpOn !== undefined) patch.followUpOn = input.followUpOn;
  if (input.evaluationOn !== undefined) patch.evaluationOn = input.evaluationOn;
  if (input.evidenceBasis !== undefined) patch.evidenceBasis = [...new Set(input.evidenceBasis)];
  return patch;
}

function checkPlannedDates(dates: {
  plannedStartOn?: string | null;
  plannedEndOn?: string | null;
  followUpOn?: string | null;
  evaluationOn?: string | null;
}): void {
  if (dates.plannedStartOn && dates.plannedEndOn && dates.plannedEndOn < dates.plannedStartOn) {
    throw dateError('plannedEndOn', 'The planned end is before the planned start');
  }
  if (dates.followUpOn && dates.evaluationOn && dates.evaluationOn < dates.followUpOn) {
    throw dateError('evaluationOn', 'The evaluation is before the follow-up');
  }
}

function statusAfter(occupation: OccupationCategory): EnrollmentStatus {
  if (occupation === OccupationCategory.EDUCATION) return EnrollmentStatus.IN_EDUCATION;
  if (occupation === OccupationCategory.WORK) return EnrollmentStatus.IN_WORK;
  if (occupation === OccupationCategory.UNKNOWN) return EnrollmentStatus.UNKNOWN;
  return EnrollmentStatus.IN_DIALOGUE;
}
