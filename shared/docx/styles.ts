import { LineRuleType, type IStylesOptions } from 'docx';
import type { Lang } from '../i18n/catalog';
import { COLOR, FONT, SIZE } from './layout';

/** Style ids used by the builders. Heading1–3 keep Word's built-in ids so Word and LibreOffice treat them as headings. */
export const STYLE = {
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  title: 'Title',
  subtitle: 'Subtitle',
  body: 'BodyText',
  tableHead: 'TableHead',
  tableSmall: 'TableSmall',
  small: 'SmallText',
  empty: 'EmptyField',
} as const;

/** The BCP 47 tag Word and LibreOffice spell-check and hyphenate each language by. */
const LANGUAGE_TAGS: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' };

export function languageTag(lang: Lang): string {
  return LANGUAGE_TAGS[lang];
}

/**
 * Normal is the compact table text, and prose has Word's own "Body Text" style: a long budget has thousands of cell
 * paragraphs and few prose ones, so the cells go without a style reference and the export stays fast.
 *
 * Real paragraph styles with outline levels: the navigation pane, a table of contents and a PDF's bookmarks are built
 * from them in Word and in LibreOffice. The language is set in the document defaults and on every style, so spelling
 * and hyphenation are Swedish (or English) wherever the text goes; right-to-left text that users paste in keeps a
 * sensible language for its script.
 *
 * Line spacing always says lineRule="auto" (a multiple of single spacing). Without it LibreOffice reads w:line as an
 * exact height, so a line of larger type (the cover's title, the UTKAST banner) is printed over the line before it.
 */
export function documentStyles(lang: Lang): IStylesOptions {
  const language = { value: languageTag(lang), eastAsia: 'zh-CN', bidirectional: 'ar-SA' };
  const heading = (size: number, outlineLevel: number, before: number, after: number) => ({
    basedOn: 'Normal',
    next: STYLE.body,
    quickFormat: true,
    run: { font: FONT, size, bold: true, color: COLOR.heading, language },
    paragraph: { outlineLevel, keepNext: true, keepLines: true, spacing: { before, after } },
  });
  return {
    default: {
      document: {
        run: { font: FONT, size: SIZE.table, language },
        paragraph: { spacing: { before: 20, after: 20, line: 240, lineRule: LineRuleType.AUTO } },
      },
    },
    paragraphStyles: [
      {
        id: 'Normal',
        name: 'Normal',
        quickFormat: true,
        run: { font: FONT, size: SIZE.table, language },
        paragraph: { spacing: { before: 20, after: 20, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE.body,
        name: 'Body Text',
        basedOn: 'Normal',
        next: STYLE.body,
        quickFormat: true,
        run: { font: FONT, size: SIZE.body, language },
        paragraph: { spacing: { before: 0, after: 120, line: 264, lineRule: LineRuleType.AUTO } },
      },
      { id: STYLE.heading1, name: 'heading 1', uiPriority: 9, ...heading(SIZE.h1, 0, 360, 160) },
      { id: STYLE.heading2, name: 'heading 2', uiPriority: 9, ...heading(SIZE.h2, 1, 240, 100) },
      { id: STYLE.heading3, name: 'heading 3', uiPriority: 9, ...heading(SIZE.h3, 2, 180, 60) },
      {
        id: STYLE.title,
        name: 'Title',
        basedOn: STYLE.body,
        next: STYLE.body,
        quickFormat: true,
        run: { font: FONT, size: SIZE.title, bold: true, color: COLOR.heading, language },
        paragraph: { spacing: { before: 0, after: 240 } },
      },
      {
        id: STYLE.subtitle,
        name: 'Subtitle',
        basedOn: STYLE.body,
        next: STYLE.body,
        quickFormat: true,
        run: { font: FONT, size: SIZE.subtitle, color: COLOR.heading, language },
        paragraph: { spacing: { before: 0, after: 360 } },
      },
      {
        id: STYLE.tableHead,
        name: 'Table Heading',
        basedOn: 'Normal',
        quickFormat: true,
        run: { font: FONT, size: SIZE.table, bold: true, language },
        paragraph: { keepNext: true },
      },
      {
        id: STYLE.tableSmall,
        name: 'Table Text Small',
        basedOn: 'Normal',
        run: { font: FONT, size: SIZE.small, language },
      },
      {
        id: STYLE.small,
        name: 'Small Text',
        basedOn: STYLE.body,
        run: { font: FONT, size: SIZE.small, color: COLOR.muted, language },
        paragraph: { spacing: { after: 60 } },
      },
      {
        id: STYLE.empty,
        name: 'Empty Field',
        basedOn: STYLE.body,
        run: { font: FONT, italics: true, color: COLOR.muted, language },
      },
      {
        id: 'TOC1',
        name: 'toc 1',
        basedOn: STYLE.body,
        next: STYLE.body,
        uiPriority: 39,
        run: { font: FONT, size: SIZE.body, language },
        paragraph: { spacing: { before: 60, after: 60 } },
      },
    ],
  };
}
