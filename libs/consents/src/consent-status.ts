import type { ConsentEntity } from './entities/consent.entity';
import { ConsentStatus } from './consents.enums';

// What a consent means on `today` (ISO date, the municipality's current day: the caller's
// Principal.today): valid from its first to its last day inclusive, unless withdrawn or replaced
// by a newer version. No default: a status computed on another day than the access rules' day
// would contradict them.
export function consentStatus(
  consent: Pick<ConsentEntity, 'replacedById' | 'withdrawnAt' | 'validFrom' | 'validTo'>,
  today: string,
): ConsentStatus {
  if (consent.replacedById) return ConsentStatus.REPLACED;
  if (consent.withdrawnAt) return ConsentStatus.WITHDRAWN;
  if (today < consent.validFrom) return ConsentStatus.PENDING;
  if (today > consent.validTo) return ConsentStatus.EXPIRED;
  return ConsentStatus.ACTIVE;
}
