import { dataTable, para, type CellSpec } from '../elements';
import { orDash } from '../sections/format';
import { STYLE } from '../styles';
import type { Wml } from '../wml';
import type { ReportContext } from './context';

function span(ctx: ReportContext, start: string | undefined, end: string | undefined): string {
  if (!start && !end) return ctx.t('dash');
  return `${start || ctx.t('dash')} – ${end || ctx.t('dash')}`;
}

/** Aktiviteter mot plan: each decided activity with its planned dates, what became of it, and when it now runs. */
export function activitiesSection(ctx: ReportContext): { title: string; children: Wml[] } {
  const { rt } = ctx;
  const planned = ctx.app.activities;
  if (!planned.length) return { title: rt('activities'), children: [para(rt('noActivities'), { style: STYLE.empty })] };
  const rows = planned.map((a, i): CellSpec[] => {
    const r = ctx.report.activities.find((x) => x.id === a.id);
    const status = r?.status ? rt(`status_${r.status}`) : rt('status_none');
    const moved = r && (r.newStart || r.newEnd) ? span(ctx, r.newStart, r.newEnd) : ctx.t('dash');
    return [
      `${i + 1}`,
      { text: orDash(ctx, a.name) },
      a.responsiblePartyId ? ctx.partyName(a.responsiblePartyId) : ctx.t('dash'),
      span(ctx, a.startDate, a.endDate),
      { text: status, bold: !r?.status ? false : undefined, italic: !r?.status },
      moved,
      { text: r ? orDash(ctx, r.comment) : ctx.t('dash'), multiline: true },
    ];
  });
  return {
    title: rt('activities'),
    children: [
      dataTable({
        columns: [
          { header: ctx.t('no_'), weight: 5 },
          { header: rt('activity'), weight: 20 },
          { header: rt('responsible'), weight: 15 },
          { header: rt('planned'), weight: 15 },
          { header: rt('status'), weight: 10 },
          { header: rt('newTime'), weight: 14 },
          { header: rt('comment'), weight: 21 },
        ],
        rows,
      }),
    ],
  };
}
