import type { Wml } from '../wml';
import type { DocxContext } from '../context';
import type { Orientation } from '../layout';

/**
 * One numbered section of the application body. The assembler writes its level-1 heading ("3. Behovsanalys") so
 * numbering follows whichever sections are present; the builder returns the content under it, or null when the
 * section is left out (e.g. a part the programme does not ask for, or one not filled in).
 */
export type SectionBuilder = (ctx: DocxContext) => { title: string; children: Wml[]; newPage?: boolean } | null;

/** An appendix on pages of its own: "Bilaga N <title>", numbered in order of the appendices present. */
export type AppendixBuilder = (ctx: DocxContext) => { title: string; orientation: Orientation; children: Wml[] } | null;
