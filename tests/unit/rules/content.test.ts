import { describe, expect, it } from 'vitest';
import { expectRule, sv } from './helpers';

describe('priorities', () => {
  it('requires at least one', () => {
    expectRule('priorities.none', (a) => (a.priorities = []), { path: ['priorities'] });
  });
  it("accepts only the programme's priorities", () => {
    expectRule('priorities.unknown', (a) => (a.priorities[1]!.priorityId = 'xx-9'), { path: ['priorities', 1, 'priorityId'] });
  });
  it('requires a motivation for each', () => {
    const [issue] = expectRule('required', (a) => (a.priorities[0]!.motivation = '  \n'), { path: ['priorities', 0, 'motivation'] });
    expect(sv(issue!)).toBe('Inriktning › Prioritering 1 › Motivering måste fyllas i.');
  });
  it('warns when a priority is chosen twice', () => {
    expectRule('priorities.duplicate', (a) => (a.priorities[1]!.priorityId = 'ph-1'), { severity: 'warning' });
  });
});

describe('target group', () => {
  it("keeps ages inside the programme's range", () => {
    const [issue] = expectRule('targetGroup.ageOutside', (a) => (a.targetGroup.ageMax = 17), { path: ['targetGroup', 'ageMax'] });
    expect(sv(issue!)).toBe('Målgrupp › Högsta ålder (17 år) ligger utanför programmets målgrupp, 0–15 år.');
  });
  it('requires both ages, in order', () => {
    expectRule('required', (a) => (a.targetGroup.ageMin = null), { path: ['targetGroup', 'ageMin'] });
    expectRule('targetGroup.ageOrder', (a) => (a.targetGroup.ageMin = 14));
  });
  it('requires a number of children reached', () => {
    expectRule('targetGroup.childrenReached', (a) => (a.targetGroup.childrenReached = null), { path: ['targetGroup', 'childrenReached'] });
    expectRule('targetGroup.childrenReached', (a) => (a.targetGroup.childrenReached = 0));
  });
});

describe('child rights', () => {
  it.each([2, 3, 6, 12])('requires article %i to be addressed', (article) => {
    expectRule('childRights.articleMissing', (a) => {
      a.childRights.articles.find((x) => x.article === article)!.how = '';
    });
    const [issue] = expectRule('childRights.articleMissing', (a) => {
      a.childRights.articles = a.childRights.articles.filter((x) => x.article !== article);
    }, { path: ['childRights', 'articles'] });
    expect(sv(issue!)).toBe(`Beskriv hur artikel ${article} i barnkonventionen beaktas. Programmet kräver det.`);
  });
  it("requires the children's views to be described", () => {
    expectRule('childRights.viewsMissing', (a) => {
      a.childRights.viewsBefore = '';
      a.childRights.viewsDuring = '';
      a.childRights.viewsAfter = '';
    }, { path: ['childRights', 'viewsBefore'] });
  });
  it('warns about a missing phase when others are described', () => {
    expectRule('childRights.viewsPhase', (a) => (a.childRights.viewsAfter = ''), { severity: 'warning', path: ['childRights', 'viewsAfter'] });
  });
  it('warns about an article listed twice', () => {
    expectRule('childRights.duplicateArticle', (a) => a.childRights.articles.push({ article: 24, how: 'igen' }), { severity: 'warning' });
  });
});
