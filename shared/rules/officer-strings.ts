import { defineCatalog } from '../i18n/catalog';

/**
 * What a case officer would ask about an application that is otherwise complete: warnings, since each can have a
 * good reason, but one the applicants should have answered before the officer has to ask.
 */
export const officerStrings = defineCatalog(
  {
    'officer.principalNoActivity': '{party} är huvudman men ansvarar inte för någon aktivitet. Båda huvudmännen ska delta i genomförandet: ange {party} som ansvarig part för minst en aktivitet.',
    'officer.reachMismatch': 'Kalkylen räknar med {calc} personer som nås, men målgruppen anger {target} barn som nås. Använd samma antal eller förklara skillnaden i kommentaren till kalkylen.',
    'officer.startsBeforeApplication': 'Projektet startar {start}, före ansökans datum {date} (då den senast sparades). Ansökan prövas först när den har kommit in: ange en startdag efter ansökans datum.',
  },
  {
    'officer.principalNoActivity': '{party} is a principal but is responsible for no activity. Both principals take part in the work: make {party} the responsible party of at least one activity.',
    'officer.reachMismatch': 'The calculation counts {calc} people reached, but the target group gives {target} children reached. Use the same number or explain the difference in the comment to the calculation.',
    'officer.startsBeforeApplication': 'The project starts on {start}, before the application date {date} (when it was last saved). The application is assessed only once it has arrived: choose a start date after the application date.',
  },
);
