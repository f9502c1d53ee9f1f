export { buildDocx, exportDocx, BODY_SECTIONS, APPENDICES, type ExportOptions } from './document';
export type { Deflater } from './zip';
export { sanitize, textPieces, textParagraphs } from './sanitize';
export type { SectionBuilder, AppendixBuilder } from './sections/types';
export type { DocxContext } from './context';
export { WORD_EDITS_NOT_READ, LEGACY_ID_NOTICE, EMBED_NS } from './embed';
export { readEmbeddedApplication, type EmbeddedRead } from './embed-read';
export { openApplicationBytes, type OpenedBytes } from './open';
