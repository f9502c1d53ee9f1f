import type { KeyOf, Localized } from '../i18n/catalog';
import { localizedTable } from '../i18n/localized';
import { ruleStrings } from './strings';

/** What a rule may say: a key of the rules' catalog (strings.ts), so a misspelt message fails tsc. */
export type RuleMessageKey = KeyOf<typeof ruleStrings.sv>;

/** The catalog as `{ sv, en }` pairs, typed loosely so callers can look up any key an Issue carries. */
export const RULE_MESSAGES: Record<string, Localized> = localizedTable(ruleStrings);
