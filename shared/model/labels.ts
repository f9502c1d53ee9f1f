import type { StepId } from './steps';
import type { CostCategory } from './schema';
import { stepForPath } from './steps';
import { lifecycleFieldLabel, proposedPath } from './lifecycle-labels';

/** A text in both UI languages. */
export type Localized = { sv: string; en: string };
export type Lang = 'sv' | 'en';

export const STEP_LABELS: Record<StepId, Localized> = {
  parties: { sv: 'Parter', en: 'Parties' },
  project: { sv: 'Projekt', en: 'Project' },
  needs: { sv: 'Behovsanalys', en: 'Needs analysis' },
  priorities: { sv: 'Inriktning', en: 'Priorities' },
  targetGroup: { sv: 'Målgrupp', en: 'Target group' },
  childRights: { sv: 'Barnrätt', en: 'Child rights' },
  goals: { sv: 'Mål och logikmodell', en: 'Goals and logic model' },
  activities: { sv: 'Aktiviteter', en: 'Activities' },
  collaboration: { sv: 'Samverkan', en: 'Collaboration' },
  budget: { sv: 'Budget', en: 'Budget' },
  socioEconomics: { sv: 'Samhällsekonomi', en: 'Socio-economics' },
  followUp: { sv: 'Uppföljning och implementering', en: 'Follow-up and implementation' },
  review: { sv: 'Granska och exportera', en: 'Review and export' },
};

/** Cost categories as the budget step, the review and the DOCX all name them. */
export const COST_CATEGORY_LABELS: Record<CostCategory, Localized> = {
  personnel: { sv: 'Personal', en: 'Personnel' },
  externalServices: { sv: 'Externa tjänster', en: 'External services' },
  training: { sv: 'Utbildning och handledning', en: 'Training and supervision' },
  travel: { sv: 'Resor', en: 'Travel' },
  premises: { sv: 'Lokaler', en: 'Premises' },
  material: { sv: 'Material och utrustning', en: 'Material and equipment' },
  evaluation: { sv: 'Utvärdering', en: 'Evaluation' },
  other: { sv: 'Övrigt', en: 'Other' },
};

/**
 * Field labels by path pattern (`*` stands for an item index). One catalog for load errors, rules,
 * the wizard's form labels and the DOCX, so a field is called the same thing everywhere.
 */
