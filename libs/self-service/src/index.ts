export { RectificationRequestEntity } from './entities/rectification-request.entity';
export { SelfServiceSessionEntity } from './entities/self-service-session.entity';
export * from './self-service.enums';
export { SelfServiceModule } from './self-service.module';
export { selfServicePolicy } from './self-service.policy';
export { SelfServiceResolver } from './self-service.resolver';
export { SelfServiceService } from './self-service.service';
