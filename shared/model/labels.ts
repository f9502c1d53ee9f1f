import type { Lang, Localized } from '../i18n/catalog';
import { localizedTable } from '../i18n/localized';
import { budgetFieldStrings } from './budget-field-strings';
import { costCategoryStrings, fieldStrings, pathStrings, stepStrings } from './label-strings';
import { planFieldStrings } from './plan-field-strings';
import type { CostCategory } from './schema';
import { stepForPath, type StepId } from './steps';
import { lifecycleFieldLabel, proposedPath } from './lifecycle-labels';

/** Lang and Localized are defined in shared/i18n/catalog.ts; re-exported for the many callers that import them here. */
export type { Lang, Localized };

/*
 * The labels are catalogs in label-strings.ts. These tables are the same texts as `{ sv, en }` pairs for the
 * renderer and the CLI, which index them by key and language.
 */

export const STEP_LABELS: Record<StepId, Localized> = localizedTable(stepStrings);

export const COST_CATEGORY_LABELS: Record<CostCategory, Localized> = localizedTable(costCategoryStrings);

export const FIELD_LABELS: Record<string, Localized> = {
  ...localizedTable(fieldStrings),
  ...localizedTable(planFieldStrings),
  ...localizedTable(budgetFieldStrings),
};

/** The catalog key for a concrete path: numeric segments become `*`. */
export function pathPattern(path: readonly (string | number)[]): string {
  return path.map((p) => (typeof p === 'number' || /^\d+$/.test(String(p)) ? '*' : String(p))).join('.');
}

export function fieldLabel(path: readonly (string | number)[], lang: Lang): string | null {
  const proposed = proposedPath(path);
  if (proposed) return fieldLabel(proposed, lang);
  return FIELD_LABELS[pathPattern(path)]?.[lang] ?? lifecycleFieldLabel(path, lang);
}

/**
 * Describes where a path points in words a person recognises:
 * `["parties", 1, "orgNumber"]` → "Parter › Part 2 › Organisationsnummer".
 */
/**
 * Where a field is, for a person: "Parter › Närhälsan Skövde › Undertecknarens namn". `itemName` names the item of
 * the path's first list (a party by its organisation) in place of its number ("Part 2"), which means nothing to
 * whoever reads the message in the other organisation.
 */
export function describePath(path: readonly (string | number)[], lang: Lang, itemName?: string): string {
  if (path.length === 0) return pathStrings.t(lang, 'wholeFile');
  const step = stepForPath(path);
  const parts: string[] = [];
  if (step) parts.push(STEP_LABELS[step][lang]);
  for (let i = 1; i <= path.length; i++) {
    const seg = path[i - 1];
    if (i === 1 && step) continue;
    const label = fieldLabel(path.slice(0, i), lang);
    if (typeof seg === 'number') {
      const firstList = !path.slice(0, i - 1).some((x) => typeof x === 'number');
      if (firstList && itemName) parts.push(itemName);
      else parts.push(`${label ?? pathStrings.t(lang, 'item')} ${seg + 1}`);
    } else if (label && !(i < path.length && typeof path[i] === 'number')) {
      parts.push(label);
    } else if (!label) {
      parts.push(String(seg));
    }
  }
  return parts.join(' › ');
}
