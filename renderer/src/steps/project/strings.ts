import { defineCatalog } from '../../../../shared/i18n/catalog';

export const strings = defineCatalog(
  {
    about: 'Om projektet',
    period: 'Projektperiod',
    duration: 'Projektet pågår i {months} månader (utlysningen tillåter högst {max}).',
    durationOver: 'Projektet pågår i {months} månader, men utlysningen tillåter högst {max}.',
    where: 'Var projektet genomförs',
    whereHint: 'Välj alla kommuner som deltar. Projekt i flera kommuner ses positivt.',
    chosen: 'Valda kommuner: {list}',
    chosenNone: 'Inga kommuner valda än.',
    leader: 'Projektledare',
    diarienummerHint: 'Fylls i av VGR efter beslut; lämna tomt i ansökan.',
    summaryHint: 'Sammanfattningen ska gå att förstå utan resten av ansökan.',
  },
  {
    about: 'About the project',
    period: 'Project period',
    duration: 'The project runs for {months} months (the call allows at most {max}).',
    durationOver: 'The project runs for {months} months, but the call allows at most {max}.',
    where: 'Where the project runs',
    whereHint: 'Choose every municipality taking part. Projects in several municipalities are viewed positively.',
    chosen: 'Chosen municipalities: {list}',
    chosenNone: 'No municipalities chosen yet.',
    leader: 'Project leader',
    diarienummerHint: 'Filled in by VGR after a decision; leave empty in the application.',
    summaryHint: 'The summary should stand on its own, without the rest of the application.',
  },
);
