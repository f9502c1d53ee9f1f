import { dayNumber, niceTicks, parseMeasure } from './measure';

export type MeasuredValue = { id: string; date: string; value: string | number | null; source: string };

export type IndicatorPlotInput = {
  baseline: string;
  target: string;
  /** The project period: the baseline belongs to its start, the target to its end. */
  periodStart: string;
  periodEnd: string;
  values: readonly MeasuredValue[];
};

export type PlotPoint = { id: string; x: number; y: number; date: string; value: number };

export type IndicatorPlot = {
  /** False when baseline, target and every value are not numbers: then only the table is shown. */
  drawable: boolean;
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  baseline: PlotPoint | null;
  target: PlotPoint | null;
  measured: PlotPoint[];
  yTicks: { y: number; value: number }[];
  xTicks: { x: number; label: string }[];
};

export const PLOT_W = 560;
export const PLOT_H = 220;
const PAD = { left: 56, right: 16, top: 14, bottom: 30 };

/**
 * Where each value of an indicator goes on a time line: the baseline at the project's start, the target at its
 * end, the measured values at their dates (sorted). Pure, so the shape is tested without a browser.
 */
export function indicatorPlot(input: IndicatorPlotInput): IndicatorPlot {
  const plot = { left: PAD.left, right: PLOT_W - PAD.right, top: PAD.top, bottom: PLOT_H - PAD.bottom };
  const baseline = parseMeasure(input.baseline);
  const target = parseMeasure(input.target);
  const measured = input.values
    .map((v) => ({ id: v.id, date: v.date, day: dayNumber(v.date), value: parseMeasure(v.value) }))
    .filter((v): v is { id: string; date: string; day: number; value: number } => v.day !== null && v.value !== null)
    .sort((a, b) => a.day - b.day);
  const startDay = dayNumber(input.periodStart);
  const endDay = dayNumber(input.periodEnd);
  const days = [startDay, endDay, ...measured.map((m) => m.day)].filter((d): d is number => d !== null);
  const ys = [baseline, target, ...measured.map((m) => m.value)].filter((v): v is number => v !== null);
  const empty: IndicatorPlot = { drawable: false, width: PLOT_W, height: PLOT_H, plot, baseline: null, target: null, measured: [], yTicks: [], xTicks: [] };
  if (!ys.length || !days.length) return empty;

  let d0 = Math.min(...days);
  let d1 = Math.max(...days);
  if (d1 === d0) {
    d0 -= 30;
    d1 += 30;
  }
  const lo = Math.min(...ys, ...(Math.min(...ys) >= 0 ? [0] : []));
  const ticks = niceTicks(lo, Math.max(...ys));
  const y0 = ticks[0]!;
  const y1 = ticks[ticks.length - 1]!;
  const xOf = (day: number) => plot.left + ((day - d0) / (d1 - d0)) * (plot.right - plot.left);
  const yOf = (v: number) => plot.bottom - ((v - y0) / (y1 - y0 || 1)) * (plot.bottom - plot.top);
  const point = (id: string, day: number | null, date: string, value: number | null): PlotPoint | null =>
    day === null || value === null ? null : { id, x: xOf(day), y: yOf(value), date, value };

  const years: { x: number; label: string }[] = [];
  const firstYear = new Date(d0 * 86_400_000).getUTCFullYear();
  const lastYear = new Date(d1 * 86_400_000).getUTCFullYear();
  for (let y = firstYear; y <= lastYear + 1 && years.length < 30; y++) {
    const day = Date.UTC(y, 0, 1) / 86_400_000;
    if (day >= d0 && day <= d1) years.push({ x: xOf(day), label: String(y) });
  }
  return {
    drawable: true,
    width: PLOT_W,
    height: PLOT_H,
    plot,
    baseline: point('baseline', startDay ?? d0, input.periodStart, baseline),
    target: point('target', endDay ?? d1, input.periodEnd, target),
    measured: measured.map((m) => point(m.id, m.day, m.date, m.value)!),
    yTicks: ticks.map((value) => ({ value, y: yOf(value) })),
    xTicks: years,
  };
}
