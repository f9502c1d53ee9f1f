import type { Wml } from '../wml';
import { BEST_INTERESTS_KEYS } from '../../model/schema';
import { dataTable, emptyNote, fieldBlock, heading2, heading3 } from '../elements';
import type { SectionBuilder } from './types';

/** Barnrättsperspektiv: the articles considered, children's views before/during/after, the best-interests assessment. */
export const childRightsSection: SectionBuilder = (ctx) => {
  const { app, programme, lang, t, label } = ctx;
  const cr = app.childRights;
  const articleTitle = (n: number) => programme.articles.find((a) => a.number === n)?.title[lang];
  const articles = [...cr.articles].sort((a, b) => a.article - b.article);
  const children: Wml[] = [heading3(label('childRights.articles'))];
  if (articles.length) {
    children.push(
      dataTable({
        columns: [
          { header: t('article'), weight: 30 },
          { header: label('childRights.articles.*.how'), weight: 70 },
        ],
        rows: articles.map((a) => {
          const title = articleTitle(a.article);
          return [
            { text: `${t('articleShort')} ${a.article}${title ? `\n${title}` : ''}`, bold: false },
            { text: a.how.trim() ? a.how : t('notFilled'), italic: !a.how.trim(), multiline: true },
          ];
        }),
      }),
    );
  } else children.push(emptyNote(ctx));
  children.push(
    ...fieldBlock(ctx, 'childRights.viewsBefore', cr.viewsBefore),
    ...fieldBlock(ctx, 'childRights.viewsDuring', cr.viewsDuring),
    ...fieldBlock(ctx, 'childRights.viewsAfter', cr.viewsAfter),
    heading2(label('childRights.bestInterests')),
    ...BEST_INTERESTS_KEYS.flatMap((f) => fieldBlock(ctx, `childRights.bestInterests.${f}`, cr.bestInterests[f])),
    ...fieldBlock(ctx, 'childRights.feedback', cr.feedback),
  );
  return { title: t('childRights'), children };
};
