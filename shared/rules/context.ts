import type { Application, Party } from '../model/schema';
import { stepForPath } from '../model/steps';
import type { FieldPath, PathTo } from '../model/paths';
import { allMunicipalities, allPriorities, type Programme } from '../program/schema';
import { parseIsoDate, projectYears } from '../finance/years';
import type { Issue, Severity } from './types';
import type { RuleMessageKey } from './messages';
import { isBlank } from './checks';
import { isMissingMessage } from './kinds';
import { distinctPartyNames } from '../model/party-names';

/** Rules report typed paths; the alias keeps the rule helpers' signatures short. */
export type Path = FieldPath;
/** A path to a value of type `V`: what a helper takes as the base it extends (`[...base, 'text']`). */
export type PathOf<V> = PathTo<Application, V>;
export type Params = Record<string, string | number>;

type ProgrammeIndex = { priorityIds: Set<string>; municipalities: Set<string> };
// Programmes are immutable data; indexing one once keeps every later validation linear.
const programmeIndexes = new WeakMap<Programme, ProgrammeIndex>();

function indexProgramme(p: Programme): ProgrammeIndex {
  let idx = programmeIndexes.get(p);
  if (!idx) {
    idx = {
      priorityIds: new Set(allPriorities(p).map((x) => x.id)),
      municipalities: new Set(allMunicipalities(p).map((m) => m.name)),
    };
    programmeIndexes.set(p, idx);
  }
  return idx;
}

/**
 * Stable across reordering: with a subject (an item's id), the field names under it without list indexes;
 * without one, the full path.
 */
function issueId(message: string, path: Path, subject: string | undefined): string {
  if (subject === undefined) return `${message}:${path.join('.')}`;
  const fields = path.filter((seg) => typeof seg === 'string').join('.');
  return `${message}:${subject}:${fields}`;
}

/** What every rule needs, computed once per validation, plus the issue sink. */
export class RuleContext {
  readonly issues: Issue[] = [];
  readonly partyIndex = new Map<string, number>();
  readonly programmeIndex: ProgrammeIndex;
  /** The project period when both dates are valid and in order, else null. */
  readonly period: { start: string; end: string } | null;
  readonly projectYearCount: number;
  private readonly partyNames: Map<string, string>;

  constructor(
    readonly app: Application,
    readonly programme: Programme,
  ) {
    app.parties.forEach((p, i) => {
      if (!this.partyIndex.has(p.id)) this.partyIndex.set(p.id, i);
    });
    this.programmeIndex = indexProgramme(programme);
    this.partyNames = distinctPartyNames(app.parties);
    const { startDate, endDate } = app.project;
    const s = parseIsoDate(startDate);
    const e = parseIsoDate(endDate);
    this.period = s && e && s < e ? { start: startDate, end: endDate } : null;
    this.projectYearCount = this.period ? projectYears(startDate, endDate).length : 0;
  }

  /** Huvudmän: the municipal and regional parties, who must both take part and finance. */
  isPrincipal(p: Party): boolean {
    return p.sector === 'kommun' || p.sector === 'region';
  }

  /** Parameters naming a party: its organisation, or its number when the name is still empty. */
  partyParams(party: Party, index: number, key = 'party'): Params {
    return { [key]: this.partyNames.get(party.id) ?? party.organisation.trim(), [`${key}No`]: index + 1 };
  }

  /** The organisation of a party, or the name of an activity, that a path points into; empty while unnamed. */
  private itemName(path: Path): string {
    const [list, index] = path;
    if (typeof index !== 'number') return '';
    if (list === 'parties') {
      const party = this.app.parties[index];
      return party ? (this.partyNames.get(party.id) ?? '') : '';
    }
    if (list === 'activities') return this.app.activities[index]?.name.trim() ?? '';
    return '';
  }

  add(severity: Severity, message: RuleMessageKey, path: Path, params: Params = {}, subject?: string): void {
    const itemName = this.itemName(path);
    if (itemName && params.itemName === undefined) params = { ...params, itemName };
    this.issues.push({
      id: issueId(message, path, subject),
      severity,
      step: stepForPath(path) ?? 'review',
      path,
      message,
      params,
      ...(isMissingMessage(message) ? { missing: true as const } : {}),
    });
  }

  error(message: RuleMessageKey, path: Path, params?: Params, subject?: string): void {
    this.add('error', message, path, params, subject);
  }

  warn(message: RuleMessageKey, path: Path, params?: Params, subject?: string): void {
    this.add('warning', message, path, params, subject);
  }

  /** An error when a text is blank. */
  requireText(value: string, path: Path, subject?: string): boolean {
    if (!isBlank(value)) return true;
    this.error('required', path, {}, subject);
    return false;
  }
}
