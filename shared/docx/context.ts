import type { Application, Party } from '../model/schema';
import type { Lang } from '../i18n/catalog';
import { FIELD_LABELS } from '../model/labels';
import type { Programme } from '../program/schema';
import { budgetTotals, projectYears, type BudgetTotals, type ProjectYear } from '../finance';
import { docText, type DocStringKey } from './strings';
import { sanitize } from './sanitize';
import { distinctPartyNames } from '../model/party-names';

/** Everything a section builder needs, worked out once per export. */
export type DocxContext = {
  app: Application;
  programme: Programme;
  lang: Lang;
  draft: boolean;
  now: Date;
  /** The Dokument-ID printed in the footer and on the signature page. */
  documentId: string;
  /** Budget figures, from the one function the wizard and the rules use too. */
  totals: BudgetTotals;
  /** Project years from the project period (may be fewer than `totals.years` if amounts run past the end date). */
  years: ProjectYear[];
  /** The document's own words. */
  t: (key: DocStringKey, params?: Record<string, string>) => string;
  /** A field's name from the shared label catalog (`parties.*.orgNumber`). */
  label: (pattern: string) => string;
  partyById: (id: string) => Party | undefined;
  /** A party's name as printed: organisation (and unit if another party shares it), or a placeholder saying it is missing. */
  partyName: (id: string) => string;
};

export function createContext(
  app: Application,
  programme: Programme,
  opts: { draft: boolean; now: Date; documentId: string },
): DocxContext {
  const lang = app.language;
  const t = (key: DocStringKey, params?: Record<string, string>) => docText(lang, key, params);
  const byId = new Map(app.parties.map((p) => [p.id, p]));
  const names = distinctPartyNames(app.parties, sanitize);
  return {
    app,
    programme,
    lang,
    draft: opts.draft,
    now: opts.now,
    documentId: opts.documentId,
    totals: budgetTotals(app),
    years: projectYears(app.project.startDate, app.project.endDate),
    t,
    label: (pattern) => {
      const l = FIELD_LABELS[pattern];
      if (!l) throw new Error(`No label for ${pattern}`);
      return l[lang];
    },
    partyById: (id) => byId.get(id),
    partyName: (id) => {
      const p = byId.get(id);
      if (!p) return t('noParty');
      return names.get(id) || t('unnamedParty');
    },
  };
}

/** Organisation name as printed; empty when the user has not filled it in yet. */
export function organisationName(p: Party): string {
  return sanitize(p.organisation).trim();
}

export { swedishDate as documentDate } from '../model/dates';
