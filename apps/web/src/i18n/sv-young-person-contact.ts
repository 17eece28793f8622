// The young person's contact details, guardians and protected identity (issue 15). Only the
// young person's page uses them, so they load with its chunk (young-person/contact-strings.ts)
// and stay out of the entry every screen loads (the web budget); the type is part of the
// catalog's static type (i18n.ts).
export const svYoungPersonContact = {
  heading: 'Kontaktuppgifter och vårdnadshavare',
  intro: 'Ändringar sparas i registret och loggas.',
  edit: 'Ändra kontaktuppgifter',
  streetAddress: 'Gatuadress',
  postalCode: 'Postnummer',
  city: 'Ort',
  phone: 'Telefon',
  email: 'E-postadress',
  guardians: 'Vårdnadshavare',
  guardian: 'Vårdnadshavare {{n}}',
  guardianName: 'Namn',
  relation: 'Relation',
  addGuardian: 'Lägg till vårdnadshavare',
  removeGuardian: 'Ta bort vårdnadshavare {{n}}',
  save: 'Spara',
  cancel: 'Avbryt',
  saved: 'Kontaktuppgifterna är sparade.',
  phoneInvalid: 'Skriv telefonnumret med siffror, mellanslag, +, - eller parenteser.',
  emailInvalid: 'Skriv en giltig e-postadress.',
  postalCodeInvalid: 'Skriv postnumret med fem siffror, till exempel 123 45.',
  nameRequired: 'Skriv vårdnadshavarens namn.',
  protectedHeading: 'Skyddad identitet',
  protectedOn:
    'Ungdomen har skyddad identitet. Adress och kontaktuppgifter, också vårdnadshavarnas, visas bara för {{n}} namngivna användare.',
  protectedOff: 'Ungdomen har inte skyddad identitet.',
  protect: 'Markera skyddad identitet',
  unprotect: 'Ta bort markeringen',
  confirmProtect:
    'Adress och kontaktuppgifter döljs för alla utom ungdomens samordnare och dig. Markeringen och vilka som får se uppgifterna loggas.',
  confirmUnprotect: 'Adress och kontaktuppgifter visas då för alla som arbetar med ungdomen.',
  protectedSaved: 'Ungdomen är markerad med skyddad identitet.',
  unprotectedSaved: 'Markeringen är borttagen.',
  hidden: 'Skyddad identitet',
  protectedConflictTitle: 'Någon annan har sparat ungdomens uppgifter medan du ändrade markeringen',
  protectedConflictBody:
    'Uppgifterna sparades som version {{version}}. Din ändring av markeringen är inte sparad. Jämför versionerna och välj hur du vill göra.',
  protectedConflictSame:
    'Uppgifterna sparades som version {{version}}, och där är markeringen redan som du ville ändra den till. Det finns inget att göra om.',
  protectedField: 'Skyddad identitet',
  protectedYes: 'Markerad',
  protectedNo: 'Inte markerad',
  namedField: 'Namngivna användare som ser uppgifterna',
  namedNone: 'Inga',
  protectedDiscarded: 'Din ändring av markeringen är inte sparad. Markeringen visas som den är sparad nu.',
  protectedClose: 'Stäng',
};
