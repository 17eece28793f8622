export { AccessReviewEntity } from './entities/access-review.entity';
export { EmergencyAccessEntity } from './entities/emergency-access.entity';
export * from './oversight.enums';
export { OversightModule } from './oversight.module';
export { oversightPolicy } from './oversight.policy';
export { OversightRepository } from './oversight.repository';
export {
  AccessLogEntryResolver,
  AccessReviewResolver,
  OversightResolver,
  SecurityEventResolver,
  YoungPersonAccessLogResolver,
} from './oversight.resolver';
export { ACCESS_REVIEW_OPENED, OversightService } from './oversight.service';
