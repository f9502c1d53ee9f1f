import { describe, expect, it } from 'vitest';
import { isBlock, MAX_PASTE_CHARS, parseTsv, planPaste, type TargetCell } from '../../../renderer/src/steps/budget/paste';

const amount = (line: number, year: number): TargetCell => ({ kind: 'amount', linePath: ['budget', 'costLines', line], year, name: `Kostnadsrad ${line + 1}, År ${year + 1}` });

describe('a block copied from Excel or LibreOffice Calc', () => {
  it('is read as rows of tab-separated cells; the trailing line break both programs add is not a row', () => {
    expect(parseTsv('1 250 000 kr\t20000\r\n300000\t1250000\r\n')).toEqual([
      ['1 250 000 kr', '20000'],
      ['300000', '1250000'],
    ]);
    expect(parseTsv('a\tb\nc\td')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('keeps a quoted cell whole, with its tab, line break and doubled quotes', () => {
    expect(parseTsv('"Resor\ni Dalsland"\t"Säg ""hej"""\n')).toEqual([['Resor\ni Dalsland', 'Säg "hej"']]);
  });

  it('refuses text too large to be budget cells before splitting it', () => {
    expect(parseTsv('1\t'.repeat(MAX_PASTE_CHARS))).toBeNull();
    expect(parseTsv('1\n'.repeat(600))).toBeNull();
  });

  it('one value is not a block: the cell takes it as typed', () => {
    expect(isBlock(parseTsv('1 250 000\n')!)).toBe(false);
    expect(isBlock(parseTsv('1\t2')!)).toBe(true);
  });
});

describe('placing a pasted block', () => {
  const targets = [0, 1, 2].map((l) => [amount(l, 0), amount(l, 1)]);
  const current: Record<string, number[]> = { 'budget.costLines.0': [5, 6, 7], 'budget.costLines.1': [], 'budget.costLines.2': [1] };
  const amountsOf = (p: readonly (string | number)[]) => current[p.join('.')] ?? [];

  it('fills each cell, reading Swedish and plain amounts, one change per line', () => {
    const plan = planPaste(parseTsv('1 250 000 kr\t20000\n300 000\t1250000\n7000\t8 000 kr\n')!, targets, amountsOf, 'sv');
    expect(plan).toEqual({
      ok: true,
      cells: 6,
      changes: [
        { path: ['budget', 'costLines', 0, 'amounts'], value: [1_250_000, 20_000, 7] },
        { path: ['budget', 'costLines', 1, 'amounts'], value: [300_000, 1_250_000] },
        { path: ['budget', 'costLines', 2, 'amounts'], value: [7000, 8000] },
      ],
    });
  });

  it('a block larger than the cells from where it starts changes nothing and says how large each is', () => {
    const plan = planPaste(parseTsv('1\t2\t3\n4\t5\t6\n')!, targets, amountsOf, 'sv');
    expect(plan).toEqual({ ok: false, key: 'noFit', params: { height: 2, width: 3, rows: 3, cols: 2 } });
    expect(planPaste(parseTsv('1\n2\n3\n4\n')!, targets, amountsOf, 'sv')).toMatchObject({ ok: false, key: 'noFit' });
  });

  it('one amount that cannot be read refuses the whole block, naming the cell', () => {
    const plan = planPaste(parseTsv('100\t200\n1,250\t5\n')!, targets, amountsOf, 'sv');
    expect(plan).toMatchObject({ ok: false, key: 'badAmount', params: { cell: 'Kostnadsrad 2, År 1' } });
  });

  it('a choice is read by its name in either language, or refused', () => {
    const choice: TargetCell = {
      kind: 'choice',
      path: ['budget', 'costLines', 0, 'category'],
      options: [{ value: 'travel', labels: ['Resor', 'Travel'] }, { value: 'premises', labels: ['Lokaler', 'Premises'] }],
      name: 'Kostnadsrad 1, Kostnadsslag',
    };
    const text: TargetCell = { kind: 'text', path: ['budget', 'costLines', 0, 'description'], maxLength: 10, name: 'Kostnadsrad 1, Beskrivning' };
    expect(planPaste([['Resor i länet', 'travel']], [[text, choice]], amountsOf, 'sv')).toMatchObject({ ok: false, key: 'tooLong' });
    expect(planPaste([['Resor', 'lokaler']], [[text, choice]], amountsOf, 'sv')).toEqual({
      ok: true,
      cells: 2,
      changes: [
        { path: ['budget', 'costLines', 0, 'description'], value: 'Resor' },
        { path: ['budget', 'costLines', 0, 'category'], value: 'premises' },
      ],
    });
    expect(planPaste([['Resor', 'Fika']], [[text, choice]], amountsOf, 'sv')).toMatchObject({ ok: false, key: 'badChoice', params: { value: 'Fika' } });
  });
});
