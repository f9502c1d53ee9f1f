import * as z from '../zod';
import { LIMITS } from './limits';
import { STEP_IDS } from './steps';
import { itemList } from './unique-ids';
import { lifecycleSchemas } from './lifecycle';

/** Current version of the file format. Bump it together with a migration in migrations.ts. */
export const FORMAT_VERSION = 4;
export const FORMAT_ID = 'sim-ansokan';

const str = (max: number) => z.string().max(max);
const short = () => str(LIMITS.short);
const line = () => str(LIMITS.line);
const text = () => str(LIMITS.text);
const id = () => z.string().min(1).max(LIMITS.id).regex(/^[A-Za-z0-9_-]+$/);
/** ISO date `2025-03-01`, or '' while not yet filled in. */
const optDate = () => z.union([z.literal(''), z.iso.date()]);
const count = () => z.number().int().min(0).max(LIMITS.count);
const optCount = () => count().nullable();
/** Whole kronor, never negative, finite. */
export const AmountSchema = z.number().int().min(0).max(LIMITS.amount);
/** A percentage 0–100 with decimals allowed. */
const percent = () => z.number().min(0).max(100);

export const PartyRoleSchema = z.enum(['owner', 'partner']);
export const SectorSchema = z.enum(['kommun', 'region', 'annan']);

export const PersonSchema = z.strictObject({
  name: short(),
  title: short(),
  phone: str(40),
  email: str(254),
});
export type Person = z.infer<typeof PersonSchema>;

export const SignatorySchema = z.strictObject({ name: short(), title: short() });

export const PartySchema = z.strictObject({
  id: id(),
  role: PartyRoleSchema,
  sector: SectorSchema,
  organisation: short(),
  unit: short(),
  orgNumber: str(20),
  address: z.strictObject({ street: short(), postalCode: str(10), city: short() }),
  contact: PersonSchema,
  signatory: SignatorySchema,
  /** Whether this party signs the application (both huvudmän always should). */
  signs: z.boolean(),
});
export type Party = z.infer<typeof PartySchema>;

export const ProjectSchema = z.strictObject({
  title: short(),
  summary: str(LIMITS.summary),
  startDate: optDate(),
  endDate: optDate(),
  municipalities: z.array(short()).max(LIMITS.municipalities),
  leader: z.strictObject({ name: short(), title: short(), phone: str(40), email: str(254), partyId: z.union([z.literal(''), id()]) }),
  /** The funder's case number, assigned after a decision; usually empty in an application. */
  diarienummer: str(60),
});
export type Project = z.infer<typeof ProjectSchema>;

export const NeedsSchema = z.strictObject({
  need: text(),
  extent: text(),
  sources: text(),
  causes: text(),
  consequences: text(),
  whereGreatest: text(),
  existingEfforts: text(),
  jointAnalysis: text(),
});
export type Needs = z.infer<typeof NeedsSchema>;

export const PriorityChoiceSchema = z.strictObject({
  id: id(),
  priorityId: str(LIMITS.id),
  motivation: text(),
});
export type PriorityChoice = z.infer<typeof PriorityChoiceSchema>;

export const IndirectGroupSchema = z.strictObject({ id: id(), description: line(), count: optCount() });

export const TargetGroupSchema = z.strictObject({
  description: text(),
  ageMin: z.number().int().min(0).max(25).nullable(),
  ageMax: z.number().int().min(0).max(25).nullable(),
  childrenReached: optCount(),
  indirectGroups: itemList(IndirectGroupSchema, LIMITS.indirectGroups),
  selection: text(),
  riskFactors: text(),
  leftOut: text(),
});
export type TargetGroup = z.infer<typeof TargetGroupSchema>;

export const ArticleNoteSchema = z.strictObject({
  article: z.number().int().min(1).max(LIMITS.articles),
  how: text(),
});
export type ArticleNote = z.infer<typeof ArticleNoteSchema>;

export const ChildRightsSchema = z.strictObject({
  /** One entry per article considered; the programme's mandatory articles are always present. */
  articles: z.array(ArticleNoteSchema).max(LIMITS.articles),
  viewsBefore: text(),
  viewsDuring: text(),
  viewsAfter: text(),
  bestInterests: z.strictObject({
    whichChildren: text(),
    childrenViews: text(),
    research: text(),
    alternatives: text(),
    consequences: text(),
    conflicts: text(),
    compensatingMeasures: text(),
  }),
  feedback: text(),
});
export type ChildRights = z.infer<typeof ChildRightsSchema>;
/** The best-interests assessment's prompts, in the order the wizard asks them and the document prints them. */
export const BEST_INTERESTS_KEYS = Object.keys(ChildRightsSchema.shape.bestInterests.shape) as (keyof ChildRights['bestInterests'])[];

