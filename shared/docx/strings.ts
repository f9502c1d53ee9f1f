import type { Lang, Localized } from '../model/labels';

/**
 * The document's own words (headings, table heads, the signature page). Field names come from
 * shared/model/labels.ts so a field is called the same in the wizard and on paper.
 *
 * The document is signed and read by the funder: it says what the applicants gave and what the programme asks,
 * never how to use the app (no "Vill du …", no steps, buttons or exports); tests/unit/docx/officer.test.ts reads the
 * exported text for such words.
 */
export const DOC_STRINGS = {
  docTitle: { sv: 'Ansökan om sociala investeringsmedel', en: 'Application for social investment funds' },
  draft: { sv: 'UTKAST', en: 'DRAFT' },
  draftNote: {
    sv: 'Inte för underskrift: ansökan kan komma att ändras innan den skrivs under.',
    en: 'Not for signing: the application may still change before it is signed.',
  },
  draftShort: { sv: 'Utkast – inte för underskrift', en: 'Draft – not for signing' },
  untitled: { sv: '(Projektnamn saknas)', en: '(Project title missing)' },
  notFilled: { sv: 'Ej ifyllt.', en: 'Not filled in.' },
  none: { sv: 'Inga.', en: 'None.' },
  dash: { sv: '–', en: '–' },
  yes: { sv: 'Ja', en: 'Yes' },
  no: { sv: 'Nej', en: 'No' },
  page: { sv: 'Sida', en: 'Page' },
  of: { sv: 'av', en: 'of' },
  documentId: { sv: 'Dokument-ID', en: 'Document ID' },
  contents: { sv: 'Innehåll', en: 'Contents' },

  // First page
  programme: { sv: 'Program', en: 'Programme' },
  funder: { sv: 'Finansiär', en: 'Funder' },
  projectTitle: { sv: 'Projekt', en: 'Project' },
  owner: { sv: 'Projektägare', en: 'Project owner' },
  partners: { sv: 'Samverkanspart(er)', en: 'Partner(s)' },
  period: { sv: 'Projektperiod', en: 'Project period' },
  amountSought: { sv: 'Sökt belopp', en: 'Amount sought' },
  totalBudget: { sv: 'Total budget', en: 'Total budget' },
  date: { sv: 'Datum', en: 'Date' },
  diarienummer: { sv: 'Finansiärens diarienummer', en: "Funder's case number" },
  diarienummerNote: { sv: 'fylls i av finansiären', en: 'filled in by the funder' },
  months: { sv: 'månader', en: 'months' },

  // Section headings, in wizard order
  basics: { sv: 'Grunduppgifter', en: 'Basic information' },
  parties: { sv: 'Parter', en: 'Parties' },
  summary: { sv: 'Sammanfattning', en: 'Summary' },
  needs: { sv: 'Behovsanalys', en: 'Needs analysis' },
  priorities: { sv: 'Prioriterade inriktningar', en: 'Priorities' },
  targetGroup: { sv: 'Målgrupp', en: 'Target group' },
  childRights: { sv: 'Barnrättsperspektiv', en: 'Child-rights perspective' },
  goals: { sv: 'Syfte och mål', en: 'Purpose and goals' },
  activities: { sv: 'Aktiviteter och tidplan', en: 'Activities and timetable' },
  collaboration: { sv: 'Samverkan och organisation', en: 'Collaboration and organisation' },
  budget: { sv: 'Budget och finansiering', en: 'Budget and financing' },
  followUp: { sv: 'Uppföljning och utvärdering', en: 'Follow-up and evaluation' },
  implementation: { sv: 'Implementering', en: 'Implementation' },
  signatures: { sv: 'Underskrifter', en: 'Signatures' },
  appendix: { sv: 'Bilaga', en: 'Appendix' },
  logicModel: { sv: 'Logikmodell', en: 'Logic model' },

  // Basics and parties
  municipalitiesWithRegions: { sv: 'Kommuner (delregion)', en: 'Municipalities (sub-region)' },
  ageRange: { sv: 'Målgruppens ålder', en: 'Age of the target group' },
  years: { sv: 'år', en: 'years' },
  role_owner: { sv: 'Projektägare', en: 'Project owner' },
  role_partner: { sv: 'Samverkanspart', en: 'Partner' },
  sector_kommun: { sv: 'Kommun', en: 'Municipality' },
  sector_region: { sv: 'Region', en: 'Region' },
  sector_annan: { sv: 'Annan organisation', en: 'Other organisation' },
  unnamedParty: { sv: 'Part utan namn', en: 'Unnamed party' },
  noParty: { sv: 'Ingen part vald', en: 'No party chosen' },

  // Priorities, target group, child rights, goals
  chosenPriority: { sv: 'Prioritering', en: 'Priority' },
  theme: { sv: 'Inriktning', en: 'Theme' },
  callWording: { sv: 'Utlysningens lydelse', en: "The call's wording (Swedish)" },
  unknownPriority: { sv: 'Prioritering som inte finns i programmet', en: 'Priority not in the programme' },
  article: { sv: 'Artikel', en: 'Article' },
  articleShort: { sv: 'Art.', en: 'Art.' },
  logicRowRefs: { sv: 'Kedjor i logikmodellen (bilaga 1)', en: 'Logic-model chains (appendix 1)' },
  goalNo: { sv: 'Mål', en: 'Goal' },
  seeAppendixLogic: {
    sv: 'Logikmodellen finns i bilaga 1, med varje kedja från behov till långsiktig effekt.',
    en: 'The logic model is in appendix 1, with each chain from need to long-term effect.',
  },

  // Activities
  no_: { sv: 'Nr', en: 'No.' },
  activity: { sv: 'Aktivitet', en: 'Activity' },
  responsible: { sv: 'Ansvarig part', en: 'Responsible party' },
  start: { sv: 'Start', en: 'Start' },
  end: { sv: 'Slut', en: 'End' },
  timetable: { sv: 'Tidplan per månad', en: 'Timetable by month' },
  timetableNote: {
    sv: 'De skuggade fälten visar de månader då aktiviteten pågår.',
    en: 'The shaded bars show the months in which the activity runs.',
  },
  monthInitials: { sv: 'JFMAMJJASOND', en: 'JFMAMJJASOND' },

  // Collaboration
  party: { sv: 'Part', en: 'Party' },

  // Budget
  costsByCategory: { sv: 'Kostnader per kostnadsslag och år', en: 'Costs by category and year' },
  costsByParty: { sv: 'Kostnader per part', en: 'Costs by party' },
  costSpecification: { sv: 'Kostnadsspecifikation', en: 'Cost specification' },
  financingBySource: { sv: 'Finansiering per källa och år', en: 'Financing by source and year' },
  shares: { sv: 'Parternas andelar och SIM-andel', en: "Parties' shares and SIM share" },
  category: { sv: 'Kostnadsslag', en: 'Category' },
  description: { sv: 'Beskrivning', en: 'Description' },
  kind: { sv: 'Slag', en: 'Kind' },
  year: { sv: 'År', en: 'Year' },
  total: { sv: 'Totalt', en: 'Total' },
  totalCost: { sv: 'Total kostnad', en: 'Total cost' },
  totalFinancing: { sv: 'Total finansiering', en: 'Total financing' },
  difference: { sv: 'Skillnad finansiering − kostnad', en: 'Difference financing − cost' },
  source: { sv: 'Källa', en: 'Source' },
  amount: { sv: 'Belopp', en: 'Amount' },
  share: { sv: 'Andel', en: 'Share' },
  shareOfFinancing: { sv: 'Andel av finansieringen', en: 'Share of financing' },
  simSought: { sv: 'Sociala investeringsmedel (sökt)', en: 'Social investment funds (sought)' },
  simShare: { sv: 'SIM-andel av total kostnad', en: 'SIM share of total cost' },
  otherFinancing: { sv: 'Övrig finansiering', en: 'Other financing' },
  cash: { sv: 'kontant', en: 'cash' },
  inKind: { sv: 'arbetstid', en: 'in kind' },
  cashLong: { sv: 'Kontant', en: 'Cash' },
  inKindLong: { sv: 'Arbetstid (värderad)', en: 'In kind (staff time)' },
  unassigned: { sv: 'Ej fördelat på part', en: 'Not assigned to a party' },
  noBudget: { sv: 'Ingen budget är ifylld.', en: 'No budget has been entered.' },
  yearSpan: { sv: 'År', en: 'Year' },

  // Signatures
  signaturesIntro: {
    sv: 'Parterna står gemensamt bakom ansökan, dess genomförande och finansiering. Underskrifterna avser ansökan med Dokument-ID {id}.',
    en: 'The parties jointly stand behind the application, its implementation and its financing. The signatures apply to the application with Document ID {id}.',
  },
  placeAndDate: { sv: 'Ort och datum', en: 'Place and date' },
  signature: { sv: 'Underskrift av firmatecknare eller behörig företrädare', en: 'Signature of an authorised signatory or representative' },
  nameClarification: { sv: 'Namnförtydligande', en: 'Name in print' },
  title: { sv: 'Titel', en: 'Title' },
  noSignatories: {
    sv: 'Ingen part är angiven som undertecknare.',
    en: 'No party is set to sign the application.',
  },

  // Logic model
  logicModelIntro: {
    sv: 'Varje kedja går från behov via resurser, aktiviteter och prestationer till effekter på kort, medellång och lång sikt, med indikator, utgångsvärde, målvärde och datakälla.',
    en: 'Each chain runs from need through resources, activities and outputs to short-, medium- and long-term effects, with indicator, baseline, target and data source.',
  },
  logicChain: { sv: 'Kedja', en: 'Chain' },
  logicLevel: { sv: 'Led', en: 'Level' },
  noLogicRows: { sv: 'Logikmodellen har inga rader.', en: 'The logic model has no rows.' },
} satisfies Record<string, Localized>;

export type DocStringKey = keyof typeof DOC_STRINGS;

/** The document's word for a key, with `{name}` placeholders filled in. */
export function docText(lang: Lang, key: DocStringKey, params: Record<string, string> = {}): string {
  return DOC_STRINGS[key][lang].replace(/\{(\w+)\}/g, (m, name: string) => params[name] ?? m);
}
