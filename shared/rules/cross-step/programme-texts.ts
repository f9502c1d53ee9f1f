import { isBlank } from '../checks';
import { isFieldPathIn, parseDottedPath, valueAt } from '../../model/paths';
import type { RuleContext } from '../context';

/** A warning once a limited text passes this share of its limit, so people can trim before they must. */
export const NEAR_LIMIT_SHARE = 0.9;

/** The programme's required texts and its character limits, read from the programme definition. */
export function textRules(ctx: RuleContext): void {
  for (const dotted of ctx.programme.requiredTexts) {
    const path = parseDottedPath(dotted);
    if (!isFieldPathIn(ctx.app, path)) continue;
    const value = valueAt(ctx.app, path);
    if (typeof value === 'string' && isBlank(value)) ctx.error('required', path);
  }
  for (const [dotted, limit] of Object.entries(ctx.programme.textLimits)) {
    const path = parseDottedPath(dotted);
    const value = valueAt(ctx.app, path);
    if (typeof value !== 'string' || !isFieldPathIn(ctx.app, path)) continue;
    const length = value.length;
    if (length > limit) ctx.error('textTooLong', path, { length, limit });
    else if (length >= limit * NEAR_LIMIT_SHARE) ctx.warn('textNearLimit', path, { length, limit });
  }
}
