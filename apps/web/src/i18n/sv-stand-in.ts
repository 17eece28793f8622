// The Swedish strings of stand-ins (vikarier, issue 17): the team lead's page and the caseload's
// mark on covered rows. Spread into sv.ts (`standIn`, and the error messages under `errors`).
export const svStandIn = {
  nav: 'Vikarier',
  title: 'Vikarier',
  intro:
    'När en samordnare är frånvarande kan du utse en annan samordnare i enheten som vikarie under en period. Vikarien ser och arbetar med den frånvarandes ungdomar och tar emot larmen för dem under perioden. Båda registreras i loggen.',
  appointHeading: 'Utse vikarie',
  absent: 'Frånvarande samordnare',
  standIn: 'Vikarie',
  choose: 'Välj samordnare',
  fromOn: 'Första dag',
  toOn: 'Sista dag',
  dateHint: 'ÅÅÅÅ-MM-DD',
  appoint: 'Utse vikarie',
  appointed: '{{standIn}} är vikarie för {{absent}} {{fromOn}}–{{toOn}}.',
  required: 'Välj {{field}}.',
  dateFormat: 'Skriv {{field}} som ÅÅÅÅ-MM-DD.',
  samePerson: 'Vikarien kan inte vara samma person som den som är frånvarande.',
  toBeforeFrom: 'Sista dagen kan inte vara före första dagen.',
  listHeading: 'Pågående och planerade vikariat',
  listCaption: 'Vikariat i enheten',
  empty: 'Det finns inga pågående eller planerade vikariat.',
  period: 'Period',
  periodValue: '{{fromOn}}–{{toOn}}',
  state: 'Läge',
  actions: 'Åtgärd',
  end: 'Avsluta',
  endLabel: 'Avsluta vikariatet för {{absent}}',
  endHeading: 'Avsluta vikariatet?',
  endBody:
    '{{standIn}} slutar vara vikarie för {{absent}} nu och förlorar direkt åtkomsten till ungdomarna och larmen.',
  endConfirm: 'Avsluta vikariatet',
  endCancel: 'Avbryt',
  ended: 'Vikariatet för {{absent}} är avslutat.',
  coveredFor: 'Vikarie för {{name}}',
  coveredForUnknown: 'en kollega',
  enums: {
    StandInState: {
      PLANNED: 'Planerat',
      ACTIVE: 'Pågår',
      ENDED: 'Avslutat',
    },
  },
} as const;

export const svStandInErrors = {
  STAND_IN_COORDINATOR_INVALID: 'Personen är inte aktiv samordnare i enheten. Välj en samordnare i listan.',
  STAND_IN_SAME_PERSON: 'Vikarien kan inte vara samma person som den som är frånvarande.',
  STAND_IN_DATES_INVALID:
    'Perioden går inte ihop. Den kan inte börja före i dag, sluta före den börjar eller vara längre än ett år.',
  STAND_IN_OVERLAP:
    'Samordnaren har redan en vikarie under en del av perioden. Avsluta den först eller välj andra datum.',
  STAND_IN_CHAINED: 'Vikarien är själv frånvarande, eller den frånvarande är vikarie för någon annan, under perioden.',
  STAND_IN_ENDED: 'Vikariatet är redan avslutat.',
} as const;
