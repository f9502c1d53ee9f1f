import type { Wml } from '../wml';
import { dataTable, emptyNote, fieldBlock, heading3, para } from '../elements';
import { STYLE } from '../styles';
import type { SectionBuilder } from './types';

/** Syfte och mål: purpose, overall goal, and the project goals with the logic-model rows each traces to. */
export const goalsSection: SectionBuilder = (ctx) => {
  const { app, t, label } = ctx;
  const rowNumber = new Map(app.goals.logicModel.map((r, i) => [r.id, i + 1]));
  const children: Wml[] = [
    ...fieldBlock(ctx, 'goals.purpose', app.goals.purpose),
    ...fieldBlock(ctx, 'goals.overallGoal', app.goals.overallGoal),
    heading3(label('goals.projectGoals')),
  ];
  if (app.goals.projectGoals.length) {
    children.push(
      dataTable({
        columns: [
          { header: t('no_'), weight: 8 },
          { header: label('goals.projectGoals.*.text'), weight: 67 },
          { header: t('logicRowRefs'), weight: 25 },
        ],
        rows: app.goals.projectGoals.map((g, i) => {
          const refs = g.logicRowIds
            .map((id) => rowNumber.get(id))
            .filter((n): n is number => n !== undefined)
            .sort((a, b) => a - b);
          return [`${i + 1}`, { text: g.text, multiline: true }, refs.length ? refs.join(', ') : t('dash')];
        }),
      }),
    );
  } else children.push(emptyNote(ctx));
  children.push(para(t('seeAppendixLogic'), { style: STYLE.small }));
  return { title: t('goals'), children };
};
