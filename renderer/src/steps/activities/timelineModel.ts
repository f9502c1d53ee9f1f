import type { Activity, Application, Project } from '../../../../shared/model/schema';
import { parseIsoDate, projectYears } from '../../../../shared/finance/years';
import { partyIndexById } from './partyStyle';

/** Why an activity's bar cannot be drawn as entered, in the order the user should fix them. */
export type BarProblem =
  | 'noDates' // start or end not filled in
  | 'badDates' // not a real date
  | 'endBeforeStart'
  | 'startsBefore' // starts before the project
  | 'endsAfter' // ends after the project
  | 'outside'; // wholly outside the project period

export type Span = { leftPct: number; widthPct: number };
export type TimelineMonth = Span & { key: string; year: number; month: number };
export type TimelineYear = { index: number; leftPct: number; start: string; end: string };

export type TimelineRow = {
  id: string;
  index: number;
  name: string;
  partyId: string;
  /** Position in the parties list, -1 when no (existing) party is responsible. */
  partyIndex: number;
  startDate: string;
  endDate: string;
  /** The part of the activity inside the project period; null when nothing can be drawn. */
  bar: Span | null;
  problems: BarProblem[];
};

export type Timeline = {
  /** The project period, or null while its dates are missing or wrong (then no bars are drawn). */
  period: { start: string; end: string } | null;
  months: TimelineMonth[];
  years: TimelineYear[];
  rows: TimelineRow[];
};

const DAY = 86_400_000;
const pct = (x: number) => Math.round(x * 10_000) / 100;

/** Each activity as a bar across the project months, from the project's start and end dates. */
export type TimelineInput = Pick<Application, 'activities' | 'parties'> & { project: Pick<Project, 'startDate' | 'endDate'> };

export function buildTimeline(app: TimelineInput): Timeline {
  const ps = parseIsoDate(app.project.startDate);
  const pe = parseIsoDate(app.project.endDate);
  const period = ps && pe && pe >= ps ? { from: ps.getTime(), to: pe.getTime() + DAY } : null;
  const rows = app.activities.map((a, index) => row(a, index, app, period));
  if (!period) return { period: null, months: [], years: [], rows };

  const span = period.to - period.from;
  const at = (t: number) => pct((t - period.from) / span);
  const months: TimelineMonth[] = [];
  const cursor = new Date(Date.UTC(ps!.getUTCFullYear(), ps!.getUTCMonth(), 1));
  // 121 months is more than the file's ten years allow; the bound keeps a strange file from looping long.
  for (let n = 0; n < 121 && cursor.getTime() < period.to; n++) {
    const next = Date.UTC(cursor.getUTCFullYear(), cursor.getUTCMonth() + 1, 1);
    const from = Math.max(cursor.getTime(), period.from);
    const to = Math.min(next, period.to);
    const y = cursor.getUTCFullYear();
    const m = cursor.getUTCMonth() + 1;
    months.push({ key: `${y}-${String(m).padStart(2, '0')}`, year: y, month: m, leftPct: at(from), widthPct: pct((to - from) / span) });
    cursor.setTime(next);
  }
  const years = projectYears(app.project.startDate, app.project.endDate).map((y) => ({
    index: y.index,
    start: y.start,
    end: y.end,
    leftPct: at(parseIsoDate(y.start)!.getTime()),
  }));
  return { period: { start: app.project.startDate, end: app.project.endDate }, months, years, rows };
}

function row(
  a: Activity,
  index: number,
  app: Pick<Application, 'parties'>,
  period: { from: number; to: number } | null,
): TimelineRow {
  const base = {
    id: a.id,
    index,
    name: a.name,
    partyId: a.responsiblePartyId,
    partyIndex: partyIndexById(app, a.responsiblePartyId),
    startDate: a.startDate,
    endDate: a.endDate,
  };
  if (!a.startDate || !a.endDate) return { ...base, bar: null, problems: ['noDates'] };
  const s = parseIsoDate(a.startDate);
  const e = parseIsoDate(a.endDate);
  if (!s || !e) return { ...base, bar: null, problems: ['badDates'] };
  if (e < s) return { ...base, bar: null, problems: ['endBeforeStart'] };
  if (!period) return { ...base, bar: null, problems: [] };

  const from = s.getTime();
  const to = e.getTime() + DAY;
  if (to <= period.from || from >= period.to) return { ...base, bar: null, problems: ['outside'] };
  const problems: BarProblem[] = [];
  if (from < period.from) problems.push('startsBefore');
  if (to > period.to) problems.push('endsAfter');
  const span = period.to - period.from;
  const left = Math.max(from, period.from);
  const right = Math.min(to, period.to);
  return { ...base, bar: { leftPct: pct((left - period.from) / span), widthPct: pct((right - left) / span) }, problems };
}
