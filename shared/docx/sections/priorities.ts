import type { Wml } from '../wml';
import { findPriority } from '../../program/schema';
import { emptyNote, heading2, para, textBlock } from '../elements';
import { STYLE } from '../styles';
import type { Lang } from '../../i18n/catalog';
import type { SectionBuilder } from './types';

/** The language the call is written in; its wording is quoted in it. */
const CALL_LANGUAGE: Lang = 'sv';

/**
 * Prioriterade inriktningar: each chosen priority in the call's own words (the title, which the case officer compares
 * with the call) under its theme, then the applicants' motivation. A document in English adds the Swedish wording,
 * since the call is Swedish.
 */
export const prioritiesSection: SectionBuilder = (ctx) => {
  const { app, programme, lang, t } = ctx;
  const children: Wml[] = [];
  for (const choice of app.priorities) {
    const pr = findPriority(programme, choice.priorityId);
    const theme = pr ? programme.themes.find((th) => th.id === pr.themeId) : undefined;
    children.push(heading2(pr ? pr.title[lang] : `${t('unknownPriority')}: ${choice.priorityId}`));
    if (theme) children.push(para(`${t('theme')}: ${theme.title[lang]}`, { style: STYLE.small }));
    if (pr && lang !== CALL_LANGUAGE) children.push(para(`${t('callWording')}: ${pr.title[CALL_LANGUAGE]}`, { style: STYLE.small }));
    children.push(...textBlock(ctx, choice.motivation));
  }
  return { title: t('priorities'), children: children.length ? children : [emptyNote(ctx)] };
};
