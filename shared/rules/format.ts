import { describePath, FIELD_LABELS, type Lang } from '../model/labels';
import { formatKronor, formatNumber } from '../finance/money';
import { RULE_MESSAGES } from './messages';
import type { Issue } from './types';

/** Parameters that name a party fall back to "Part 2" while the organisation name is still empty. */
const PARTY_PARAMS = new Set(['party', 'owner']);

function paramText(issue: Issue, key: string, lang: Lang): string | null {
  const value = issue.params[key];
  if (value === undefined) return null;
  if (PARTY_PARAMS.has(key) && value === '') {
    return `${FIELD_LABELS['parties.*']![lang]} ${issue.params[`${key}No`] ?? ''}`.trim();
  }
  if (typeof value === 'number') return key.endsWith('Kr') ? formatKronor(value) : formatNumber(value, 1);
  return value;
}

/**
 * One sentence for a person: the catalog message with `{field}` naming where the issue is and its
 * parameters in Swedish number format.
 */
export function formatIssue(issue: Issue, lang: Lang): string {
  const template = RULE_MESSAGES[issue.message]?.[lang];
  const name = issue.params.itemName;
  const field = describePath(issue.path, lang, typeof name === 'string' ? name : undefined);
  if (!template) return `${field}: ${issue.message}`;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    if (key === 'field') return field;
    return paramText(issue, key, lang) ?? whole;
  });
}
