import { isBlank } from '../checks';
import type { Path, RuleContext } from '../context';

/** A warning once a limited text passes this share of its limit, so people can trim before they must. */
export const NEAR_LIMIT_SHARE = 0.9;

function at(root: unknown, path: Path): unknown {
  let v = root;
  for (const seg of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, seg)) return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

const toPath = (dotted: string): Path => dotted.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));

/** The programme's required texts and its character limits, read from the programme definition. */
export function textRules(ctx: RuleContext): void {
  for (const dotted of ctx.programme.requiredTexts) {
    const path = toPath(dotted);
    const value = at(ctx.app, path);
    if (typeof value === 'string' && isBlank(value)) ctx.error('required', path);
  }
  for (const [dotted, limit] of Object.entries(ctx.programme.textLimits)) {
    const path = toPath(dotted);
    const value = at(ctx.app, path);
    if (typeof value !== 'string') continue;
    const length = value.length;
    if (length > limit) ctx.error('textTooLong', path, { length, limit });
    else if (length >= limit * NEAR_LIMIT_SHARE) ctx.warn('textNearLimit', path, { length, limit });
  }
}
