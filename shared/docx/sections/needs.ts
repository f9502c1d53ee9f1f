import type { Needs } from '../../model/schema';
import { fieldBlock } from '../elements';
import type { SectionBuilder } from './types';

const FIELDS: (keyof Needs)[] = [
  'need',
  'extent',
  'sources',
  'causes',
  'consequences',
  'whereGreatest',
  'existingEfforts',
  'jointAnalysis',
];

/** Behovsanalys: the parties' joint analysis, field by field in the order the wizard asks for it. */
export const needsSection: SectionBuilder = (ctx) => ({
  title: ctx.t('needs'),
  children: FIELDS.flatMap((f) => fieldBlock(ctx, `needs.${f}`, ctx.app.needs[f])),
});
