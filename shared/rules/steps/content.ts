import { isBlank } from '../checks';
import type { RuleContext } from '../context';

export function prioritiesRules(ctx: RuleContext): void {
  const { priorities } = ctx.app;
  if (priorities.length === 0) {
    ctx.error('priorities.none', ['priorities']);
    return;
  }
  const seen = new Set<string>();
  priorities.forEach((choice, i) => {
    const base = ['priorities', i] as const;
    if (choice.priorityId === '') ctx.error('required', [...base, 'priorityId'], {}, choice.id);
    else if (!ctx.programmeIndex.priorityIds.has(choice.priorityId))
      ctx.error('priorities.unknown', [...base, 'priorityId'], { value: choice.priorityId }, choice.id);
    else if (seen.has(choice.priorityId)) ctx.warn('priorities.duplicate', [...base, 'priorityId'], {}, choice.id);
    seen.add(choice.priorityId);
    ctx.requireText(choice.motivation, [...base, 'motivation'], choice.id);
  });
}

export function targetGroupRules(ctx: RuleContext): void {
  const { ageMin, ageMax, childrenReached } = ctx.app.targetGroup;
  const { min, max } = ctx.programme.ageRange;
  for (const [key, value] of [['ageMin', ageMin], ['ageMax', ageMax]] as const) {
    if (value === null) ctx.error('required', ['targetGroup', key]);
    else if (value < min || value > max) ctx.error('targetGroup.ageOutside', ['targetGroup', key], { value, min, max });
  }
  if (ageMin !== null && ageMax !== null && ageMin > ageMax)
    ctx.error('targetGroup.ageOrder', ['targetGroup', 'ageMax'], { min: ageMin, max: ageMax });
  if (childrenReached === null || childrenReached === 0) ctx.error('targetGroup.childrenReached', ['targetGroup', 'childrenReached']);
}

export function childRightsRules(ctx: RuleContext): void {
  const cr = ctx.app.childRights;
  const byArticle = new Map<number, number>();
  cr.articles.forEach((a, i) => {
    if (byArticle.has(a.article)) ctx.warn('childRights.duplicateArticle', ['childRights', 'articles', i, 'article'], { article: a.article }, String(i));
    else byArticle.set(a.article, i);
  });
  for (const article of ctx.programme.mandatoryArticles) {
    const i = byArticle.get(article);
    const path = i === undefined ? ['childRights', 'articles'] as const : ['childRights', 'articles', i, 'how'] as const;
    if (i === undefined || isBlank(cr.articles[i]!.how)) ctx.error('childRights.articleMissing', path, { article }, String(article));
  }
  const phases = ['viewsBefore', 'viewsDuring', 'viewsAfter'] as const;
  const missing = phases.filter((k) => isBlank(cr[k]));
  if (missing.length === phases.length) ctx.error('childRights.viewsMissing', ['childRights', 'viewsBefore']);
  else for (const k of missing) ctx.warn('childRights.viewsPhase', ['childRights', k]);
}
