import type { LogicRow } from '../../model/schema';
import { dataTable, emptyNote, para, type CellSpec, type ColumnSpec } from '../elements';
import { STYLE } from '../styles';
import { logicRowMeasureText } from './indicators';
import type { AppendixBuilder } from './types';

const CHAIN: (keyof LogicRow)[] = ['need', 'resources', 'activities', 'outputs', 'shortTerm', 'mediumTerm', 'longTerm'];

/** Bilaga 1 Logikmodell: landscape, one row per chain from need to long-term effect, with how it is measured. */
export const logicModelAppendix: AppendixBuilder = (ctx) => {
  const { app, t, label } = ctx;
  const rows = app.goals.logicModel;
  if (!rows.length) return { title: t('logicModel'), orientation: 'landscape', children: [emptyNote(ctx)] };
  const columns: ColumnSpec[] = [
    { header: t('no_'), weight: 4 },
    ...CHAIN.map((k) => ({ header: label(`goals.logicModel.*.${k}`), weight: 10.5 })),
    { header: label('goals.logicModel.*.indicators'), weight: 13 },
    { header: label('goals.logicModel.*.assumptions'), weight: 9.5 },
  ];
  const body = rows.map((r, i): CellSpec[] => {
    const measure = logicRowMeasureText(ctx, r);
    return [
      `${i + 1}`,
      ...CHAIN.map((k): CellSpec => ({ text: String(r[k]), multiline: true })),
      { text: measure || t('dash'), multiline: true },
      { text: r.assumptions, multiline: true },
    ];
  });
  return {
    title: t('logicModel'),
    orientation: 'landscape',
    children: [para(t('logicModelIntro'), { style: STYLE.small }), dataTable({ columns, rows: body, orientation: 'landscape', small: true })],
  };
};
