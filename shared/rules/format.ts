import type { Lang } from '../i18n/catalog';
import { describePath } from '../model/labels';
import { fieldStrings } from '../model/label-strings';
import { formatKronor, formatNumber } from '../finance/money';
import { textOf } from '../i18n/localized';
import { ruleStrings } from './strings';
import type { Issue } from './types';

/** Parameters that name a party fall back to "Part 2" while the organisation name is still empty. */
const PARTY_PARAMS = new Set(['party', 'owner']);

function paramText(issue: Issue, key: string, lang: Lang): string | null {
  const value = issue.params[key];
  if (value === undefined) return null;
  if (PARTY_PARAMS.has(key) && value === '') {
    return `${fieldStrings.t(lang, 'parties.*')} ${issue.params[`${key}No`] ?? ''}`.trim();
  }
  if (typeof value === 'number') return key.endsWith('Kr') ? formatKronor(value) : formatNumber(value, 1);
  return value;
}

/**
 * One sentence for a person: the catalog message with `{field}` naming where the issue is and its
 * parameters in Swedish number format.
 */
export function formatIssue(issue: Issue, lang: Lang): string {
  const name = issue.params.itemName;
  const field = describePath(issue.path, lang, typeof name === 'string' ? name : undefined);
  if (!ruleStrings.has(issue.message)) return `${field}: ${issue.message}`;
  const params: Record<string, string> = {};
  for (const key of Object.keys(issue.params)) {
    const text = paramText(issue, key, lang);
    if (text !== null) params[key] = text;
  }
  params.field = field;
  return textOf(ruleStrings, lang, issue.message, params);
}