export const FIELD_LABELS: Record<string, Localized> = {
  format: { sv: 'Filformat', en: 'File format' },
  formatVersion: { sv: 'Formatversion', en: 'Format version' },
  id: { sv: 'Ansökans id', en: 'Application id' },
  programme: { sv: 'Program', en: 'Programme' },
  'programme.id': { sv: 'Programmets id', en: 'Programme id' },
  'programme.version': { sv: 'Programmets version', en: 'Programme version' },
  language: { sv: 'Dokumentets språk', en: 'Document language' },
  createdAt: { sv: 'Skapad', en: 'Created' },
  updatedAt: { sv: 'Ändrad', en: 'Updated' },

  parties: { sv: 'Parter', en: 'Parties' },
  'parties.*': { sv: 'Part', en: 'Party' },
  'parties.*.id': { sv: 'Partens id', en: 'Party id' },
  'parties.*.role': { sv: 'Roll', en: 'Role' },
  'parties.*.sector': { sv: 'Huvudman', en: 'Sector' },
  'parties.*.organisation': { sv: 'Organisation', en: 'Organisation' },
  'parties.*.unit': { sv: 'Förvaltning/verksamhet', en: 'Department/unit' },
  'parties.*.orgNumber': { sv: 'Organisationsnummer', en: 'Organisation number' },
  'parties.*.address': { sv: 'Adress', en: 'Address' },
  'parties.*.address.street': { sv: 'Gatuadress', en: 'Street address' },
  'parties.*.address.postalCode': { sv: 'Postnummer', en: 'Postal code' },
  'parties.*.address.city': { sv: 'Ort', en: 'City' },
  'parties.*.contact': { sv: 'Kontaktperson', en: 'Contact person' },
  'parties.*.contact.name': { sv: 'Kontaktpersonens namn', en: 'Contact name' },
  'parties.*.contact.title': { sv: 'Kontaktpersonens titel', en: 'Contact title' },
  'parties.*.contact.phone': { sv: 'Kontaktpersonens telefon', en: 'Contact phone' },
  'parties.*.contact.email': { sv: 'Kontaktpersonens e-post', en: 'Contact e-mail' },
  'parties.*.signatory': { sv: 'Firmatecknare eller behörig företrädare', en: 'Authorised signatory or representative' },
  'parties.*.signatory.name': { sv: 'Undertecknarens namn', en: 'Signatory name' },
  'parties.*.signatory.title': { sv: 'Undertecknarens titel', en: 'Signatory title' },
  'parties.*.signs': { sv: 'Skriver under ansökan', en: 'Signs the application' },

  project: { sv: 'Projekt', en: 'Project' },
  'project.title': { sv: 'Projektets namn', en: 'Project title' },
  'project.summary': { sv: 'Sammanfattning', en: 'Summary' },
  'project.startDate': { sv: 'Startdatum', en: 'Start date' },
  'project.endDate': { sv: 'Slutdatum', en: 'End date' },
  'project.municipalities': { sv: 'Kommuner där projektet genomförs', en: 'Municipalities where it runs' },
  'project.municipalities.*': { sv: 'Kommun', en: 'Municipality' },
  'project.leader': { sv: 'Projektledare', en: 'Project leader' },
  'project.leader.name': { sv: 'Projektledarens namn', en: 'Project leader name' },
  'project.leader.title': { sv: 'Projektledarens titel', en: 'Project leader title' },
  'project.leader.phone': { sv: 'Projektledarens telefon', en: 'Project leader phone' },
  'project.leader.email': { sv: 'Projektledarens e-post', en: 'Project leader e-mail' },
  'project.leader.partyId': { sv: 'Projektledarens organisation', en: 'Project leader organisation' },
  'project.diarienummer': { sv: 'Diarienummer', en: 'Case number' },

  needs: { sv: 'Behovsanalys', en: 'Needs analysis' },
  'needs.need': { sv: 'Vilket är behovet och var syns det?', en: 'What is the need and where does it show?' },
  'needs.extent': { sv: 'Behovets omfattning (med data)', en: 'Extent of the need (with data)' },
  'needs.sources': { sv: 'Källor', en: 'Sources' },
  'needs.causes': { sv: 'Orsaker', en: 'Causes' },
  'needs.consequences': { sv: 'Konsekvenser om inget görs', en: 'Consequences if nothing is done' },
  'needs.whereGreatest': { sv: 'Var är behovet störst?', en: 'Where is the need greatest?' },
  'needs.existingEfforts': { sv: 'Befintliga insatser', en: 'Existing efforts' },
  'needs.jointAnalysis': { sv: 'Hur parterna gjort analysen tillsammans', en: 'How the parties analysed it together' },

  priorities: { sv: 'Prioriteringar', en: 'Priorities' },
  'priorities.*': { sv: 'Prioritering', en: 'Priority' },
  'priorities.*.id': { sv: 'Id', en: 'Id' },
  'priorities.*.priorityId': { sv: 'Vald prioritering', en: 'Chosen priority' },
  'priorities.*.motivation': { sv: 'Motivering', en: 'Motivation' },

  targetGroup: { sv: 'Målgrupp', en: 'Target group' },
  'targetGroup.description': { sv: 'Beskrivning av målgruppen', en: 'Target group description' },
  'targetGroup.ageMin': { sv: 'Lägsta ålder', en: 'Minimum age' },
  'targetGroup.ageMax': { sv: 'Högsta ålder', en: 'Maximum age' },
  'targetGroup.childrenReached': { sv: 'Antal barn som nås', en: 'Number of children reached' },
  'targetGroup.indirectGroups': { sv: 'Indirekta målgrupper', en: 'Indirect target groups' },
  'targetGroup.indirectGroups.*': { sv: 'Indirekt målgrupp', en: 'Indirect target group' },
  'targetGroup.indirectGroups.*.id': { sv: 'Id', en: 'Id' },
  'targetGroup.indirectGroups.*.description': { sv: 'Grupp', en: 'Group' },
  'targetGroup.indirectGroups.*.count': { sv: 'Antal', en: 'Number' },
  'targetGroup.selection': { sv: 'Urval', en: 'Selection' },
  'targetGroup.riskFactors': { sv: 'Riskfaktorer', en: 'Risk factors' },
  'targetGroup.leftOut': { sv: 'Vilka riskerar att inte nås, och varför?', en: 'Who might be left out, and why?' },

  childRights: { sv: 'Barnrättsperspektiv', en: 'Child-rights perspective' },
  'childRights.articles': { sv: 'Artiklar i barnkonventionen', en: 'Articles of the Convention' },
  'childRights.articles.*': { sv: 'Artikel', en: 'Article' },
  'childRights.articles.*.article': { sv: 'Artikelnummer', en: 'Article number' },
  'childRights.articles.*.how': { sv: 'Hur artikeln beaktas', en: 'How the article is addressed' },
  'childRights.viewsBefore': { sv: 'Barnens röster före (utformning)', en: "Children's views before (design)" },
  'childRights.viewsDuring': { sv: 'Barnens röster under (genomförande)', en: "Children's views during (implementation)" },
  'childRights.viewsAfter': { sv: 'Barnens röster efter (utvärdering)', en: "Children's views after (evaluation)" },
  'childRights.bestInterests': { sv: 'Prövning av barnets bästa', en: 'Best-interests assessment' },
  'childRights.bestInterests.whichChildren': { sv: 'Vilka barn berörs och hur?', en: 'Which children are affected and how?' },
  'childRights.bestInterests.childrenViews': { sv: 'Barnens egna åsikter och hur de inhämtats', en: "The children's own views and how they were gathered" },
  'childRights.bestInterests.research': { sv: 'Vad säger forskning och beprövad erfarenhet?', en: 'What do research and proven experience say?' },
  'childRights.bestInterests.alternatives': { sv: 'Alternativ som övervägts', en: 'Alternatives considered' },
  'childRights.bestInterests.consequences': { sv: 'Positiva och negativa konsekvenser', en: 'Positive and negative consequences' },
  'childRights.bestInterests.conflicts': { sv: 'Intressekonflikter', en: 'Conflicts of interest' },
  'childRights.bestInterests.compensatingMeasures': { sv: 'Kompenserande åtgärder', en: 'Compensating measures' },
  'childRights.feedback': { sv: 'Återkoppling till barnen', en: 'Feedback to the children' },

  goals: { sv: 'Mål och logikmodell', en: 'Goals and logic model' },
  'goals.purpose': { sv: 'Syfte', en: 'Purpose' },
  'goals.overallGoal': { sv: 'Övergripande mål', en: 'Overall goal' },
  'goals.overallIndicators': { sv: 'Indikatorer för det övergripande målet', en: 'Indicators of the overall goal' },
  'goals.overallIndicators.*': { sv: 'Indikator', en: 'Indicator' },
  'goals.overallIndicators.*.id': { sv: 'Id', en: 'Id' },
  'goals.overallIndicators.*.text': { sv: 'Indikator', en: 'Indicator' },
  'goals.overallIndicators.*.baseline': { sv: 'Utgångsvärde', en: 'Baseline' },
  'goals.overallIndicators.*.target': { sv: 'Målvärde', en: 'Target value' },
  'goals.overallIndicators.*.dataSource': { sv: 'Datakälla', en: 'Data source' },
  'goals.overallIndicators.*.frequency': { sv: 'Hur ofta det mäts', en: 'How often it is measured' },
  'goals.overallIndicators.*.measuredBy': { sv: 'Vem som mäter', en: 'Who measures' },
  'goals.projectGoals': { sv: 'Projektmål', en: 'Project goals' },
  'goals.projectGoals.*': { sv: 'Projektmål', en: 'Project goal' },
  'goals.projectGoals.*.id': { sv: 'Id', en: 'Id' },
  'goals.projectGoals.*.text': { sv: 'Mål', en: 'Goal' },
  'goals.projectGoals.*.logicRowIds': { sv: 'Kopplade rader i logikmodellen', en: 'Linked logic-model rows' },
  'goals.projectGoals.*.logicRowIds.*': { sv: 'Kopplad rad', en: 'Linked row' },
  'goals.logicModel': { sv: 'Logikmodell', en: 'Logic model' },
  'goals.logicModel.*': { sv: 'Rad i logikmodellen', en: 'Logic-model row' },
  'goals.logicModel.*.id': { sv: 'Id', en: 'Id' },
  'goals.logicModel.*.need': { sv: 'Behov', en: 'Need' },
  'goals.logicModel.*.resources': { sv: 'Resurser', en: 'Resources' },
  'goals.logicModel.*.activities': { sv: 'Aktiviteter', en: 'Activities' },
  'goals.logicModel.*.outputs': { sv: 'Prestationer', en: 'Outputs' },
  'goals.logicModel.*.shortTerm': { sv: 'Kortsiktiga effekter', en: 'Short-term effects' },
  'goals.logicModel.*.mediumTerm': { sv: 'Effekter på medellång sikt (1–3 år)', en: 'Medium-term effects (1–3 years)' },
  'goals.logicModel.*.longTerm': { sv: 'Långsiktiga effekter', en: 'Long-term effects' },
  'goals.logicModel.*.indicators': { sv: 'Indikatorer', en: 'Indicators' },
  'goals.logicModel.*.indicators.*': { sv: 'Indikator', en: 'Indicator' },
  'goals.logicModel.*.indicators.*.id': { sv: 'Id', en: 'Id' },
  'goals.logicModel.*.indicators.*.text': { sv: 'Indikator', en: 'Indicator' },
  'goals.logicModel.*.indicators.*.baseline': { sv: 'Utgångsvärde', en: 'Baseline' },
  'goals.logicModel.*.indicators.*.target': { sv: 'Målvärde', en: 'Target value' },
  'goals.logicModel.*.indicators.*.dataSource': { sv: 'Datakälla', en: 'Data source' },
  'goals.logicModel.*.indicators.*.frequency': { sv: 'Hur ofta det mäts', en: 'How often it is measured' },
  'goals.logicModel.*.indicators.*.measuredBy': { sv: 'Vem som mäter', en: 'Who measures' },
  'goals.logicModel.*.indicators.*.level': { sv: 'Vad indikatorn mäter', en: 'What the indicator measures' },
  'goals.logicModel.*.assumptions': { sv: 'Antaganden och yttre faktorer', en: 'Assumptions and external factors' },

  activities: { sv: 'Aktiviteter', en: 'Activities' },
  'activities.*': { sv: 'Aktivitet', en: 'Activity' },
  'activities.*.id': { sv: 'Id', en: 'Id' },
  'activities.*.name': { sv: 'Aktivitetens namn', en: 'Activity name' },
  'activities.*.description': { sv: 'Beskrivning', en: 'Description' },
  'activities.*.responsiblePartyId': { sv: 'Ansvarig part', en: 'Responsible party' },
  'activities.*.startDate': { sv: 'Start', en: 'Start' },
  'activities.*.endDate': { sv: 'Slut', en: 'End' },

  collaboration: { sv: 'Samverkan', en: 'Collaboration' },
  'collaboration.contributions': { sv: 'Parternas bidrag', en: "Parties' contributions" },
  'collaboration.contributions.*': { sv: 'Bidrag', en: 'Contribution' },
  'collaboration.contributions.*.partyId': { sv: 'Part', en: 'Party' },
  'collaboration.contributions.*.text': { sv: 'Vad parten bidrar med', en: 'What the party contributes' },
  'collaboration.steering': { sv: 'Styrgrupp', en: 'Steering group' },
  'collaboration.workingGroups': { sv: 'Arbetsgrupper', en: 'Working groups' },
  'collaboration.otherCollaborators': { sv: 'Andra samverkansaktörer', en: 'Other collaborators' },

  budget: { sv: 'Budget', en: 'Budget' },
  'budget.costLines': { sv: 'Kostnader', en: 'Costs' },
  'budget.costLines.*': { sv: 'Kostnadsrad', en: 'Cost line' },
  'budget.costLines.*.id': { sv: 'Id', en: 'Id' },
  'budget.costLines.*.category': { sv: 'Kostnadsslag', en: 'Category' },
  'budget.costLines.*.description': { sv: 'Beskrivning', en: 'Description' },
  'budget.costLines.*.partyId': { sv: 'Part', en: 'Party' },
  'budget.costLines.*.kind': { sv: 'Kontant eller arbetstid', en: 'Cash or in-kind' },
  'budget.costLines.*.amounts': { sv: 'Belopp per år', en: 'Amounts per year' },
  'budget.costLines.*.amounts.*': { sv: 'Belopp', en: 'Amount' },
  'budget.costLines.*.valuation': { sv: 'Värdering av arbetstid', en: 'Valuation of staff time' },
  'budget.costLines.*.valuation.basis': { sv: 'Beräknas på', en: 'Calculated from' },
  'budget.costLines.*.valuation.quantities': { sv: 'Omfattning per år', en: 'Extent per year' },
  'budget.costLines.*.valuation.quantities.*': { sv: 'Omfattning', en: 'Extent' },
  'budget.costLines.*.valuation.rate': { sv: 'Kostnad per timme eller månadslön', en: 'Cost per hour or monthly salary' },
  'budget.costLines.*.valuation.socialFeesPercent': { sv: 'Personalomkostnadspålägg, PO (%)', en: 'Social fees, PO (%)' },
  'budget.financingLines': { sv: 'Finansiering', en: 'Financing' },
  'budget.financingLines.*': { sv: 'Finansieringsrad', en: 'Financing line' },
  'budget.financingLines.*.id': { sv: 'Id', en: 'Id' },
  'budget.financingLines.*.source': { sv: 'Källa', en: 'Source' },
  'budget.financingLines.*.partyId': { sv: 'Part (för SIM: vems kostnader)', en: 'Party (for SIM: whose costs)' },
  'budget.financingLines.*.kind': { sv: 'Kontant eller arbetstid', en: 'Cash or in-kind' },
  'budget.financingLines.*.description': { sv: 'Beskrivning', en: 'Description' },
  'budget.financingLines.*.amounts': { sv: 'Belopp per år', en: 'Amounts per year' },
  'budget.financingLines.*.amounts.*': { sv: 'Belopp', en: 'Amount' },
  'budget.comment': { sv: 'Kommentar till budgeten', en: 'Budget comment' },

  socioEconomics: { sv: 'Samhällsekonomisk kalkyl', en: 'Socio-economic calculation' },
  'socioEconomics.peopleReached': { sv: 'Antal personer som nås per år', en: 'People reached per year' },
  'socioEconomics.peopleReached.*': { sv: 'Antal', en: 'Number' },
  'socioEconomics.baselineRisk': { sv: 'Risk utan insats (%)', en: 'Baseline risk (%)' },
  'socioEconomics.baselineRiskSource': { sv: 'Källa för risken utan insats', en: 'Source of the baseline risk' },
  'socioEconomics.baselineRiskLow': { sv: 'Risk utan insats, lågt värde (%)', en: 'Baseline risk, low value (%)' },
  'socioEconomics.baselineRiskHigh': { sv: 'Risk utan insats, högt värde (%)', en: 'Baseline risk, high value (%)' },
  'socioEconomics.effect': { sv: 'Förväntad effekt (%)', en: 'Expected effect (%)' },
  'socioEconomics.effectSource': { sv: 'Källa för den förväntade effekten', en: 'Source of the expected effect' },
  'socioEconomics.effectLow': { sv: 'Förväntad effekt, lågt värde (%)', en: 'Expected effect, low value (%)' },
  'socioEconomics.effectHigh': { sv: 'Förväntad effekt, högt värde (%)', en: 'Expected effect, high value (%)' },
  'socioEconomics.priceBaseYear': { sv: 'Prisbasår för alla belopp', en: 'Price base year of all amounts' },
  'socioEconomics.horizonYears': { sv: 'Kalkylperiod (år)', en: 'Horizon (years)' },
  'socioEconomics.discountRate': { sv: 'Diskonteringsränta (%)', en: 'Discount rate (%)' },
  'socioEconomics.avoidedCosts': { sv: 'Undvikna kostnader', en: 'Avoided costs' },
  'socioEconomics.avoidedCosts.*': { sv: 'Undviken kostnad', en: 'Avoided cost' },
  'socioEconomics.avoidedCosts.*.id': { sv: 'Id', en: 'Id' },
  'socioEconomics.avoidedCosts.*.actor': { sv: 'Aktör', en: 'Actor' },
  'socioEconomics.avoidedCosts.*.label': { sv: 'Kostnad', en: 'Cost' },
  'socioEconomics.avoidedCosts.*.amountPerYear': { sv: 'Belopp per lyckat utfall och år', en: 'Amount per success and year' },
  'socioEconomics.avoidedCosts.*.durationYears': { sv: 'Antal år kostnaden undviks', en: 'Years the cost is avoided' },
  'socioEconomics.avoidedCosts.*.delayYears': { sv: 'År innan kostnaden börjar', en: 'Years before the cost starts' },
  'socioEconomics.avoidedCosts.*.source': { sv: 'Källa', en: 'Source' },
  'socioEconomics.avoidedCosts.*.sourceYear': { sv: 'Källans år', en: 'Source year' },
  'socioEconomics.avoidedCosts.*.libraryId': { sv: 'Referens i kostnadsbiblioteket', en: 'Unit-cost library reference' },
  'socioEconomics.comment': { sv: 'Kommentar till kalkylen', en: 'Comment on the calculation' },

  followUp: { sv: 'Uppföljning och implementering', en: 'Follow-up and implementation' },
  'followUp.plan': { sv: 'Plan för uppföljning', en: 'Follow-up plan' },
  'followUp.evaluation': { sv: 'Utvärdering', en: 'Evaluation' },
  'followUp.responsibilities': { sv: 'Ansvar för uppföljning', en: 'Responsibility for follow-up' },
  'followUp.implementation': { sv: 'Plan för implementering i ordinarie verksamhet', en: 'Plan for ordinary operations after the project' },
  'followUp.spreading': { sv: 'Spridning till andra kommuner', en: 'Spreading to other municipalities' },
  'followUp.risks': { sv: 'Risker', en: 'Risks' },
  'followUp.risks.*': { sv: 'Risk', en: 'Risk' },
  'followUp.risks.*.id': { sv: 'Id', en: 'Id' },
  'followUp.risks.*.description': { sv: 'Risk', en: 'Risk' },
  'followUp.risks.*.likelihood': { sv: 'Sannolikhet', en: 'Likelihood' },
  'followUp.risks.*.consequence': { sv: 'Konsekvens', en: 'Consequence' },
  'followUp.risks.*.measure': { sv: 'Åtgärd', en: 'Measure' },
  'followUp.risks.*.responsible': { sv: 'Ansvarig', en: 'Responsible' },

  workflow: { sv: 'Parternas arbete med ansökan', en: "The parties' work on the application" },
  'workflow.stepOwners': { sv: 'Ansvar för ansökans steg', en: 'Responsibility for the steps' },
  'workflow.stepOwners.*': { sv: 'Ansvar', en: 'Responsibility' },
  'workflow.stepOwners.*.step': { sv: 'Steg', en: 'Step' },
  'workflow.stepOwners.*.partyId': { sv: 'Ansvarig part', en: 'Responsible party' },
  'workflow.approvals': { sv: 'Godkännanden', en: 'Approvals' },
  'workflow.approvals.*': { sv: 'Godkännande', en: 'Approval' },
  'workflow.approvals.*.step': { sv: 'Steg', en: 'Step' },
  'workflow.approvals.*.partyId': { sv: 'Part', en: 'Party' },
  'workflow.approvals.*.by': { sv: 'Godkänt av', en: 'Approved by' },
  'workflow.approvals.*.at': { sv: 'Tidpunkt', en: 'Time' },
  'workflow.approvals.*.contentHash': { sv: 'Stegets kontrollsumma', en: "Step's checksum" },
  'workflow.exchange': { sv: 'Gemensam version med samverkansparten', en: 'Version shared with the partner' },
  'workflow.freeze': { sv: 'Låsning för underskrift', en: 'Freeze for signing' },
  'workflow.freeze.documentId': { sv: 'Dokument-ID', en: 'Document ID' },
  'workflow.freeze.at': { sv: 'Låst', en: 'Frozen' },
  'workflow.freeze.label': { sv: 'Benämning', en: 'Label' },
  'workflow.changeLog': { sv: 'Ändringslogg', en: 'Change log' },
  'workflow.changeLog.*': { sv: 'Ändring', en: 'Change' },
};

