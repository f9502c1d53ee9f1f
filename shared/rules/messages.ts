import type { Localized } from '../model/labels';
import { OFFICER_MESSAGES } from './officer-messages';
import { PLAN_MESSAGES } from './messages-plan';

/**
 * Every sentence the rules can say, in Swedish and English, with `{param}` placeholders.
 * `{field}` is filled in by formatIssue with where the issue is ("Parter › Part 2 › Organisationsnummer");
 * parameters ending in `Kr` are amounts printed the Swedish way (`1 250 000 kr`).
 */
const MESSAGES = {
  required: { sv: '{field} måste fyllas i.', en: '{field} must be filled in.' },
  textTooLong: {
    sv: '{field} är för lång: {length} tecken, men programmet tillåter högst {limit}.',
    en: '{field} is too long: {length} characters, but the programme allows at most {limit}.',
  },
  textNearLimit: {
    sv: '{field} närmar sig gränsen: {length} av högst {limit} tecken.',
    en: '{field} is close to its limit: {length} of at most {limit} characters.',
  },
  invisibleCharacters: {
    sv: '{field} innehåller {count} osynliga tecken eller tecken som vänder skrivriktningen ({characters}). De syns inte i texten men kan få den att se ut att säga något annat än den gör. Ta bort dem om de inte ska vara där.',
    en: '{field} contains {count} invisible or direction-changing characters ({characters}). They do not show, but can make the text look as if it says something other than it does. Remove them unless they belong there.',
  },
  emailInvalid: {
    sv: '{field}: "{value}" är inte en giltig e-postadress.',
    en: '{field}: "{value}" is not a valid e-mail address.',
  },
  unknownParty: {
    sv: '{field} pekar på en part som inte längre finns i ansökan. Välj en av parterna.',
    en: '{field} refers to a party that is no longer in the application. Choose one of the parties.',
  },

  'parties.noOwner': {
    sv: 'Ingen part är projektägare. Ange exakt en part som projektägare.',
    en: 'No party is the project owner. Make exactly one party the project owner.',
  },
  'parties.manyOwners': {
    sv: '{party} är angiven som projektägare, men det är redan {owner}. Ansökan ska ha exakt en projektägare.',
    en: '{party} is set as project owner, but {owner} already is. The application must have exactly one project owner.',
  },
  'parties.noKommun': {
    sv: 'Ansökan saknar en kommunal part. Minst en part ska ha kommunen som huvudman.',
    en: 'The application has no municipal party. At least one party must be a municipal operation.',
  },
  'parties.noRegion': {
    sv: 'Ansökan saknar en regional part. Minst en part ska ha regionen som huvudman.',
    en: 'The application has no regional party. At least one party must be a regional operation.',
  },
  'parties.ownerMustSign': {
    sv: '{party} är projektägare och måste skriva under ansökan.',
    en: '{party} owns the project and must sign the application.',
  },
  'parties.kommunMustSign': {
    sv: 'Ingen kommunal part skriver under ansökan. Båda huvudmännen ska skriva under.',
    en: 'No municipal party signs the application. Both principals must sign.',
  },
  'parties.regionMustSign': {
    sv: 'Ingen regional part skriver under ansökan. Båda huvudmännen ska skriva under.',
    en: 'No regional party signs the application. Both principals must sign.',
  },
  'parties.orgNumberFormat': {
    sv: 'Organisationsnumret för {party} ska vara tio siffror, till exempel 232100-0131.',
    en: 'The organisation number of {party} must be ten digits, for example 232100-0131.',
  },
  'parties.orgNumberChecksum': {
    sv: 'Organisationsnumret för {party} ({value}) är inte giltigt: kontrollsiffran stämmer inte. Kontrollera att det är rätt avskrivet.',
    en: 'The organisation number of {party} ({value}) is not valid: the check digit does not match. Check that it is copied correctly.',
  },
  'parties.orgNumberSector': {
    sv: 'Organisationsnumret för {party} börjar inte med 2, som kommuners och regioners nummer gör. Kontrollera att det är organisationens nummer.',
    en: 'The organisation number of {party} does not start with 2, as those of municipalities and regions do. Check that it is the organisation’s number.',
  },

  'project.endBeforeStart': {
    sv: 'Slutdatum ({end}) måste vara efter startdatum ({start}).',
    en: 'The end date ({end}) must be after the start date ({start}).',
  },
  'project.tooLong': {
    sv: 'Projektet pågår i {months} månader, men programmet tillåter högst {max} månader.',
    en: 'The project runs for {months} months, but the programme allows at most {max} months.',
  },
  'project.noMunicipality': {
    sv: 'Välj minst en kommun där projektet genomförs.',
    en: 'Choose at least one municipality where the project runs.',
  },
  'project.unknownMunicipality': {
    sv: '"{value}" finns inte bland programmets kommuner.',
    en: '"{value}" is not one of the programme’s municipalities.',
  },

  'priorities.none': {
    sv: 'Välj minst en av programmets prioriteringar och motivera valet.',
    en: 'Choose at least one of the programme’s priorities and explain the choice.',
  },
  'priorities.unknown': {
    sv: 'Prioriteringen "{value}" finns inte i programmet. Välj en av programmets prioriteringar.',
    en: 'The priority "{value}" is not in the programme. Choose one of the programme’s priorities.',
  },
  'priorities.duplicate': {
    sv: '{field}: samma prioritering är vald mer än en gång.',
    en: '{field}: the same priority is chosen more than once.',
  },

  'targetGroup.ageOutside': {
    sv: '{field} ({value} år) ligger utanför programmets målgrupp, {min}–{max} år.',
    en: '{field} ({value} years) is outside the programme’s target group, {min}–{max} years.',
  },
  'targetGroup.ageOrder': {
    sv: 'Lägsta ålder ({min} år) är högre än högsta ålder ({max} år).',
    en: 'The minimum age ({min} years) is higher than the maximum age ({max} years).',
  },
  'targetGroup.childrenReached': {
    sv: 'Ange hur många barn projektet når.',
    en: 'Enter how many children the project reaches.',
  },

  'childRights.articleMissing': {
    sv: 'Beskriv hur artikel {article} i barnkonventionen beaktas. Programmet kräver det.',
    en: 'Describe how article {article} of the Convention is addressed. The programme requires it.',
  },
  'childRights.viewsMissing': {
    sv: 'Beskriv hur barnens egna röster tas till vara före, under och efter projektet.',
    en: 'Describe how the children’s own views are heard before, during and after the project.',
  },
  'childRights.viewsPhase': {
    sv: '{field} är tom. Visa gärna hur barnen är delaktiga i alla skeden.',
    en: '{field} is empty. Show how children take part at every stage.',
  },
  'childRights.duplicateArticle': {
    sv: 'Artikel {article} finns med mer än en gång.',
    en: 'Article {article} is listed more than once.',
  },

  'goals.noCompleteChain': {
    sv: 'Logikmodellen behöver minst en komplett kedja: behov, resurser, aktiviteter, prestationer, effekter på kort, medellång och lång sikt samt en indikator.',
    en: 'The logic model needs at least one complete chain: need, resources, activities, outputs, short-, medium- and long-term effects and an indicator.',
  },
  'goals.rowIncomplete': {
    sv: '{field} är tom, så kedjan på rad {row} i logikmodellen är inte komplett.',
    en: '{field} is empty, so the chain on row {row} of the logic model is not complete.',
  },
  'goals.unknownRow': {
    sv: '{field} hänvisar till en rad i logikmodellen som inte längre finns.',
    en: '{field} refers to a logic-model row that no longer exists.',
  },
  'goals.goalUnlinked': {
    sv: 'Projektmål {goal} är inte kopplat till någon rad i logikmodellen.',
    en: 'Project goal {goal} is not linked to any row of the logic model.',
  },

  'activities.none': {
    sv: 'Lägg till minst en aktivitet.',
    en: 'Add at least one activity.',
  },
  'activities.endBeforeStart': {
    sv: 'Aktiviteten "{name}" slutar ({end}) före den börjar ({start}).',
    en: 'The activity "{name}" ends ({end}) before it starts ({start}).',
  },
  'activities.outsidePeriod': {
    sv: 'Aktiviteten "{name}" ({start} – {end}) ligger utanför projektperioden {periodStart} – {periodEnd}.',
    en: 'The activity "{name}" ({start} – {end}) lies outside the project period {periodStart} – {periodEnd}.',
  },

  'collaboration.contributionMissing': {
    sv: 'Beskriv vad {party} bidrar med i samverkan.',
    en: 'Describe what {party} contributes to the collaboration.',
  },

  'budget.noCosts': {
    sv: 'Budgeten saknar kostnader. Lägg till projektets kostnader per år.',
    en: 'The budget has no costs. Add the project’s costs per year.',
  },
  'budget.unbalanced': {
    sv: 'År {year} är finansieringen {financingKr} men kostnaderna {costsKr} – en skillnad på {differenceKr}. Finansieringen ska vara lika stor som kostnaderna varje år.',
    en: 'In year {year} financing is {financingKr} but costs are {costsKr} – a difference of {differenceKr}. Financing must equal costs every year.',
  },
  'budget.partyNoContribution': {
    sv: '{party} är huvudman men bidrar inte till finansieringen. Varje huvudman ska bidra kontant eller med arbetstid.',
    en: '{party} is a principal but does not contribute to the financing. Each principal must contribute in cash or staff time.',
  },
  'budget.noSim': {
    sv: 'Ange hur mycket som söks från programmet: beloppet måste vara större än noll.',
    en: 'Enter how much is sought from the programme: the amount must be greater than zero.',
  },
  'budget.fundShareCap': {
    sv: 'De sökta medlen är {share} % av kostnaderna, men programmet tillåter högst {cap} %.',
    en: 'The funds sought are {share} % of the costs, but the programme allows at most {cap} %.',
  },
  'budget.beyondYears': {
    sv: '{field} gäller år {year} och ligger efter projektperioden, som bara omfattar {years} år.',
    en: '{field} is for year {year}, after the project period, which covers only {years} years.',
  },
  'budget.lineEmpty': {
    sv: '{field} har inga belopp.',
    en: '{field} has no amounts.',
  },
  'budget.externalInKind': {
    sv: '{field}: sökta medel och annan finansiering är alltid kontanta. Ändra till kontant.',
    en: '{field}: funds sought and other financing are always cash. Change it to cash.',
  },

  'socioEconomics.noSource': {
    sv: 'Ange en källa för den undvikna kostnaden "{label}", så att kalkylen går att granska.',
    en: 'Give a source for the avoided cost "{label}", so the calculation can be checked.',
  },
  'socioEconomics.outOfRange': {
    sv: 'Den samhällsekonomiska kalkylen skulle visa en undviken kostnad på upp till {avoidedKr}, mer än {maxKr}: mer än hela den offentliga sektorn i Sverige kostar på hundratals år. Kontrollera antalet personer som nås per år och beloppen per lyckat utfall.',
    en: 'The socio-economic calculation would show an avoided cost of up to {avoidedKr}, more than {maxKr}: more than the whole Swedish public sector costs in hundreds of years. Check the number of people reached per year and the amounts per success.',
  },
  ...OFFICER_MESSAGES,
  ...PLAN_MESSAGES,
} as const satisfies Record<string, Localized>;

export type RuleMessageKey = keyof typeof MESSAGES;

/** Typed loosely so callers can look up any key an Issue carries. */
export const RULE_MESSAGES: Record<string, Localized> = MESSAGES;
