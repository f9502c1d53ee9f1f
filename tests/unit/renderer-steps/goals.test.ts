import { describe, expect, it } from 'vitest';
import {
  emptyLogicRow,
  emptyProjectGoal,
  goalsTracingTo,
  indicatorOptions,
  linkedRowIds,
  rowFilled,
  rowTitle,
  rowTitles,
  excerpt,
  toggleLink,
  emptyLogicIndicator,
} from '../../../renderer/src/steps/goals/model';
import { DEFAULT_PROGRAMME } from '../../../shared/program';
import { LogicRowSchema, ProjectGoalSchema, type Goals, type LogicRow } from '../../../shared/model/schema';

function goals(): Goals {
  const a = { ...emptyLogicRow(), need: 'Hög problematisk skolfrånvaro i årskurs 7–9', indicators: [{ ...emptyLogicIndicator(), text: 'Problematisk skolfrånvaro' }] };
  const b = { ...emptyLogicRow(), activities: 'Föräldragrupper', indicators: [{ ...emptyLogicIndicator(), text: 'Andel föräldrar som fullföljer' }] };
  return {
    purpose: '',
    overallGoal: '',
    overallIndicators: [],
    logicModel: [a, b],
    projectGoals: [
      { ...emptyProjectGoal(), text: 'Ökad närvaro', logicRowIds: [a.id] },
      { ...emptyProjectGoal(), text: 'Fler föräldrar deltar', logicRowIds: [a.id, b.id] },
    ],
  };
}

describe('logic model', () => {
  it('creates rows and goals the file schema accepts', () => {
    expect(LogicRowSchema.safeParse(emptyLogicRow()).success).toBe(true);
    expect(ProjectGoalSchema.safeParse(emptyProjectGoal()).success).toBe(true);
  });

  it('names a row by its number and what it is about', () => {
    const g = goals();
    expect(rowTitle(g.logicModel[0]!, 0, 'sv')).toBe('Rad 1: Hög problematisk skolfrånvaro i årskurs 7–9');
    expect(rowTitle(g.logicModel[1]!, 1, 'en')).toBe('Row 2: Föräldragrupper');
    expect(rowTitle(emptyLogicRow(), 4, 'sv')).toBe('Rad 5');
    expect(rowTitle({ ...emptyLogicRow(), need: 'x'.repeat(300) }, 0, 'sv').length).toBeLessThan(110);
  });

  it('counts filled fields of a chain', () => {
    expect(rowFilled(goals().logicModel[0]!)).toEqual({ filled: 2, of: 9 });
  });

  it('suggests the programme indicators first, then those typed elsewhere, without repeats', () => {
    const g = goals();
    const sv = indicatorOptions(DEFAULT_PROGRAMME, g.logicModel.map((r) => r.indicators[0]!.text), 'sv');
    expect(sv.slice(0, DEFAULT_PROGRAMME.indicators.length)).toEqual(DEFAULT_PROGRAMME.indicators.map((i) => i.sv));
    expect(sv.filter((s) => s === 'Problematisk skolfrånvaro')).toHaveLength(1);
    expect(sv.at(-1)).toBe('Andel föräldrar som fullföljer');
    expect(indicatorOptions(DEFAULT_PROGRAMME, [], 'en')[0]).toBe(DEFAULT_PROGRAMME.indicators[0]!.en);
  });
});

describe('goals traced to rows', () => {
  it('links and unlinks a row, and shows the links from the row side', () => {
    const g = goals();
    const [a, b] = g.logicModel as [LogicRow, LogicRow];
    const links = toggleLink(g.projectGoals[0]!, b.id, true, g.logicModel);
    expect(links).toEqual([a.id, b.id]);
    expect(toggleLink({ ...g.projectGoals[0]!, logicRowIds: links }, a.id, false, g.logicModel)).toEqual([b.id]);
    expect(goalsTracingTo(g.projectGoals, a.id)).toEqual([1, 2]);
    expect(goalsTracingTo(g.projectGoals, b.id)).toEqual([2]);
  });

  it('hides the link to a removed row and shows it again when the row is put back', () => {
    const g = goals();
    const [a, b] = g.logicModel as [LogicRow, LogicRow];
    const goal = g.projectGoals[1]!;
    expect(linkedRowIds(goal, [b])).toEqual([b.id]);
    expect(linkedRowIds(goal, [a, b])).toEqual([a.id, b.id]);
  });

  it("drops links to rows that are gone the next time the goal's links change", () => {
    const g = goals();
    const [a, b] = g.logicModel as [LogicRow, LogicRow];
    expect(toggleLink(g.projectGoals[0]!, b.id, true, [b])).toEqual([b.id]);
    expect(g.projectGoals[0]!.logicRowIds).toEqual([a.id]);
  });
});

describe('row titles on a long model', () => {
  it('look only at the head of a 20 000-character text and are computed once per version of the model', () => {
    const long = `${'Barn och unga i behov av stöd '.repeat(700)}`;
    const rows = [{ ...emptyLogicRow(), need: long }];
    const [title] = rowTitles(rows, 'sv');
    expect(title!.startsWith('Rad 1: Barn och unga i behov av stöd')).toBe(true);
    expect(title!.endsWith('…')).toBe(true);
    expect(title!.length).toBeLessThanOrEqual(108);
    expect(rowTitles(rows, 'sv')).toBe(rowTitles(rows, 'sv'));
    expect(rowTitles(rows, 'en')[0]!.startsWith('Row 1: ')).toBe(true);
    expect(excerpt('  kort   text ', 70)).toBe('kort text');
  });
});
