import type { MeasureTypeEntity } from '../entities/measure-type.entity';
import type { MeasureEntity } from '../entities/measure.entity';
import { Measure, MeasureType } from './measure.models';

export function toMeasureType(entity: MeasureTypeEntity): MeasureType {
  return {
    id: entity.id,
    code: entity.code,
    name: entity.name,
    scbCategory: entity.scbCategory,
    defaultTier: entity.defaultTier,
    active: entity.active,
    version: entity.version,
  };
}

export function toMeasure(entity: MeasureEntity): Measure {
  return {
    id: entity.id,
    youngPersonId: entity.youngPersonId,
    measureTypeId: entity.measureTypeId,
    tier: entity.tier,
    level: entity.level,
    status: entity.status,
    offeredOn: entity.offeredOn,
    respondedOn: entity.respondedOn,
    plannedStartOn: entity.plannedStartOn,
    plannedEndOn: entity.plannedEndOn,
    startedOn: entity.startedOn,
    endedOn: entity.endedOn,
    endReason: entity.endReason,
    occupationAfter: entity.occupationAfter,
    planningAndGoal: entity.planningAndGoal,
    youngPersonResponsibility: entity.youngPersonResponsibility,
    municipalityResponsibility: entity.municipalityResponsibility,
    otherActorResponsibility: entity.otherActorResponsibility,
    otherActorOrganizationId: entity.otherActorOrganizationId,
    followUpOn: entity.followUpOn,
    evaluationOn: entity.evaluationOn,
    evidenceBasis: entity.evidenceBasis,
    version: entity.version,
  };
}
