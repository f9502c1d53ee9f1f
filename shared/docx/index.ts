export { buildDocx, buildDocument, exportDocx, BODY_SECTIONS, APPENDICES } from './document';
export { sanitize, textPieces, textParagraphs } from './sanitize';
export type { SectionBuilder, AppendixBuilder } from './sections/types';
export type { DocxContext } from './context';
