import type { LogicRow } from '../../model/schema';
import type { DocxContext } from '../context';
import { dataTable, emptyNote, para, type CellSpec, type ColumnSpec } from '../elements';
import { COLOR } from '../layout';
import { STYLE } from '../styles';
import { paragraph } from '../wml';
import { logicRowMeasureText } from './indicators';
import type { AppendixBuilder } from './types';

const spacer = () => paragraph({ spacing: { after: 120 } });

/** The chain from need to long-term effect, in the order it is read. */
const CHAIN: (keyof LogicRow)[] = ['need', 'resources', 'activities', 'outputs', 'shortTerm', 'mediumTerm', 'longTerm'];

/** One line of a chain's block: what it is (a level of the chain, how it is measured, what it rests on) and its text. */
type ChainLine = { label: string; text: string };

function chainLines(ctx: DocxContext, r: LogicRow): ChainLine[] {
  const { label } = ctx;
  return [
    ...CHAIN.map((k) => ({ label: label(`goals.logicModel.*.${k}`), text: String(r[k]) })),
    { label: label('goals.logicModel.*.indicators'), text: logicRowMeasureText(ctx, r) },
    { label: label('goals.logicModel.*.assumptions'), text: r.assumptions },
  ];
}

/**
 * Bilaga 1 Logikmodell: landscape, each chain as a block of its own, a line per level from need to long-term effect,
 * then how it is measured and what it assumes. Levels run down the page rather than across it: ten columns side by
 * side left each about 2 cm, and Swedish compounds ("språkbedömningen") were broken mid-word, without a hyphen.
 * Here the text has nearly the page's width, so words break only where they would in a paragraph.
 */
export const logicModelAppendix: AppendixBuilder = (ctx) => {
  const { app, t } = ctx;
  const rows = app.goals.logicModel;
  if (!rows.length) return { title: t('logicModel'), orientation: 'landscape', children: [emptyNote(ctx)] };
  // A table per chain, so a short chain is kept on one page and each says which chain it is in its header row.
  const tables = rows.map((r, i) => {
    const columns: ColumnSpec[] = [
      { header: `${t('logicChain')} ${i + 1}`, weight: 22 },
      { header: t('description'), weight: 78 },
    ];
    const body = chainLines(ctx, r).map((line): CellSpec[] => [
      { text: line.label, bold: true, shade: COLOR.labelShade },
      { text: line.text.trim() ? line.text : t('dash'), multiline: true },
    ]);
    return [dataTable({ columns, rows: body, orientation: 'landscape' }), spacer()];
  });
  return {
    title: t('logicModel'),
    orientation: 'landscape',
    children: [para(t('logicModelIntro'), { style: STYLE.small }), ...tables.flat()],
  };
};
