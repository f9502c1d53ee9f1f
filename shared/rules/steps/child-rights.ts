import { isBlank } from '../checks';
import type { RuleContext } from '../context';

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
