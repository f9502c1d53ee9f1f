import { fieldBlock } from '../elements';
import type { SectionBuilder } from './types';

/** Uppföljning och utvärdering: how effects are followed up, evaluated, and by whom. */
export const followUpSection: SectionBuilder = (ctx) => {
  const f = ctx.app.followUp;
  return {
    title: ctx.t('followUp'),
    children: [
      ...fieldBlock(ctx, 'followUp.plan', f.plan),
      ...fieldBlock(ctx, 'followUp.evaluation', f.evaluation),
      ...fieldBlock(ctx, 'followUp.responsibilities', f.responsibilities),
    ],
  };
};

/** Implementering: ordinary operations after the project, spreading, risks. */
export const implementationSection: SectionBuilder = (ctx) => {
  const f = ctx.app.followUp;
  return {
    title: ctx.t('implementation'),
    children: [
      ...fieldBlock(ctx, 'followUp.implementation', f.implementation),
      ...fieldBlock(ctx, 'followUp.spreading', f.spreading),
      ...fieldBlock(ctx, 'followUp.risks', f.risks),
    ],
  };
};
