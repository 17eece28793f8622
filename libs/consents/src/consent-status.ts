import { consentDay } from '@app/core/authz';

import type { ConsentEntity } from './entities/consent.entity';
import { ConsentStatus } from './consents.enums';

// What a consent means on `today` (ISO date): valid from its first to its last day inclusive,
// unless withdrawn or replaced by a newer version.
export function consentStatus(
  consent: Pick<ConsentEntity, 'replacedById' | 'withdrawnAt' | 'validFrom' | 'validTo'>,
  today: string = consentDay(),
): ConsentStatus {
  if (consent.replacedById) return ConsentStatus.REPLACED;
  if (consent.withdrawnAt) return ConsentStatus.WITHDRAWN;
  if (today < consent.validFrom) return ConsentStatus.PENDING;
  if (today > consent.validTo) return ConsentStatus.EXPIRED;
  return ConsentStatus.ACTIVE;
}
