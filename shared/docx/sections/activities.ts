import { durationMonths, parseIsoDate } from '../../finance';
import type { Activity } from '../../model/schema';
import type { DocxContext } from '../context';
import { columnWidths, dataTable, emptyNote, fixedTable, heading3, para, tableCell, type CellSpec } from '../elements';
import { COLOR, SIZE } from '../layout';
import { STYLE } from '../styles';
import type { SectionBuilder } from './types';
import { row, type CellXml, type RowXml, type Wml } from '../wml';

/** Above this many months a month column gets too narrow to read on a portrait page; the table alone then says it. */
export const MONTH_GRID_MAX = 36;

type Month = { year: number; month: number };

function projectMonths(start: string, end: string): Month[] {
  const s = parseIsoDate(start);
  const e = parseIsoDate(end);
  if (!s || !e || e < s) return [];
  const out: Month[] = [];
  for (let y = s.getUTCFullYear(), m = s.getUTCMonth(); y < e.getUTCFullYear() || (y === e.getUTCFullYear() && m <= e.getUTCMonth()); m++) {
    if (m === 12) {
      m = 0;
      y++;
    }
    out.push({ year: y, month: m });
    if (out.length > MONTH_GRID_MAX + 12) break;
  }
  return out;
}

const monthKey = (d: Date) => d.getUTCFullYear() * 12 + d.getUTCMonth();

/** The calendar months an activity runs in, as a range of month keys (any overlap counts); null when undated. */
function monthRange(a: Activity): [number, number] | null {
  const s = parseIsoDate(a.startDate);
  const e = parseIsoDate(a.endDate);
  if (!s || !e || e < s) return null;
  return [monthKey(s), monthKey(e)];
}

function activityTable(ctx: DocxContext) {
  const { app, t } = ctx;
  return dataTable({
    columns: [
      { header: t('no_'), weight: 6 },
      { header: t('activity'), weight: 52 },
      { header: t('responsible'), weight: 20 },
      { header: t('start'), weight: 14 },
      { header: t('end'), weight: 14 },
    ],
    rows: app.activities.map((a, i): CellSpec[] => [
      `${i + 1}`,
      { lead: a.name.trim() ? a.name : t('dash'), text: a.description, multiline: true },
      a.responsiblePartyId ? ctx.partyName(a.responsiblePartyId) : t('dash'),
      a.startDate || t('dash'),
      a.endDate || t('dash'),
    ]),
  });
}

const TIGHT = { top: 20, bottom: 20, left: 20, right: 20 };

/** A Gantt-style grid: one row per activity, one narrow column per project month, shaded where it runs. */
function monthGrid(ctx: DocxContext, months: Month[]) {
  const initials = ctx.t('monthInitials');
  const widths = columnWidths([5, 28, ...months.map(() => 67 / months.length)], 'portrait');
  const monthWidth = (i: number) => widths[i + 2]!;
  const yearBand: RowXml = (() => {
    const cells = [tableCell({ text: '', span: 2 }, widths[0]! + widths[1]!, { head: true, size: SIZE.tiny })];
    let i = 0;
    while (i < months.length) {
      const year = months[i]!.year;
      let j = i;
      let w = 0;
      while (j < months.length && months[j]!.year === year) w += monthWidth(j++);
      cells.push(tableCell({ text: String(year), align: 'center', span: j - i }, w, { head: true, size: SIZE.tiny }));
      i = j;
    }
    return row({ tableHeader: true, cantSplit: true }, cells);
  })();
  const monthRow = row({ tableHeader: true, cantSplit: true }, [
    tableCell(ctx.t('no_'), widths[0]!, { head: true, size: SIZE.tiny }),
    tableCell(ctx.t('activity'), widths[1]!, { head: true, size: SIZE.tiny }),
    ...months.map((m, i) => tableCell({ text: initials[m.month] ?? '', align: 'center' }, monthWidth(i), { head: true, size: SIZE.tiny })),
  ]);
  const rows = ctx.app.activities.map((a, n) => {
    const range = monthRange(a);
    const on = months.map((m) => range !== null && range[0] <= m.year * 12 + m.month && m.year * 12 + m.month <= range[1]);
    // Months in a row with the same state, within one calendar year, become one cell: a bar rather than 36 cells.
    // That keeps a long plan's XML small, and the year lines stay as guides.
    const cells: CellXml[] = [];
    let i = 0;
    while (i < months.length) {
      let j = i;
      let w = 0;
      while (j < months.length && on[j] === on[i] && months[j]!.year === months[i]!.year) w += monthWidth(j++);
      cells.push(tableCell({ text: '', span: j - i, shade: on[i] ? COLOR.gridOn : undefined }, w, { size: SIZE.tiny }));
      i = j;
    }
    return row({ cantSplit: true }, [tableCell(`${n + 1}`, widths[0]!, { size: SIZE.tiny }), tableCell(a.name || ctx.t('dash'), widths[1]!, { size: SIZE.tiny }), ...cells]);
  });
  return fixedTable([yearBand, monthRow, ...rows], widths, { margins: TIGHT });
}

/** Aktiviteter och tidplan: the activities as a table, then a month grid when the project is short enough to draw one. */
export const activitiesSection: SectionBuilder = (ctx) => {
  const { app, t } = ctx;
  if (!app.activities.length) return { title: t('activities'), children: [emptyNote(ctx)] };
  const children: Wml[] = [activityTable(ctx)];
  const months = durationMonths(app.project.startDate, app.project.endDate);
  const grid = projectMonths(app.project.startDate, app.project.endDate);
  if (months !== null && grid.length > 0 && grid.length <= MONTH_GRID_MAX) {
    children.push(heading3(t('timetable')), para(t('timetableNote'), { style: STYLE.small, keepNext: true }), monthGrid(ctx, grid));
  }
  return { title: t('activities'), children };
};
