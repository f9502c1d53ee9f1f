export { buildDocx, exportDocx, BODY_SECTIONS, APPENDICES, type ExportOptions } from './document';
export type { Deflater } from './zip';
export { sanitize, textPieces, textParagraphs } from './sanitize';
export type { SectionBuilder, AppendixBuilder } from './sections/types';
export type { DocxContext } from './context';
export { readEmbeddedApplication, WORD_EDITS_NOT_READ, EMBED_NS, type EmbeddedRead } from './embed';
export { openApplicationBytes, type OpenedBytes } from './open';
