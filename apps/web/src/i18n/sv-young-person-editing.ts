// The young person's page: a measure's documentation, the version-conflict screen of the
// contact details and the documentation, and re-enrolment (issue 15). Only the young person's
// page uses them, so they load with its chunk (young-person/editing-strings.ts) and stay out of
// the entry every screen loads (the web budget); the type is part of the catalog's (i18n.ts).
export const svYoungPersonEditing = {
  conflict: {
    yourChanges: 'Dina ändringar',
    bothChanged: '{{change}} (ändrat av er båda; din ändring gäller om du gör om den)',
    mineVersion: 'Din version (inte sparad)',
    theirsVersion: 'Sparad version {{version}}',
    reapply: 'Gör om mina ändringar på den sparade versionen',
    discard: 'Släng mina ändringar',
    changed: '{{field}}: {{value}}',
    empty: '–',
  },
  contact: {
    conflictTitle: 'Någon annan har sparat ungdomens uppgifter medan du ändrade dem',
    conflictBody:
      'Uppgifterna sparades som version {{version}}. Dina ändringar är inte sparade men finns kvar. Jämför versionerna och välj hur du vill göra.',
    reapplied: 'Dina ändringar är inlagda i version {{version}}. Granska dem och spara igen.',
    discarded: 'Dina ändringar är inte sparade. Uppgifterna visas som de är sparade nu.',
    guardiansField: 'Vårdnadshavare',
    noGuardians: 'Inga vårdnadshavare',
    guardianAdded: 'Vårdnadshavare tillagd: {{guardian}}',
    guardianRemoved: 'Vårdnadshavare borttagen: {{guardian}}',
    guardianChanged: 'Vårdnadshavare ändrad: {{guardian}}',
    guardianChoicesHeading: 'Välj version för varje vårdnadshavare',
    guardianChoicesIntro:
      'Vårdnadshavarna har ändrats på olika sätt i de två versionerna. Välj för var och en vilken version som ska gälla när du gör om dina ändringar.',
    guardianChoice: 'Vårdnadshavare {{name}}',
    guardianMine: 'Din version: {{guardian}}',
    guardianTheirs: 'Sparad version: {{guardian}}',
    guardianMissing: 'finns inte med',
    address: 'Adress',
  },
  enrollment: {
    conflictTitle: 'Någon annan har sparat registreringen medan du ändrade den',
    conflictBody:
      'Registreringen sparades som version {{version}}. Din ändring är inte sparad men finns kvar. Jämför versionerna och välj hur du vill göra.',
    reapplied: 'Din ändring är inlagd i version {{version}}. Granska den och spara igen.',
    discarded: 'Din ändring är inte sparad. Registreringen visas som den är sparad nu.',
  },
  measureStep: {
    conflictTitle: 'Någon annan har sparat insatsen medan du fyllde i steget',
    conflictBody:
      'Insatsen sparades som version {{version}}. Det du fyllde i är inte sparat men finns kvar. Jämför versionerna och välj hur du vill göra.',
    movedOn:
      'Insatsen sparades som version {{version}} och har nu status {{status}}, så steget du fyllde i kan inte göras om. Det du fyllde i visas här tills du stänger.',
    status: 'Status',
    reapplied: 'Det du fyllde i är inlagt i version {{version}}. Granska och spara igen.',
    discarded: 'Det du fyllde i är inte sparat. Insatsen visas som den är sparad nu.',
    close: 'Stäng',
  },
  measureDoc: {
    heading: 'Dokumentation',
    edit: 'Ändra dokumentation',
    editFor: 'Ändra dokumentationen av {{name}}',
    formTitle: 'Ändra dokumentationen (utgår från version {{version}})',
    intro: 'Insatsens dokumentation enligt förordningen (2006:39). Ändringar sparas och loggas.',
    level: 'Nivå',
    tier: 'Inriktning',
    evidenceBasis: 'Kunskapsgrund',
    evidenceBasisHint: 'Vad insatsen bygger på. Välj en eller flera.',
    planningAndGoal: 'Planering och mål med insatsen',
    youngPersonResponsibility: 'Ungdomens ansvar',
    municipalityResponsibility: 'Kommunens ansvar',
    otherActor: 'Annan aktör',
    otherActorNone: 'Ingen annan aktör',
    otherActorResponsibility: 'Den andra aktörens ansvar',
    plannedStartOn: 'Planerad start',
    plannedEndOn: 'Planerat slut',
    followUpOn: 'Uppföljning',
    evaluationOn: 'Utvärdering',
    save: 'Spara dokumentationen',
    saved: 'Dokumentationen är sparad.',
    notSet: '–',
    dateFormat: 'Skriv datumet som ÅÅÅÅ-MM-DD, eller lämna fältet tomt.',
    tooLong: 'Texten får vara högst {{max}} tecken.',
    conflictTitle: 'Någon annan har sparat insatsens dokumentation medan du ändrade den',
    conflictBody:
      'Insatsen sparades som version {{version}}. Dina ändringar är inte sparade men finns kvar. Jämför versionerna och välj hur du vill göra.',
    reapplied: 'Dina ändringar är inlagda i version {{version}}. Granska dem och spara igen.',
    discarded: 'Dina ändringar är inte sparade. Dokumentationen visas som den är sparad nu.',
    measureClosed: 'Insatsen är avslutad eller avböjd, så dokumentationen kan inte längre ändras.',
  },
  MeasureLevel: { INDIVIDUAL: 'Individ', GROUP: 'Grupp', ORGANISATION: 'Organisation' },
  MeasureTier: { PROMOTIVE: 'Främjande', PREVENTIVE: 'Förebyggande', REMEDIAL: 'Åtgärdande' },
  EvidenceBasis: {
    SCIENTIFIC_BASIS: 'Vetenskaplig grund',
    PROVEN_EXPERIENCE: 'Beprövad erfarenhet',
    PROFESSIONAL_JUDGEMENT: 'Professionell bedömning',
    PUPILS_VOICE: 'Ungdomens egen röst',
  },
  reEnrol: {
    open: 'Registrera på nytt',
    intro:
      'Ungdomens registreringar är avslutade. Registrera ungdomen på nytt när hen åter hör till aktivitetsansvaret; målgruppens villkor prövas igen.',
    formLabel: 'Registrera ungdomen på nytt',
    submit: 'Registrera på nytt',
    saved: 'Ungdomen är registrerad på nytt från {{date}}.',
  },
};
