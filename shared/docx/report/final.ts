import { formatKronor, formatNumber, formatPercent, socioWithOutcomes } from '../../finance';
import { dataTable, factTable, heading3, para, textBlock, type CellSpec } from '../elements';
import { orDash } from '../sections/format';
import { STYLE } from '../styles';
import type { Wml } from '../wml';
import type { DocSection } from '../assemble';
import type { ReportContext } from './context';

/** Implementering: what goes into ordinary operations, by which party, financed how. */
export function implementationSection(ctx: ReportContext): DocSection | null {
  const { rt, report } = ctx;
  if (!report.final) return null;
  const items = report.final.implementation;
  const children: Wml[] = items.length
    ? [
        dataTable({
          columns: [
            { header: rt('what'), weight: 44 },
            { header: rt('byWhom'), weight: 22 },
            { header: rt('financing'), weight: 34 },
          ],
          rows: items.map((i) => [
            { text: orDash(ctx, i.what), multiline: true },
            i.partyId ? ctx.partyName(i.partyId) : ctx.t('dash'),
            { text: orDash(ctx, i.financing), multiline: true },
          ]),
        }),
      ]
    : [para(rt('noImplementation'), { style: STYLE.empty })];
  return { title: rt('implementation'), children };
}

export function spreadingSection(ctx: ReportContext): DocSection | null {
  if (!ctx.report.final) return null;
  return { title: ctx.rt('spreading'), children: textBlock(ctx, ctx.report.final.spreading) };
}

export function socioSection(ctx: ReportContext): DocSection | null {
  const { rt, report } = ctx;
  if (!report.final) return null;
  // The one recomputation the wizard shows too: the same calculation with the outcomes in place of the assumptions.
  const both = socioWithOutcomes(ctx.app, report);
  if (!both) return { title: rt('socio'), children: [para(rt('noSocio'), { style: STYLE.empty })] };
  const { original: before, outcome: after } = both;
  const effectBefore = ctx.app.socioEconomics.effect;
  const effectAfter = both.replaced.effect ? report.final.socio.effect : effectBefore;
  const pct = (p: number | null): CellSpec => ({ text: p === null ? ctx.t('dash') : formatPercent(p / 100), align: 'right' });
  const kr = (n: number): CellSpec => ({ text: formatKronor(n), align: 'right' });
  const num = (n: number): CellSpec => ({ text: formatNumber(n, 2), align: 'right' });
  const ratio = (n: number | null): CellSpec => ({ text: n === null ? ctx.t('dash') : formatNumber(n, 2), align: 'right' });
  const rows: CellSpec[][] = [
    [rt('reach'), num(before.peopleReachedTotal), num(after.peopleReachedTotal)],
    [rt('successRate'), pct(effectBefore), pct(effectAfter)],
    [rt('successes'), num(before.successesTotal), num(after.successesTotal)],
    [rt('investment'), kr(before.investment.total), kr(after.investment.total)],
    [rt('investmentPv'), kr(before.investment.totalDiscounted), kr(after.investment.totalDiscounted)],
    [rt('avoided'), kr(before.avoided.totalDiscounted), kr(after.avoided.totalDiscounted)],
    [rt('npv'), kr(before.netPresentValue), kr(after.netPresentValue)],
    [rt('perKrona'), ratio(before.returnPerKrona), ratio(after.returnPerKrona)],
  ];
  const children: Wml[] = [
    para(rt('socioIntro'), { style: STYLE.small }),
    dataTable({
      columns: [
        { header: '', weight: 46 },
        { header: rt('assumption'), weight: 27, align: 'right' },
        { header: rt('withOutcome'), weight: 27, align: 'right' },
      ],
      rows,
    }),
  ];
  if (report.final.socio.effectSource.trim()) children.push(factTable([[rt('effectSource'), report.final.socio.effectSource]]));
  if (report.final.socio.comment.trim()) children.push(heading3(rt('socioComment')), ...textBlock(ctx, report.final.socio.comment));
  return { title: rt('socio'), children };
}
