import { formatNumber } from '../../finance';
import type { Wml } from '../wml';
import { dataTable, fieldBlock, heading3, emptyNote } from '../elements';
import { factTable } from '../elements';
import type { SectionBuilder } from './types';

/** Målgrupp: who the children are, how many, the indirect groups, and who might be missed. */
export const targetGroupSection: SectionBuilder = (ctx) => {
  const { app, t, label } = ctx;
  const tg = app.targetGroup;
  const age =
    tg.ageMin === null && tg.ageMax === null ? t('dash') : `${tg.ageMin ?? t('dash')}–${tg.ageMax ?? t('dash')} ${t('years')}`;
  const children: Wml[] = [
    ...fieldBlock(ctx, 'targetGroup.description', tg.description),
    factTable([
      [t('ageRange'), age],
      [label('targetGroup.childrenReached'), tg.childrenReached === null ? t('dash') : formatNumber(tg.childrenReached)],
    ]),
    heading3(label('targetGroup.indirectGroups')),
  ];
  if (tg.indirectGroups.length) {
    children.push(
      dataTable({
        columns: [
          { header: label('targetGroup.indirectGroups.*.description'), weight: 75 },
          { header: label('targetGroup.indirectGroups.*.count'), weight: 25, align: 'right' },
        ],
        rows: tg.indirectGroups.map((g) => [g.description, g.count === null ? t('dash') : formatNumber(g.count)]),
      }),
    );
  } else children.push(emptyNote(ctx));
  children.push(
    ...fieldBlock(ctx, 'targetGroup.selection', tg.selection),
    ...fieldBlock(ctx, 'targetGroup.riskFactors', tg.riskFactors),
    ...fieldBlock(ctx, 'targetGroup.leftOut', tg.leftOut),
  );
  return { title: t('targetGroup'), children };
};
