import { fieldBlock } from '../elements';
import { followUpIndicatorTable } from './indicators';
import type { SectionBuilder } from './types';

/** Uppföljning och utvärdering: how effects are followed up, evaluated, and by whom. */
export const followUpSection: SectionBuilder = (ctx) => {
  const f = ctx.app.followUp;
  return {
    title: ctx.t('followUp'),
    children: [
      ...fieldBlock(ctx, 'followUp.plan', f.plan),
      ...followUpIndicatorTable(ctx),
      ...fieldBlock(ctx, 'followUp.evaluation', f.evaluation),
      ...fieldBlock(ctx, 'followUp.responsibilities', f.responsibilities),
    ],
  };
};

/** Implementering: ordinary operations after the project and spreading; the risks have a section of their own. */
export const implementationSection: SectionBuilder = (ctx) => {
  const f = ctx.app.followUp;
  return {
    title: ctx.t('implementation'),
    children: [
      ...fieldBlock(ctx, 'followUp.implementation', f.implementation),
      ...fieldBlock(ctx, 'followUp.spreading', f.spreading),
    ],
  };
};
