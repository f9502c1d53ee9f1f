import type { Wml } from '../wml';
import { formatKronor } from '../../finance/money';
import { INVESTORS, calculateSocioEconomics, hasSocioEconomicInputs, type SocioResult } from '../../finance/socio';
import { ACTOR_LABELS, MISSING_INPUT_NAMES, SOCIO_TEXT, countText, paybackText, ratioText, shareText } from '../../finance/socio/labels';
import type { DocxContext } from '../context';
import { dataTable, factTable, fieldBlock, heading3, para, type CellSpec } from '../elements';
import type { Orientation } from '../layout';
import type { SectionBuilder } from './types';
import { sd } from './socio-strings';
import { STYLE } from '../styles';

const kr = (n: number): CellSpec => ({ text: formatKronor(n), align: 'right' });

/** The calculation, once per document: the section and the appendix print the very same figures. */
const cache = new WeakMap<DocxContext, SocioResult>();
export function socioResult(ctx: DocxContext): SocioResult {
  let r = cache.get(ctx);
  if (!r) {
    r = calculateSocioEconomics(ctx.app);
    cache.set(ctx, r);
  }
  return r;
}

export function missingNote(ctx: DocxContext, r: SocioResult): Wml[] {
  if (r.missing.length === 0) return [];
  const list = r.missing.map((m) => MISSING_INPUT_NAMES[m][ctx.lang]).join(', ');
  return [para(sd(ctx, 'incomplete', { list }), { style: STYLE.empty })];
}

/** The headline figures, as label–value rows. */
export function keyFigures(ctx: DocxContext, r: SocioResult, orientation: Orientation = 'portrait') {
  const L = ctx.lang;
  const successShare = r.peopleReachedTotal > 0 ? r.successesTotal / r.peopleReachedTotal : null;
  const breakEven =
    r.breakEvenSuccesses === null
      ? countText(null, L)
      : `${countText(r.breakEvenSuccesses, L)}${r.breakEvenShareOfReached === null ? '' : ` (${sd(ctx, 'ofReached', { share: shareText(r.breakEvenShareOfReached, L) })})`}`;
  const year = ctx.app.socioEconomics.priceBaseYear;
  const facts: [string, CellSpec][] = [
    [sd(ctx, 'priceBase'), year === null ? sd(ctx, 'priceBaseMissing') : sd(ctx, 'priceBaseValue', { year })],
    [sd(ctx, 'investment'), formatKronor(r.investment.total)],
    [sd(ctx, 'investmentPv'), formatKronor(r.investment.totalDiscounted)],
    [
      sd(ctx, 'reachedAndSuccesses'),
      `${countText(r.peopleReachedTotal, L, 0)} / ${countText(r.successesTotal, L)}${successShare === null ? '' : ` (${shareText(successShare, L)})`}`,
    ],
    [sd(ctx, 'avoidedPv', { years: r.years }), formatKronor(r.avoided.totalDiscounted)],
    [sd(ctx, 'avoidedUndiscounted'), formatKronor(r.avoided.total)],
    [sd(ctx, 'npv'), { text: formatKronor(r.netPresentValue), bold: true }],
    [sd(ctx, 'perKrona'), { text: ratioText(r.returnPerKrona, L, SOCIO_TEXT.notComputable), bold: true }],
    [sd(ctx, 'payback'), { text: paybackText(r.paybackYear, L), bold: true }],
    [sd(ctx, 'perSuccess'), formatKronor(r.valuePerSuccess)],
    [sd(ctx, 'breakEven'), breakEven],
  ];
  return factTable(facts, orientation);
}

/** Who invests versus who gains: the fund and each actor, discounted. */
export function actorTable(ctx: DocxContext, r: SocioResult, orientation: Orientation = 'portrait') {
  // The fund first, on a row of its own: its money is not the regional party's investment.
  const rows = INVESTORS.map((a): CellSpec[] => {
    const b = r.actors[a];
    return [ACTOR_LABELS[a][ctx.lang], kr(b.invested), kr(b.gained), kr(b.net), { text: ratioText(b.returnPerKrona, ctx.lang), align: 'right' }];
  });
  return dataTable({
    columns: [
      { header: sd(ctx, 'actor'), weight: 30 },
      { header: sd(ctx, 'invests'), weight: 17, align: 'right' },
      { header: sd(ctx, 'avoids'), weight: 17, align: 'right' },
      { header: sd(ctx, 'net'), weight: 17, align: 'right' },
      { header: sd(ctx, 'perKronaShort'), weight: 19, align: 'right' },
    ],
    rows,
    // No totals row: the totals are the key figures above (investment and avoided cost, net, per krona).
    orientation,
  });
}

/**
 * Samhällsekonomisk bedömning: the result in brief, between the budget and the follow-up. Left out until the
 * applicant has started on the calculation.
 */
export const socioSection: SectionBuilder = (ctx) => {
  if (!hasSocioEconomicInputs(ctx.app)) return null;
  const r = socioResult(ctx);
  const children: Wml[] = [
    para(sd(ctx, 'intro')),
    ...missingNote(ctx, r),
    heading3(sd(ctx, 'keyFigures')),
    keyFigures(ctx, r),
    heading3(sd(ctx, 'whoGains')),
    actorTable(ctx, r),
    para(SOCIO_TEXT.simIsOwnInvestor[ctx.lang], { style: STYLE.small }),
    para(SOCIO_TEXT.notBudgetSavings[ctx.lang], { run: { italics: true } }),
  ];
  if (ctx.app.socioEconomics.comment.trim()) children.push(...fieldBlock(ctx, 'socioEconomics.comment', ctx.app.socioEconomics.comment));
  return { title: sd(ctx, 'sectionTitle'), children };
};