/** The effect levels of a chain an indicator can measure; the overall goal has indicators of its own. */
export const EFFECT_LEVELS = ['outputs', 'shortTerm', 'mediumTerm', 'longTerm'] as const;
export type EffectLevel = (typeof EFFECT_LEVELS)[number];

/** How an effect is measured and followed up: the follow-up table prints these, never a retyped copy. */
const INDICATOR_SHAPE = {
  id: id(),
  text: line(),
  baseline: short(),
  target: short(),
  dataSource: line(),
  /** How often it is measured ("varje termin"). */
  frequency: short(),
  /** Who measures it. */
  measuredBy: short(),
};
export const IndicatorSchema = z.strictObject(INDICATOR_SHAPE);
export type Indicator = z.infer<typeof IndicatorSchema>;
export const LogicIndicatorSchema = z.strictObject({ ...INDICATOR_SHAPE, level: z.union([z.literal(''), z.enum(EFFECT_LEVELS)]) });
export type LogicIndicator = z.infer<typeof LogicIndicatorSchema>;

export const LogicRowSchema = z.strictObject({
  id: id(),
  need: text(),
  resources: text(),
  activities: text(),
  outputs: text(),
  shortTerm: text(),
  mediumTerm: text(),
  longTerm: text(),
  /** How each effect level of the chain is measured: outputs, short-, medium- and long-term effects. */
  indicators: itemList(LogicIndicatorSchema, LIMITS.indicators),
  assumptions: text(),
});
export type LogicRow = z.infer<typeof LogicRowSchema>;

export const ProjectGoalSchema = z.strictObject({
  id: id(),
  text: text(),
  /** Logic-model rows this goal traces to. */
  logicRowIds: z.array(id()).max(LIMITS.logicRows),
});
export type ProjectGoal = z.infer<typeof ProjectGoalSchema>;

export const GoalsSchema = z.strictObject({
  purpose: text(),
  overallGoal: text(),
  /** Indicators of the overall goal itself. */
  overallIndicators: itemList(IndicatorSchema, LIMITS.indicators),
  projectGoals: itemList(ProjectGoalSchema, LIMITS.goals),
  logicModel: itemList(LogicRowSchema, LIMITS.logicRows),
});
export type Goals = z.infer<typeof GoalsSchema>;

export const ActivitySchema = z.strictObject({
  id: id(),
  name: short(),
  description: text(),
  responsiblePartyId: z.union([z.literal(''), id()]),
  startDate: optDate(),
  endDate: optDate(),
});
export type Activity = z.infer<typeof ActivitySchema>;

export const ContributionSchema = z.strictObject({ partyId: id(), text: text() });

export const CollaborationSchema = z.strictObject({
  contributions: z.array(ContributionSchema).max(LIMITS.contributions),
  steering: text(),
  workingGroups: text(),
  otherCollaborators: text(),
});
export type Collaboration = z.infer<typeof CollaborationSchema>;

export const COST_CATEGORIES = [
  'personnel',
  'externalServices',
  'training',
  'travel',
  'premises',
  'material',
  'evaluation',
  'other',
] as const;
export const CostCategorySchema = z.enum(COST_CATEGORIES);
export type CostCategory = z.infer<typeof CostCategorySchema>;

export const ContributionKindSchema = z.enum(['cash', 'inKind']);
export type ContributionKind = z.infer<typeof ContributionKindSchema>;

/** Amounts per project year: index 0 is project year 1. */
const amounts = () => z.array(AmountSchema).max(LIMITS.years);

export const ValuationBasisSchema = z.enum(['hours', 'fte']);
export type ValuationBasis = z.infer<typeof ValuationBasisSchema>;

/**
 * How a line of staff time is valued, so a reader can check its amounts: hours × cost per hour, or share of full
 * time × 12 × monthly salary, each with social fees (personalomkostnadspålägg, PO) on top.
 */
export const ValuationSchema = z.strictObject({
  basis: ValuationBasisSchema,
  /** Per project year: hours ('hours'), or share of full time in percent ('fte'; several people may exceed 100). */
  quantities: z.array(z.number().min(0).max(1_000_000)).max(LIMITS.years),
  /** Kronor per hour ('hours') or monthly salary ('fte'), before social fees. */
  rate: AmountSchema,
  socialFeesPercent: z.number().min(0).max(100),
});
export type Valuation = z.infer<typeof ValuationSchema>;

export const CostLineSchema = z.strictObject({
  id: id(),
  category: CostCategorySchema,
  description: line(),
  partyId: z.union([z.literal(''), id()]),
  kind: ContributionKindSchema,
  amounts: amounts(),
  /** How staff time is valued; null until given (in-kind lines need it). */
  valuation: ValuationSchema.nullable(),
});
export type CostLine = z.infer<typeof CostLineSchema>;

