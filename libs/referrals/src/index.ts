export { DisclosureEntity } from './entities/disclosure.entity';
export { ReferralEntity } from './entities/referral.entity';
export * from './referrals.enums';
export { ReferralsModule } from './referrals.module';
export { referralsPolicy } from './referrals.policy';
export { ReferralsRepository } from './referrals.repository';
export {
  DisclosureOrganizationNameResolver,
  ReferralOrganizationNameResolver,
} from './referral-organization-names.resolver';
export { ReferralsResolver, YoungPersonReferralsResolver } from './referrals.resolver';
export { ReferralsService } from './referrals.service';
