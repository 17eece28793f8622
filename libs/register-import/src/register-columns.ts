import { DomainError, ErrorCode } from '@app/core/errors';
import { EnrollmentStatus, RegistrationReason } from '@app/young-people';

import type { RegisterImportColumns } from './entities/register-import-mapping.entity';

// Header texts and cell words are compared loosely: case, spaces, punctuation and å/ä/ö do not
// matter ("Reg. datum" is "regdatum", "Åtgärd" is "atgard").
export function looseKey(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
}

// The mapped fields and the index of their column in the file.
export type ResolvedColumns = Record<keyof RegisterImportColumns, { index: number; name: string } | undefined>;

const FIELDS: Array<keyof RegisterImportColumns> = [
  'identityNumber',
  'givenName',
  'familyName',
  'fullName',
  'coordinatorEmail',
  'registeredOn',
  'status',
  'registrationReason',
  'phone',
  'email',
];

// Finds every mapped column in the file's header. A mapped column the file lacks refuses the
// whole file (the mapping is for another export), naming it and the columns the file has.
export function resolveRegisterColumns(header: readonly string[], mapping: RegisterImportColumns): ResolvedColumns {
  const keys = header.map(looseKey);
  const resolved = {} as ResolvedColumns;
  for (const field of FIELDS) {
    const wanted = mapping[field];
    if (!wanted) {
      resolved[field] = undefined;
      continue;
    }
    const index = keys.indexOf(looseKey(wanted));
    if (index === -1) {
      throw new DomainError(ErrorCode.REGISTER_IMPORT_COLUMN_MISSING, `The file has no column "${wanted}"`, {
        field,
        column: wanted.slice(0, 100),
        columns: header.slice(0, 50).map((column) => column.slice(0, 100)),
      });
    }
    resolved[field] = { index, name: header[index] ?? wanted };
  }
  return resolved;
}

const STATUS_WORDS: Record<string, EnrollmentStatus> = {
  ejkontaktad: EnrollmentStatus.NOT_CONTACTED,
  intekontaktad: EnrollmentStatus.NOT_CONTACTED,
  ny: EnrollmentStatus.NOT_CONTACTED,
  kontaktforsok: EnrollmentStatus.CONTACT_ATTEMPTED,
  kontaktforsokgjort: EnrollmentStatus.CONTACT_ATTEMPTED,
  idialog: EnrollmentStatus.IN_DIALOGUE,
  dialog: EnrollmentStatus.IN_DIALOGUE,
  iatgard: EnrollmentStatus.IN_MEASURE,
  atgard: EnrollmentStatus.IN_MEASURE,
  iinsats: EnrollmentStatus.IN_MEASURE,
  insats: EnrollmentStatus.IN_MEASURE,
  iutbildning: EnrollmentStatus.IN_EDUCATION,
  utbildning: EnrollmentStatus.IN_EDUCATION,
  studerar: EnrollmentStatus.IN_EDUCATION,
  studier: EnrollmentStatus.IN_EDUCATION,
  iarbete: EnrollmentStatus.IN_WORK,
  arbete: EnrollmentStatus.IN_WORK,
  arbetar: EnrollmentStatus.IN_WORK,
  tackatnej: EnrollmentStatus.DECLINED,
  avbojt: EnrollmentStatus.DECLINED,
  okand: EnrollmentStatus.UNKNOWN,
  okandsysselsattning: EnrollmentStatus.UNKNOWN,
};

const REASON_WORDS: Record<string, RegistrationReason> = {
  avbrutit: RegistrationReason.DROPPED_OUT,
  avbrott: RegistrationReason.DROPPED_OUT,
  avhopp: RegistrationReason.DROPPED_OUT,
  avbrutitnationelltprogram: RegistrationReason.DROPPED_OUT,
  studiebevis: RegistrationReason.LEAVING_CERTIFICATE,
  slutfortmedstudiebevis: RegistrationReason.LEAVING_CERTIFICATE,
  aldrigpaborjat: RegistrationReason.NEVER_STARTED,
  ejpaborjat: RegistrationReason.NEVER_STARTED,
  aldrigpaborjatgymnasieskolan: RegistrationReason.NEVER_STARTED,
  lamnatintroduktionsprogram: RegistrationReason.LEFT_INTRODUCTION_PROGRAMME,
  introduktionsprogram: RegistrationReason.LEFT_INTRODUCTION_PROGRAMME,
  folkbokfordefterskolpliktigalder: RegistrationReason.ARRIVED_AFTER_COMPULSORY_AGE,
  nyanland: RegistrationReason.ARRIVED_AFTER_COMPULSORY_AGE,
  inflyttad: RegistrationReason.MOVED_IN,
  inflytt: RegistrationReason.MOVED_IN,
  annat: RegistrationReason.OTHER,
  ovrigt: RegistrationReason.OTHER,
};

function byWordOrName<T extends string>(text: string, words: Record<string, T>, values: readonly T[]): T | undefined {
  const key = looseKey(text);
  return words[key] ?? values.find((value) => looseKey(value) === key);
}

// A status as registers write it: the Swedish words of the app or the API's enum name.
export function parseStatus(text: string): EnrollmentStatus | undefined {
  return byWordOrName(text, STATUS_WORDS, Object.values(EnrollmentStatus));
}

export function parseReason(text: string): RegistrationReason | undefined {
  return byWordOrName(text, REASON_WORDS, Object.values(RegistrationReason));
}

// The same rules as ContactDetailsInput (libs/young-people).
export function isPhone(text: string): boolean {
  return /^\+?[0-9 ()-]{5,40}$/.test(text);
}

export function isEmailAddress(text: string): boolean {
  return text.length <= 320 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
}
