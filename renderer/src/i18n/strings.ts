import { defineCatalog } from '../../../shared/i18n/catalog';
import { en } from './en';
import { sv } from './sv';

/** The shell's and the shared components' own words (sv.ts, en.ts); each step keeps its catalog beside it. */
export const ui = defineCatalog(sv, en);