/** The catalog key for a concrete path: numeric segments become `*`. */
export function pathPattern(path: readonly (string | number)[]): string {
  return path.map((p) => (typeof p === 'number' || /^\d+$/.test(String(p)) ? '*' : String(p))).join('.');
}

export function fieldLabel(path: readonly (string | number)[], lang: Lang): string | null {
  const proposed = proposedPath(path);
  if (proposed) return fieldLabel(proposed, lang);
  return FIELD_LABELS[pathPattern(path)]?.[lang] ?? lifecycleFieldLabel(path, lang);
}

/**
 * Describes where a path points in words a person recognises:
 * `["parties", 1, "orgNumber"]` → "Parter › Part 2 › Organisationsnummer".
 */
/**
 * Where a field is, for a person: "Parter › Närhälsan Skövde › Undertecknarens namn". `itemName` names the item of
 * the path's first list (a party by its organisation) in place of its number ("Part 2"), which means nothing to
 * whoever reads the message in the other organisation.
 */
export function describePath(path: readonly (string | number)[], lang: Lang, itemName?: string): string {
  if (path.length === 0) return lang === 'sv' ? 'Filen som helhet' : 'The file as a whole';
  const step = stepForPath(path);
  const parts: string[] = [];
  if (step) parts.push(STEP_LABELS[step][lang]);
  for (let i = 1; i <= path.length; i++) {
    const seg = path[i - 1];
    if (i === 1 && step) continue;
    const label = fieldLabel(path.slice(0, i), lang);
    if (typeof seg === 'number') {
      const firstList = !path.slice(0, i - 1).some((x) => typeof x === 'number');
      if (firstList && itemName) parts.push(itemName);
      else parts.push(`${label ?? (lang === 'sv' ? 'Rad' : 'Item')} ${seg + 1}`);
    } else if (label && !(i < path.length && typeof path[i] === 'number')) {
      parts.push(label);
    } else if (!label) {
      parts.push(String(seg));
    }
  }
  return parts.join(' › ');
}
