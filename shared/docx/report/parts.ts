import { formatKronor, grantedAgainstSought } from '../../finance';
import type { Deviation } from '../../model/lifecycle';
import { dataTable, heading3, para, textBlock, type CellSpec } from '../elements';
import { orDash } from '../sections/format';
import { STYLE } from '../styles';
import type { Wml } from '../wml';
import type { ReportContext } from './context';
import type { DocSection } from '../assemble';

const kr = (n: number): CellSpec => ({ text: formatKronor(n), align: 'right' });

/** Beslut och rapportperiod: what the funder decided, granted against sought per year, and the reporting dates. */
export function decisionSection(ctx: ReportContext): DocSection {
  const { rt, decision, report } = ctx;
  const children: Wml[] = [];
  if (report.summary.trim()) children.push(heading3(rt('periodSummary')), ...textBlock(ctx, report.summary));
  children.push(heading3(rt('conditions')), ...(decision.conditions.trim() ? textBlock(ctx, decision.conditions) : [para(rt('noConditions'), { style: STYLE.empty })]));
  const granted = grantedAgainstSought(ctx.app);
  if (granted.years.length) {
    children.push(
      heading3(rt('grantedVsSought')),
      dataTable({
        columns: [
          { header: ctx.t('year'), weight: 40 },
          { header: rt('sought'), weight: 20, align: 'right' },
          { header: rt('grantedShort'), weight: 20, align: 'right' },
          { header: rt('grantedDifference'), weight: 20, align: 'right' },
        ],
        rows: granted.years.map((g) => {
          const y = ctx.years[g.year];
          return [`${ctx.t('year')} ${g.year + 1}${y ? ` (${y.start} – ${y.end})` : ''}`, kr(g.sought), kr(g.granted), kr(g.difference)];
        }),
        totals: [[rt('total'), kr(granted.sought), kr(granted.granted), kr(granted.difference)]],
      }),
    );
  }
  if (decision.reportingDates.length) {
    children.push(
      heading3(rt('reportingDates')),
      dataTable({
        columns: [
          { header: ctx.t('description'), weight: 34 },
          { header: rt('reportPeriod'), weight: 40 },
          { header: rt('due'), weight: 26 },
        ],
        rows: decision.reportingDates.map((d) => [
          { text: d.kind === 'final' ? rt('finalTitle') : rt('progressTitle', { period: d.period }), bold: d.id === report.id },
          `${orDash(ctx, d.periodStart)} – ${orDash(ctx, d.periodEnd)}`,
          orDash(ctx, d.dueDate),
        ]),
      }),
    );
  }
  return { title: rt('decision'), children };
}

/** What a deviation concerns, by name: the indicator, activity, cost line or party of the decided application. */
function subjectText(ctx: ReportContext, d: Deviation): string {
  const kind = ctx.rt(`subject_${d.subject}`);
  if (!d.subjectId) return kind;
  const { goals, activities, budget } = ctx.app;
  let name: string | undefined;
  if (d.subject === 'indicator') {
    name = [...goals.overallIndicators, ...goals.logicModel.flatMap((r) => r.indicators)].find((i) => i.id === d.subjectId)?.text;
  } else if (d.subject === 'activity') name = activities.find((a) => a.id === d.subjectId)?.name;
  else if (d.subject === 'cost') name = budget.costLines.find((l) => l.id === d.subjectId)?.description;
  else if (d.subject === 'party') name = ctx.partyName(d.subjectId);
  return name && name.trim() ? `${kind}: ${name}` : kind;
}

/** Avvikelser och åtgärder: each deviation with its explanation and what the parties do about it. */
export function deviationsSection(ctx: ReportContext): DocSection {
  const { rt, report } = ctx;
  if (!report.deviations.length) return { title: rt('deviations'), children: [para(rt('noDeviations'), { style: STYLE.empty })] };
  return {
    title: rt('deviations'),
    children: [
      dataTable({
        columns: [
          { header: rt('subject_'), weight: 26 },
          { header: rt('explanation'), weight: 37 },
          { header: rt('action'), weight: 37 },
        ],
        rows: report.deviations.map((d) => [
          subjectText(ctx, d),
          { text: orDash(ctx, d.explanation), multiline: true },
          { text: orDash(ctx, d.action), multiline: true },
        ]),
      }),
    ],
  };
}

/** Barns delaktighet: how children took part in the follow-up and what it changed. */
export function childrenSection(ctx: ReportContext): DocSection {
  const { rt, report } = ctx;
  return {
    title: rt('children'),
    children: [
      heading3(rt('participation')),
      ...textBlock(ctx, report.children.participation),
      heading3(rt('whatChanged')),
      ...textBlock(ctx, report.children.whatChanged),
    ],
  };
}