export const FinancingSourceSchema = z.enum(['sim', 'party', 'other']);
export type FinancingSource = z.infer<typeof FinancingSourceSchema>;

export const FinancingLineSchema = z.strictObject({
  id: id(),
  source: FinancingSourceSchema,
  /** 'party': whose contribution it is. 'sim': whose costs the SIM money pays, so each party's own share shows. */
  partyId: z.union([z.literal(''), id()]),
  /** cash or in-kind (staff time valued at cost); SIM and other financing are always cash. */
  kind: ContributionKindSchema,
  description: line(),
  amounts: amounts(),
});
export type FinancingLine = z.infer<typeof FinancingLineSchema>;

export const BudgetSchema = z.strictObject({
  costLines: itemList(CostLineSchema, LIMITS.costLines),
  financingLines: itemList(FinancingLineSchema, LIMITS.financingLines),
  comment: text(),
});
export type Budget = z.infer<typeof BudgetSchema>;

export const ActorSchema = z.enum(['kommun', 'region', 'stat', 'annan']);
export type Actor = z.infer<typeof ActorSchema>;

export const AvoidedCostSchema = z.strictObject({
  id: id(),
  actor: ActorSchema,
  label: line(),
  /** Avoided cost per success and year, whole kronor. */
  amountPerYear: AmountSchema,
  /** How many years after a success this cost stays avoided. */
  durationYears: z.number().int().min(1).max(60),
  /**
   * Years between a success and the first year this cost would have fallen (absent or 0: the year after
   * the success). Adult-life costs avoided by helping a child start years later, when the child is grown.
   */
  delayYears: z.number().int().min(0).max(60).optional(),
  source: line(),
  sourceYear: z.number().int().min(1900).max(2200).nullable(),
  /** The unit-cost library entry it was taken from, if any. */
  libraryId: str(LIMITS.id),
});
export type AvoidedCost = z.infer<typeof AvoidedCostSchema>;

export const SocioEconomicsSchema = z.strictObject({
  /** People reached per project year. */
  peopleReached: z.array(count()).max(LIMITS.years),
  /** Share of the target group expected to meet the bad outcome without the project, percent. */
  baselineRisk: percent().nullable(),
  /** Where the baseline risk comes from (study, statistics, own data). */
  baselineRiskSource: line(),
  /** The uncertain assumptions' low and high values, for the sensitivity analysis. */
  baselineRiskLow: percent().nullable(),
  baselineRiskHigh: percent().nullable(),
  /** Share of those at risk who avoid it thanks to the project, percent. */
  effect: percent().nullable(),
  effectSource: line(),
  effectLow: percent().nullable(),
  effectHigh: percent().nullable(),
  /** The one price level every amount is given in (older figures converted to it). */
  priceBaseYear: z.number().int().min(1900).max(2200).nullable(),
  horizonYears: z.number().int().min(1).max(60),
  /** Real discount rate, percent per year. */
  discountRate: z.number().min(0).max(20),
  avoidedCosts: itemList(AvoidedCostSchema, LIMITS.costItems),
  comment: text(),
});
export type SocioEconomics = z.infer<typeof SocioEconomicsSchema>;

export const RatingSchema = z.enum(['', 'low', 'medium', 'high']);
export type Rating = z.infer<typeof RatingSchema>;

export const RiskSchema = z.strictObject({
  id: id(),
  description: text(),
  likelihood: RatingSchema,
  consequence: RatingSchema,
  measure: text(),
  /** Who answers for the measure. */
  responsible: short(),
});
export type Risk = z.infer<typeof RiskSchema>;

export const FollowUpSchema = z.strictObject({
  plan: text(),
  evaluation: text(),
  responsibilities: text(),
  implementation: text(),
  spreading: text(),
  risks: itemList(RiskSchema, LIMITS.risks),
});
export type FollowUp = z.infer<typeof FollowUpSchema>;

export const LanguageSchema = z.enum(['sv', 'en']);
export type Language = z.infer<typeof LanguageSchema>;

const datetime = () => z.iso.datetime({ offset: true });
const StepIdSchema = z.enum(STEP_IDS);

