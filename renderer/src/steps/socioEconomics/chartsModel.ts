import { INVESTORS, chartYearCount, type Investor, type SocioResult } from '../../../../shared/finance/socio';

/**
 * Geometry of the step's two SVG charts, kept apart from React so it can be checked in Node: every
 * coordinate is a finite number whatever the result (zero investment, zero effect, one year).
 */
export const CUMULATIVE = { width: 640, height: 280, left: 84, right: 24, top: 24, bottom: 44 } as const;
export const ACTOR_CHART = { width: 640, left: 90, right: 130, top: 8, label: 18, bar: 16, gap: 4, groupGap: 14 } as const;

/** A round step for about four grid lines: 1, 2, 2.5 or 5 times a power of ten. */
export function niceStep(max: number, lines = 4): number {
  if (!(max > 0) || !Number.isFinite(max)) return 1;
  const raw = max / lines;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const m = raw / pow;
  const nice = m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10;
  return nice * pow;
}

export type Point = { x: number; y: number; year: number; value: number };

export type CumulativeModel = {
  years: number;
  ticks: { value: number; y: number }[];
  xLabels: { year: number; x: number }[];
  investment: Point[];
  avoided: Point[];
  payback: { year: number; x: number } | null;
  plot: { x0: number; x1: number; y0: number; y1: number };
};

export function cumulativeModel(r: SocioResult): CumulativeModel {
  const n = chartYearCount(r);
  const { width, height, left, right, top, bottom } = CUMULATIVE;
  const x0 = left;
  const x1 = width - right;
  const y0 = height - bottom;
  const y1 = top;
  const inv = r.investment.cumulativeDiscounted.slice(0, n);
  const av = r.avoided.cumulativeDiscounted.slice(0, n);
  const rawMax = Math.max(0, ...inv, ...av);
  const step = niceStep(rawMax);
  const max = rawMax > 0 ? Math.ceil(rawMax / step) * step : step * 4;
  // One year is drawn in the middle; more years spread from edge to edge.
  const xOf = (t: number) => (n === 1 ? (x0 + x1) / 2 : x0 + ((x1 - x0) * t) / (n - 1));
  const yOf = (v: number) => y0 - ((y0 - y1) * v) / max;
  const points = (values: number[]): Point[] => values.map((value, t) => ({ x: xOf(t), y: yOf(value), year: t + 1, value }));
  const ticks: CumulativeModel['ticks'] = [];
  for (let v = 0; v <= max + step / 2; v += step) ticks.push({ value: v, y: yOf(v) });
  return {
    years: n,
    ticks,
    xLabels: Array.from({ length: n }, (_, t) => ({ year: t + 1, x: xOf(t) })).filter((_, t) => n <= 12 || t % Math.ceil(n / 12) === 0),
    investment: points(inv),
    avoided: points(av),
    payback: r.paybackYear === null ? null : { year: r.paybackYear, x: xOf(r.paybackYear - 1) },
    plot: { x0, x1, y0, y1 },
  };
}

export type ActorBar = { actor: Investor; kind: 'invested' | 'gained'; value: number; x: number; y: number; width: number; height: number };

/** Grouped bars per actor; a group's `y` is the baseline of its name, which sits above the bars. */
export function actorModel(r: SocioResult): { bars: ActorBar[]; height: number; groups: { actor: Investor; y: number }[] } {
  const { width, left, right, top, label, bar, gap, groupGap } = ACTOR_CHART;
  const max = Math.max(0, ...INVESTORS.flatMap((a) => [r.actors[a].invested, r.actors[a].gained]));
  const span = width - left - right;
  const bars: ActorBar[] = [];
  const groups: { actor: Investor; y: number }[] = [];
  let y = top;
  for (const a of INVESTORS) {
    // The actor's name gets a line of its own above its two bars, so a long name never runs into them.
    groups.push({ actor: a, y: y + label - 5 });
    y += label;
    for (const kind of ['invested', 'gained'] as const) {
      const value = r.actors[a][kind];
      const w = max > 0 ? (span * Math.max(0, value)) / max : 0;
      bars.push({ actor: a, kind, value, x: left, y, width: w, height: bar });
      y += bar + gap;
    }
    y += groupGap - gap;
  }
  return { bars, groups, height: y + top };
}
