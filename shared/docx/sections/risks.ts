import type { DocxContext } from '../context';
import { dataTable, para, type CellSpec } from '../elements';
import { pd } from './plan-strings';
import { STYLE } from '../styles';
import { ratingText } from './indicators';
import type { SectionBuilder } from './types';

const orDash = (ctx: DocxContext, s: string) => (s.trim() ? s : ctx.t('dash'));

/** Risker och riskhantering: a section of its own, one row per risk. */
export const risksSection: SectionBuilder = (ctx) => {
  const risks = ctx.app.followUp.risks;
  const lbl = (k: string) => ctx.label(`followUp.risks.*.${k}`);
  if (!risks.length) return { title: pd(ctx, 'risks'), children: [para(pd(ctx, 'noRisks'), { style: STYLE.empty })] };
  return {
    title: pd(ctx, 'risks'),
    children: [
      dataTable({
        columns: [
          // Wide enough for "Sannolikhet" and "Konsekvens" whole in the header.
          { header: lbl('description'), weight: 27 },
          { header: lbl('likelihood'), weight: 15 },
          { header: lbl('consequence'), weight: 15 },
          { header: lbl('measure'), weight: 27 },
          { header: lbl('responsible'), weight: 16 },
        ],
        rows: risks.map((r): CellSpec[] => [
          { text: orDash(ctx, r.description), multiline: true },
          ratingText(ctx, r.likelihood),
          ratingText(ctx, r.consequence),
          { text: orDash(ctx, r.measure), multiline: true },
          orDash(ctx, r.responsible),
        ]),
      }),
    ],
  };
};
