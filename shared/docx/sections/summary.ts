import { textBlock } from '../elements';
import type { SectionBuilder } from './types';

export const summarySection: SectionBuilder = (ctx) => ({
  title: ctx.t('summary'),
  children: textBlock(ctx, ctx.app.project.summary),
});
