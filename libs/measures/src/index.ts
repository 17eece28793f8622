export { MeasureTypeEntity } from './entities/measure-type.entity';
export { MeasureEntity } from './entities/measure.entity';
export * from './measures.enums';
export { MeasureOrganizationNameResolver } from './measure-organization-name.resolver';
export { MeasuresModule } from './measures.module';
export { measuresPolicy } from './measures.policy';
export { MeasuresRepository } from './measures.repository';
export { MeasuresResolver, YoungPersonMeasuresResolver } from './measures.resolver';
export { MeasuresService } from './measures.service';
