import * as z from '../zod';
import { ActorSchema, type AvoidedCost, type Language } from '../model/schema';
import { LocalizedSchema } from './schema';
import { unitCostStrings } from './unit-cost-strings';

/**
 * How a reference figure is stated at its source, which decides how it becomes an avoided cost
 * "per success and year, for N years" in the calculation:
 * - perYear: a cost that recurs every year (a preschool place): amount per year, for the years chosen.
 * - oneOff: a cost that happens once (an investigation): the amount in one year.
 * - perHour: an hourly rate (an interpreter): amount × hours per success and year.
 * - lifetime: a total over many years (a person outside work and study through adult life). It must be
 *   SPREAD over its years (total ÷ years per year), never entered as if the total recurred every year,
 *   and it usually starts years after a child's success, when the child is grown.
 */
export const UnitCostKindSchema = z.enum(['perYear', 'oneOff', 'perHour', 'lifetime']);
export type UnitCostKind = z.infer<typeof UnitCostKindSchema>;

export const UnitCostSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: LocalizedSchema,
  /** What the figure covers and how to use it. */
  note: LocalizedSchema,
  actor: ActorSchema,
  kind: UnitCostKindSchema,
  /** Whole kronor, in the unit its kind says (per year, once, per hour, or in total). */
  amount: z.number().int().positive(),
  /** Years the avoided cost lasts (lifetime: the years the total is spread over). */
  durationYears: z.number().int().min(1).max(60),
  /** Years from a success until the cost starts (see AvoidedCost.delayYears). */
  delayYears: z.number().int().min(0).max(60),
  /** perHour only: hours per success and year suggested in the picker. */
  hoursPerYear: z.number().int().positive().optional(),
  source: z.string().min(1),
  sourceYear: z.number().int().min(1900).max(2200),
  /** A figure for society as a whole: not a budget saving for any one organisation. */
  societyWide: z.boolean(),
});
export type UnitCost = z.infer<typeof UnitCostSchema>;

/** A base rate of the bad outcome, for the baseline-risk field: a reference, not a unit cost. */
export const RiskReferenceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: LocalizedSchema,
  percent: z.number().min(0).max(100),
  source: z.string().min(1),
  sourceYear: z.number().int().min(1900).max(2200),
});
export type RiskReference = z.infer<typeof RiskReferenceSchema>;

const PSYNK = 'SKL/Psynk, Ekonomiska konsekvenser av tidiga insatser';
const SCB = 'SCB, kostnad per elev';
const SKANDIA = 'Nilsson & Wadeskog för Skandia Idéer för livet, Utanförskapets pris';

/** Adult life outside work and study: from 20 to the pension age 65 (how the source counts it). */
const ADULT_YEARS = 45;

/**
 * Reference unit costs (shared/DOMAIN.md), each with its source and year. Users pick from these or enter
 * their own; what they pick is copied into the application with source and year, so the calculation can
 * be checked later even if this list changes.
 */
