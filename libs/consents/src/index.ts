export { consentStatus } from './consent-status';
export * from './consents.enums';
export { ConsentsModule } from './consents.module';
export { consentsPolicy } from './consents.policy';
export { ConsentsRepository } from './consents.repository';
export {
  ConsentOrganizationNameResolver,
  ConsentRefusalOrganizationNameResolver,
} from './consent-organization-names.resolver';
export { ConsentsResolver, YoungPersonConsentsResolver } from './consents.resolver';
export { ConsentsService } from './consents.service';
export { ConsentRefusalEntity } from './entities/consent-refusal.entity';
export { InformationCategoryDefinitionEntity } from './entities/information-category-definition.entity';
export { ConsentEntity, ConsentGrantEntity } from './entities/consent.entity';
export { OtherCategoriesField } from './dto/consents.inputs';