/** What the application says: everything printed in the DOCX, and nothing about who worked on it when. */
const CONTENT_SHAPE = {
  id: z.uuid(),
  programme: z.strictObject({ id: str(LIMITS.id), version: str(20) }),
  /** Language of the exported document. */
  language: LanguageSchema,
  parties: itemList(PartySchema, LIMITS.parties),
  project: ProjectSchema,
  needs: NeedsSchema,
  priorities: itemList(PriorityChoiceSchema, LIMITS.priorities),
  targetGroup: TargetGroupSchema,
  childRights: ChildRightsSchema,
  goals: GoalsSchema,
  activities: itemList(ActivitySchema, LIMITS.activities),
  collaboration: CollaborationSchema,
  budget: BudgetSchema,
  socioEconomics: SocioEconomicsSchema,
  followUp: FollowUpSchema,
};
export const CONTENT_KEYS = Object.keys(CONTENT_SHAPE) as (keyof typeof CONTENT_SHAPE)[];
export const ApplicationContentSchema = z.strictObject(CONTENT_SHAPE);
export type ApplicationContent = z.infer<typeof ApplicationContentSchema>;

/** A party marked a step "Klar". Valid while the step's content still hashes to `contentHash`. */
/** The decision, reports and change requests (format 4): beside the content, never part of its Dokument-ID. */
export const { LifecycleSchema, ChangeRequestSchema, ProposedChangeSchema } = lifecycleSchemas({
  project: ProjectSchema,
  parties: PartySchema,
  activities: ActivitySchema,
  budget: BudgetSchema,
});

export const ApprovalSchema = z.strictObject({
  step: StepIdSchema,
  partyId: id(),
  by: short(),
  at: datetime(),
  contentHash: z.string().regex(/^[0-9A-F-]{4,32}$/),
});
export type Approval = z.infer<typeof ApprovalSchema>;

/** The last version both parties are known to have: the common ancestor for merging the partner's copy. */
export const ExchangeSchema = z.strictObject({
  base: ApplicationContentSchema,
  /** When this base became the common version; the later of two bases is the nearer ancestor. */
  baseAt: datetime(),
  sentAt: z.union([z.literal(''), datetime()]),
  sentByPartyId: z.union([z.literal(''), id()]),
  sentBy: short(),
  /** The decision, reports and change requests of that same common version, for merging them too. */
  baseLifecycle: LifecycleSchema,
});
export type Exchange = z.infer<typeof ExchangeSchema>;

/** "Låst för underskrift": the Dokument-ID and the content it was computed from, so it can be exported again. */
export const FreezeSchema = z.strictObject({
  documentId: str(40),
  /**
   * The Dokument-ID printed on the document that was signed, when a later format version wrote the same content
   * differently and so gave it a new ID (documentId). Absent for a freeze made in the current format.
   */
  signedDocumentId: str(40).optional(),
  at: datetime(),
  label: short(),
  snapshot: ApplicationContentSchema,
});
export type Freeze = z.infer<typeof FreezeSchema>;

export const ChangeEntrySchema = z.strictObject({
  at: datetime(),
  partyId: z.union([z.literal(''), id()]),
  by: short(),
  steps: z.array(StepIdSchema).max(STEP_IDS.length),
});
export type ChangeEntry = z.infer<typeof ChangeEntrySchema>;

/** How the co-owners work on the application: not printed, not part of the Dokument-ID. */
export const WorkflowSchema = z.strictObject({
  /** Which party answers for each step (set in Samverkan). */
  stepOwners: z.array(z.strictObject({ step: StepIdSchema, partyId: id() })).max(STEP_IDS.length),
  approvals: z.array(ApprovalSchema).max(STEP_IDS.length * LIMITS.parties),
  exchange: ExchangeSchema.nullable(),
  freeze: FreezeSchema.nullable(),
  /** Who changed which steps at each save; the oldest entries go first when it is full. */
  changeLog: z.array(ChangeEntrySchema).max(LIMITS.changeLog),
});
export type Workflow = z.infer<typeof WorkflowSchema>;

export const ApplicationSchema = z.strictObject({
  format: z.literal(FORMAT_ID),
  formatVersion: z.literal(FORMAT_VERSION),
  createdAt: datetime(),
  updatedAt: datetime(),
  ...CONTENT_SHAPE,
  workflow: WorkflowSchema,
  lifecycle: LifecycleSchema,
});
export type Application = z.infer<typeof ApplicationSchema>;

/** The content of an application, without file metadata or workflow. Shares structure with `app`: read only. */
export function contentOf(app: Application): ApplicationContent {
  const out: Record<string, unknown> = {};
  for (const k of CONTENT_KEYS) out[k] = app[k];
  return out as ApplicationContent;
}

/** A deep copy of the content, for snapshots kept in the workflow (freeze, exchange base) that must never change. */
export function snapshotOf(app: Application): ApplicationContent {
  return structuredClone(contentOf(app));
}

export function emptyWorkflow(): Workflow {
  return { stepOwners: [], approvals: [], exchange: null, freeze: null, changeLog: [] };
}