export const UNIT_COSTS: readonly UnitCost[] = z.array(UnitCostSchema).parse([
  {
    id: 'outside-work-study-adult-life',
    label: {
      sv: 'En person utanför arbete och studier under vuxenlivet (hela samhället)',
      en: 'One person outside work and study through adult life (society as a whole)',
    },
    note: {
      sv: `Källan anger 10–15 miljoner kronor för hela vuxenlivet (20–65 år), inklusive produktionsbortfall. Här används mitten, 12 500 000 kr, fördelat på ${ADULT_YEARS} år = 277 778 kr per år. Kostnaden börjar när barnet blir vuxet: ange antal år innan den börjar. Det är en samhällskostnad, inte en besparing i någon organisations budget.`,
      en: `The source gives 10–15 million kronor over adult life (age 20–65), including lost production. The middle, 12 500 000 kr, is spread over ${ADULT_YEARS} years = 277 778 kr a year. The cost starts when the child is grown: enter the years before it starts. It is a cost to society, not a saving in any one organisation's budget.`,
    },
    actor: 'annan',
    kind: 'lifetime',
    amount: 12_500_000,
    durationYears: ADULT_YEARS,
    delayYears: 0,
    source: `${SKANDIA} (10–15 mnkr per person)`,
    sourceYear: 2013,
    societyWide: true,
  },
  {
    id: 'preschool-place',
    label: { sv: 'Förskoleplats, kostnad per barn och år', en: 'Preschool place, cost per child and year' },
    note: { sv: 'Total kostnad per inskrivet barn och år i förskolan.', en: 'Total cost per enrolled child and year in preschool.' },
    actor: 'kommun',
    kind: 'perYear',
    amount: 163_000,
    durationYears: 1,
    delayYears: 0,
    source: `${SCB}, förskola`,
    sourceYear: 2021,
    societyWide: false,
  },
  {
    id: 'extra-year-compulsory-school',
    label: { sv: 'Ett extra år i grundskolan', en: 'An extra year in compulsory school' },
    note: { sv: 'Total kostnad per elev och år i grundskolan, räknad som ett år.', en: 'Total cost per pupil and year in compulsory school, counted as one year.' },
    actor: 'kommun',
    kind: 'oneOff',
    amount: 123_500,
    durationYears: 1,
    delayYears: 0,
    source: `${SCB}, grundskola`,
    sourceYear: 2021,
    societyWide: false,
  },
  {
    id: 'extra-year-upper-secondary',
    label: { sv: 'Ett extra år i gymnasieskolan', en: 'An extra year in upper secondary school' },
    note: { sv: 'Total kostnad per elev och år i gymnasieskolan, räknad som ett år.', en: 'Total cost per pupil and year in upper secondary school, counted as one year.' },
    actor: 'kommun',
    kind: 'oneOff',
    amount: 129_300,
    durationYears: 1,
    delayYears: 0,
    source: `${SCB}, gymnasieskola`,
    sourceYear: 2021,
    societyWide: false,
  },
  {
    id: 'bbic-investigation',
    label: { sv: 'Utredning av barn och unga enligt BBIC', en: 'Child welfare investigation (BBIC)' },
    note: { sv: 'En utredning inom socialtjänsten, en gång.', en: 'One investigation by social services, once.' },
    actor: 'kommun',
    kind: 'oneOff',
    amount: 30_561,
    durationYears: 1,
    delayYears: 0,
    source: PSYNK,
    sourceYear: 2015,
    societyWide: false,
  },
  {
    id: 'psychologist-assessment',
    label: { sv: 'Psykologbedömning', en: 'Psychologist assessment' },
    note: {
      sv: 'En bedömning, en gång. Byt aktör till kommun om elevhälsan gör bedömningen.',
      en: "One assessment, once. Change the actor to kommun if the school's pupil health service does it.",
    },
    actor: 'region',
    kind: 'oneOff',
    amount: 12_397,
    durationYears: 1,
    delayYears: 0,
    source: PSYNK,
    sourceYear: 2015,
    societyWide: false,
  },
  {
    id: 'preschool-place-psynk',
    label: { sv: 'Förskoleplats (Psynk)', en: 'Preschool place (Psynk)' },
    note: { sv: 'Kostnad per plats och år enligt Psynk.', en: 'Cost per place and year according to Psynk.' },
    actor: 'kommun',
    kind: 'perYear',
    amount: 96_000,
    durationYears: 1,
    delayYears: 0,
    source: PSYNK,
    sourceYear: 2015,
    societyWide: false,
  },
  {
    id: 'collaboration-meeting-hour',
    label: { sv: 'Samverkansmöte, per timme', en: 'Collaboration meeting, per hour' },
    note: {
      sv: 'Kostnad per mötestimme med flera deltagare. Ange hur många timmar per person och år som undviks.',
      en: 'Cost per meeting hour with several participants. Enter how many hours per person and year are avoided.',
    },
    actor: 'kommun',
    kind: 'perHour',
    amount: 2_640,
    durationYears: 1,
    delayYears: 0,
    hoursPerYear: 10,
    source: PSYNK,
    sourceYear: 2015,
    societyWide: false,
  },
  {
    id: 'interpreter-hour',
    label: { sv: 'Tolk, per timme', en: 'Interpreter, per hour' },
    note: { sv: 'Ange hur många tolktimmar per person och år som undviks.', en: 'Enter how many interpreter hours per person and year are avoided.' },
    actor: 'kommun',
    kind: 'perHour',
    amount: 255,
    durationYears: 1,
    delayYears: 0,
    hoursPerYear: 10,
    source: PSYNK,
    sourceYear: 2015,
    societyWide: false,
  },
]);

export const RISK_REFERENCES: readonly RiskReference[] = z.array(RiskReferenceSchema).parse([
  {
    id: 'cohort-outside-work-study',
    label: {
      sv: 'Andel av en årskull som varken arbetar eller studerar några år efter gymnasiet (cirka 12 %)',
      en: 'Share of a cohort neither working nor studying a few years after upper secondary school (about 12 %)',
    },
    percent: 12,
    source: SKANDIA,
    sourceYear: 2013,
  },
]);

export function findUnitCost(id: string): UnitCost | undefined {
  return UNIT_COSTS.find((u) => u.id === id);
}

/** Choices the picker lets the user make before an entry becomes an avoided cost. */
export type UnitCostChoice = { hoursPerYear?: number; durationYears?: number; delayYears?: number };

/**
 * An avoided cost from a library entry, in the calculation's terms: amount per success and year, for a
 * number of years. Lifetime totals are spread evenly over their years; hourly rates are multiplied by
 * hours per year. Source and year are copied so the application stays checkable.
 */
export function avoidedCostFromUnitCost(entry: UnitCost, lang: Language, choice: UnitCostChoice = {}): Omit<AvoidedCost, 'id'> {
  const whole = (x: number | undefined, min: number, fallback: number) =>
    typeof x === 'number' && Number.isFinite(x) && x >= min ? Math.min(60, Math.floor(x)) : fallback;
  const durationYears = entry.kind === 'oneOff' ? 1 : whole(choice.durationYears, 1, entry.durationYears);
  const delayYears = whole(choice.delayYears, 0, entry.delayYears);
  let amountPerYear = entry.amount;
  let label = entry.label[lang];
  if (entry.kind === 'lifetime') amountPerYear = Math.round(entry.amount / durationYears);
  if (entry.kind === 'perHour') {
    const hours = typeof choice.hoursPerYear === 'number' && choice.hoursPerYear > 0 ? Math.min(10_000, choice.hoursPerYear) : (entry.hoursPerYear ?? 1);
    amountPerYear = Math.round(entry.amount * hours);
    label = unitCostStrings.t(lang, 'perHour', { label, hours });
  }
  return {
    actor: entry.actor,
    label,
    amountPerYear,
    durationYears,
    ...(delayYears > 0 ? { delayYears } : {}),
    source: entry.source,
    sourceYear: entry.sourceYear,
    libraryId: entry.id,
  };
}
