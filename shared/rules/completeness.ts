import type { Application } from '../model/schema';
import { STEP_IDS, type StepId } from '../model/steps';
import type { Programme } from '../program/schema';
import { isBlank } from './checks';
import { fieldEntries, type FieldPath, type PathIn } from '../model/paths';
import type { Indicator, Party } from '../model/schema';
import type { PathOf } from './context';
import type { Issue } from './types';
import { validate } from './validate';

export type Completeness = {
  steps: Record<StepId, number>;
  /** Keyed by party id. */
  parties: Record<string, number>;
  overall: number;
};

type Tally = { done: number; total: number };

/**
 * How far along the application is, as whole percentages 0–100.
 *
 * Each step has checkpoints: the fields a finished application fills in (optional extras such as other
 * collaborators, the budget comment or the case number are not counted). A checkpoint is done when it is
 * filled and no error points at it or inside it. A step's share is done ÷ total, and a step with any error
 * stays below 100 even when every checkpoint is filled (errors about the step as a whole, such as an
 * unbalanced budget year, have no single field to mark). `overall` is the mean of the twelve editing
 * steps, and the review step shows `overall`.
 *
 * Per party, the checkpoints are that party's own parts: its party record (organisation, unit, number,
 * address, contact and, when it signs, the signatory), its contribution text under Samverkan, the start and
 * end dates of the activities it is responsible for, each of its cost and financing lines (described, with
 * amounts, error-free) and, for a huvudman, that it contributes to the financing at all.
 */
