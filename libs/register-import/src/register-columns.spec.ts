import { DomainError } from '@app/core/errors';
import { EnrollmentStatus, RegistrationReason } from '@app/young-people';

import { isEmailAddress, isPhone, parseReason, parseStatus, resolveRegisterColumns } from './register-columns';

describe('register file columns and words', () => {
  it('finds mapped columns loosely and refuses a file without one', () => {
    const columns = resolveRegisterColumns(['PERSONNUMMER', 'Förnamn', 'Reg. datum'], {
      identityNumber: 'personnummer',
      givenName: 'fornamn',
      registeredOn: 'Reg.datum',
    });
    expect(columns.identityNumber).toEqual({ index: 0, name: 'PERSONNUMMER' });
    expect(columns.givenName).toEqual({ index: 1, name: 'Förnamn' });
    expect(columns.registeredOn).toEqual({ index: 2, name: 'Reg. datum' });
    expect(columns.status).toBeUndefined();
    expect(() => resolveRegisterColumns(['Namn'], { identityNumber: 'Pnr' })).toThrow(DomainError);
  });

  it('reads statuses and reasons as registers write them', () => {
    expect(parseStatus('I åtgärd')).toBe(EnrollmentStatus.IN_MEASURE);
    expect(parseStatus('okänd sysselsättning')).toBe(EnrollmentStatus.UNKNOWN);
    expect(parseStatus('IN_WORK')).toBe(EnrollmentStatus.IN_WORK);
    expect(parseStatus('sover')).toBeUndefined();
    expect(parseReason('Inflyttad')).toBe(RegistrationReason.MOVED_IN);
    expect(parseReason('never_started')).toBe(RegistrationReason.NEVER_STARTED);
    expect(parseReason('?')).toBeUndefined();
  });

  it('checks contact values like the registration form', () => {
    expect(isPhone('070-123 45 67')).toBe(true);
    expect(isPhone('ring mig')).toBe(false);
    expect(isEmailAddress('alva@example.se')).toBe(true);
    expect(isEmailAddress('alva@')).toBe(false);
  });
});
