import { JSON_BOUNDS } from './limits';

/**
 * One linear pass over JSON text that stops at the first list, text, object or nesting past JSON_BOUNDS: a hostile
 * file is refused for the cost of reading it once, before JSON.parse builds it or the schema walks it. It does not
 * check that the text is valid JSON (JSON.parse does, next); on text that is not, it simply stops or lets it through.
 */
export type BoundsViolation = {
  kind: 'arrayItems' | 'stringLength' | 'objectKeys' | 'keyLength' | 'depth';
  /** Where: the keys and indexes down to the offending value (a list's own path for too many items). */
  path: (string | number)[];
  limit: number;
};

const OBJECT = 0;
const ARRAY = 1;

export function checkJsonBounds(text: string, bounds: typeof JSON_BOUNDS = JSON_BOUNDS): BoundsViolation | null {
  const kinds: number[] = [];
  const counts: number[] = [];
  const keys: (string | number)[] = [];
  let expectKey = false;
  const path = (upTo = kinds.length) => keys.slice(0, upTo);
  const n = text.length;
  /** The next backslash at or after where the scan is, -1 when there is none left; found lazily, once each. */
  let backslash = text.indexOf('\\');

  /** A value begins: in a list it is the next item, which may be one too many. */
  const valueStart = (): BoundsViolation | null => {
    const top = kinds.length - 1;
    if (top < 0 || kinds[top] !== ARRAY) return null;
    const index = counts[top]!++;
    if (index >= bounds.arrayItems) return { kind: 'arrayItems', path: path(top), limit: bounds.arrayItems };
    keys[top] = index;
    return null;
  };

  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const isKey = expectKey && kinds[kinds.length - 1] === OBJECT;
      const max = isKey ? bounds.keyLength : bounds.stringLength;
      if (!isKey) {
        const v = valueStart();
        if (v) return v;
      }
      // Length as the schema counts it: an escape (\n, \u00e5) is one code unit however it is spelled. Whole runs
      // without escapes are skipped with indexOf; the next backslash is remembered, so no part is searched twice.
      let length = 0;
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) return null;
        if (backslash !== -1 && backslash < j) backslash = text.indexOf('\\', j);
        if (backslash === -1 || backslash > q) {
          length += q - j;
          j = q;
          break;
        }
        length += backslash - j + 1;
        j = backslash + (text.charCodeAt(backslash + 1) === 0x75 ? 6 : 2);
      }
      if (length > max) return { kind: isKey ? 'keyLength' : 'stringLength', path: path(), limit: max };
      if (isKey) {
        const top = kinds.length - 1;
        if (++counts[top]! > bounds.objectKeys) return { kind: 'objectKeys', path: path(top), limit: bounds.objectKeys };
        keys[top] = text.slice(i + 1, j);
        expectKey = false;
      }
      i = j;
    } else if (c === 0x7b || c === 0x5b) {
      const v = valueStart();
      if (v) return v;
      if (kinds.length >= bounds.depth) return { kind: 'depth', path: path(), limit: bounds.depth };
      kinds.push(c === 0x7b ? OBJECT : ARRAY);
      counts.push(0);
      keys.push(c === 0x7b ? '' : 0);
      expectKey = c === 0x7b;
    } else if (c === 0x7d || c === 0x5d) {
      kinds.pop();
      counts.pop();
      keys.pop();
      expectKey = false;
    } else if (c === 0x2c) {
      expectKey = kinds[kinds.length - 1] === OBJECT;
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39) || c === 0x74 || c === 0x66 || c === 0x6e) {
      // A number, true, false or null: one value, whatever its length.
      const v = valueStart();
      if (v) return v;
      while (i + 1 < n) {
        const d = text.charCodeAt(i + 1);
        if (d === 0x2c || d === 0x5d || d === 0x7d || d === 0x20 || d === 0x0a || d === 0x0d || d === 0x09) break;
        i++;
      }
    }
  }
  return null;
}