export function completeness(app: Application, programme: Programme, issues: readonly Issue[] = validate(app, programme)): Completeness {
  const errorAt = new Set<string>();
  const stepHasError = new Set<StepId>();
  for (const issue of issues) {
    if (issue.severity !== 'error') continue;
    stepHasError.add(issue.step);
    let key = '';
    for (const seg of issue.path) {
      key = key === '' ? String(seg) : `${key}.${seg}`;
      errorAt.add(key);
    }
  }

  const steps = new Map<StepId, Tally>();
  const parties = new Map<string, Tally>();
  for (const p of app.parties) parties.set(p.id, { done: 0, total: 0 });

  // `path` null: a checkpoint about presence (a list has items, a party finances something), whose errors
  // are the same fact as its emptiness, so they must not count twice.
  const check = (step: StepId, path: FieldPath | null, filled: boolean, partyId?: string) => {
    const ok = filled && (path === null || !errorAt.has(path.join('.')));
    let t = steps.get(step);
    if (!t) steps.set(step, (t = { done: 0, total: 0 }));
    t.total++;
    if (ok) t.done++;
    const pt = partyId === undefined ? undefined : parties.get(partyId);
    if (pt) {
      pt.total++;
      if (ok) pt.done++;
    }
  };
  const text = (step: StepId, path: FieldPath, value: string, partyId?: string) => check(step, path, !isBlank(value), partyId);
  const anyAmount = (amounts: readonly number[]) => amounts.some((a) => a > 0);

  // Parter
  app.parties.forEach((p, i) => {
    const fields: [PathIn<Party>, string][] = [
      [['organisation'], p.organisation],
      [['unit'], p.unit],
      [['orgNumber'], p.orgNumber],
      [['address', 'street'], p.address.street],
      [['address', 'postalCode'], p.address.postalCode],
      [['address', 'city'], p.address.city],
      [['contact', 'name'], p.contact.name],
      [['contact', 'title'], p.contact.title],
      [['contact', 'phone'], p.contact.phone],
      [['contact', 'email'], p.contact.email],
    ];
    if (p.signs) fields.push([['signatory', 'name'], p.signatory.name], [['signatory', 'title'], p.signatory.title]);
    for (const [rel, value] of fields) text('parties', ['parties', i, ...rel], value, p.id);
  });
  if (app.parties.length === 0) check('parties', null, false);

  // Projekt
  const pr = app.project;
  for (const k of ['title', 'summary', 'startDate', 'endDate'] as const) text('project', ['project', k], pr[k]);
  check('project', null, pr.municipalities.length > 0);
  for (const k of ['name', 'title', 'phone', 'email', 'partyId'] as const) text('project', ['project', 'leader', k], pr.leader[k]);

  // Behovsanalys
  for (const [k, v] of fieldEntries(app.needs)) text('needs', ['needs', k], v);

  // Inriktning
  check('priorities', null, app.priorities.length > 0);
  app.priorities.forEach((c, i) => {
    text('priorities', ['priorities', i, 'priorityId'], c.priorityId);
    text('priorities', ['priorities', i, 'motivation'], c.motivation);
  });

  // Målgrupp
  const tg = app.targetGroup;
  for (const k of ['description', 'selection', 'riskFactors', 'leftOut'] as const) text('targetGroup', ['targetGroup', k], tg[k]);
  check('targetGroup', ['targetGroup', 'ageMin'], tg.ageMin !== null);
  check('targetGroup', ['targetGroup', 'ageMax'], tg.ageMax !== null);
  check('targetGroup', ['targetGroup', 'childrenReached'], (tg.childrenReached ?? 0) > 0);
  tg.indirectGroups.forEach((g, i) => {
    text('targetGroup', ['targetGroup', 'indirectGroups', i, 'description'], g.description);
    check('targetGroup', ['targetGroup', 'indirectGroups', i, 'count'], g.count !== null);
  });

  // Barnrätt: every listed article, plus the mandatory ones when they are missing from the list.
  const cr = app.childRights;
  const listed = new Set<number>();
  cr.articles.forEach((a, i) => {
    listed.add(a.article);
    text('childRights', ['childRights', 'articles', i, 'how'], a.how);
  });
  for (const n of programme.mandatoryArticles) if (!listed.has(n)) check('childRights', null, false);
  for (const k of ['viewsBefore', 'viewsDuring', 'viewsAfter', 'feedback'] as const) text('childRights', ['childRights', k], cr[k]);
  for (const [k, v] of fieldEntries(cr.bestInterests)) text('childRights', ['childRights', 'bestInterests', k], v);

  // Mål och logikmodell
  const g = app.goals;
  const indicatorChecks = (base: PathOf<Indicator>, ind: Indicator) => {
    for (const [k, v] of fieldEntries(ind)) if (k !== 'id') text('goals', [...base, k], v);
  };
  text('goals', ['goals', 'purpose'], g.purpose);
  text('goals', ['goals', 'overallGoal'], g.overallGoal);
  check('goals', null, g.projectGoals.length > 0);
  g.projectGoals.forEach((goal, i) => text('goals', ['goals', 'projectGoals', i, 'text'], goal.text));
  check('goals', null, g.logicModel.length > 0);
  g.logicModel.forEach((row, i) => {
    for (const [k, v] of fieldEntries(row)) if (typeof v === 'string' && k !== 'id') text('goals', ['goals', 'logicModel', i, k], v);
    check('goals', ['goals', 'logicModel', i, 'indicators'], row.indicators.length > 0);
    row.indicators.forEach((ind, j) => indicatorChecks(['goals', 'logicModel', i, 'indicators', j], ind));
  });
  g.overallIndicators.forEach((ind, j) => indicatorChecks(['goals', 'overallIndicators', j], ind));

  // Aktiviteter
  check('activities', null, app.activities.length > 0);
  app.activities.forEach((a, i) => {
    const owner = a.responsiblePartyId || undefined;
    text('activities', ['activities', i, 'name'], a.name);
    text('activities', ['activities', i, 'description'], a.description);
    text('activities', ['activities', i, 'responsiblePartyId'], a.responsiblePartyId);
    text('activities', ['activities', i, 'startDate'], a.startDate, owner);
    text('activities', ['activities', i, 'endDate'], a.endDate, owner);
  });

  // Samverkan
  const co = app.collaboration;
  const contributionOf = new Map<string, number>();
  co.contributions.forEach((c, i) => {
    if (!contributionOf.has(c.partyId)) contributionOf.set(c.partyId, i);
  });
  for (const p of app.parties) {
    const i = contributionOf.get(p.id);
    if (i !== undefined) text('collaboration', ['collaboration', 'contributions', i, 'text'], co.contributions[i]!.text, p.id);
    else if (p.sector !== 'annan') check('collaboration', null, false, p.id);
  }
  text('collaboration', ['collaboration', 'steering'], co.steering);
  text('collaboration', ['collaboration', 'workingGroups'], co.workingGroups);

  // Budget
  const b = app.budget;
  check('budget', null, b.costLines.length > 0);
  b.costLines.forEach((l, i) => {
    const base = ['budget', 'costLines', i] as const;
    const ok = !isBlank(l.description) && l.partyId !== '' && anyAmount(l.amounts);
    check('budget', base, ok, l.partyId || undefined);
  });
  check('budget', null, b.financingLines.length > 0);
  const financed = new Set<string>();
  let simSought = false;
  b.financingLines.forEach((l, i) => {
    const base = ['budget', 'financingLines', i] as const;
    const has = anyAmount(l.amounts);
    if (l.source === 'sim' && has) simSought = true;
    if (l.source === 'party' && has) financed.add(l.partyId);
    check('budget', base, has && (l.source !== 'party' || l.partyId !== ''), l.source === 'party' ? l.partyId || undefined : undefined);
  });
  check('budget', null, simSought);
  for (const p of app.parties) if (p.sector !== 'annan') check('budget', null, financed.has(p.id), p.id);

  // Samhällsekonomi
  const se = app.socioEconomics;
  check('socioEconomics', ['socioEconomics', 'peopleReached'], se.peopleReached.some((n) => n > 0));
  check('socioEconomics', ['socioEconomics', 'baselineRisk'], se.baselineRisk !== null);
  check('socioEconomics', ['socioEconomics', 'effect'], se.effect !== null);
  text('socioEconomics', ['socioEconomics', 'baselineRiskSource'], se.baselineRiskSource);
  text('socioEconomics', ['socioEconomics', 'effectSource'], se.effectSource);
  check('socioEconomics', ['socioEconomics', 'priceBaseYear'], se.priceBaseYear !== null);
  for (const k of ['baselineRiskLow', 'baselineRiskHigh', 'effectLow', 'effectHigh'] as const) check('socioEconomics', ['socioEconomics', k], se[k] !== null);
  check('socioEconomics', null, se.avoidedCosts.length > 0);
  se.avoidedCosts.forEach((c, i) => {
    const base = ['socioEconomics', 'avoidedCosts', i] as const;
    text('socioEconomics', [...base, 'label'], c.label);
    check('socioEconomics', [...base, 'amountPerYear'], c.amountPerYear > 0);
    text('socioEconomics', [...base, 'source'], c.source);
  });

  // Uppföljning
  for (const [k, v] of fieldEntries(app.followUp)) if (typeof v === 'string') text('followUp', ['followUp', k], v);
  check('followUp', ['followUp', 'risks'], app.followUp.risks.length > 0);
  app.followUp.risks.forEach((r, i) => {
    for (const [k, v] of fieldEntries(r)) if (k !== 'id') text('followUp', ['followUp', 'risks', i, k], v);
  });

  return summarise(steps, parties, stepHasError);
}

function percent(t: Tally | undefined, hasError = false): number {
  if (!t || t.total === 0) return hasError ? 99 : 100;
  const p = Math.round((t.done / t.total) * 100);
  // 100 % means finished: never round up to it, and never reach it with an error left.
  return t.done < t.total || hasError ? Math.min(p, 99) : p;
}

function summarise(steps: Map<StepId, Tally>, parties: Map<string, Tally>, stepHasError: Set<StepId>): Completeness {
  const out = {} as Record<StepId, number>;
  let sum = 0;
  let editing = 0;
  let allDone = true;
  for (const id of STEP_IDS) {
    if (id === 'review') continue;
    const p = percent(steps.get(id), stepHasError.has(id));
    out[id] = p;
    sum += p;
    editing++;
    if (p < 100) allDone = false;
  }
  const mean = Math.round(sum / editing);
  const overall = allDone ? 100 : Math.min(mean, 99);
  out.review = overall;
  const byParty: Record<string, number> = {};
  for (const [id, t] of parties) byParty[id] = percent(t);
  return { steps: out, parties: byParty, overall };
}
