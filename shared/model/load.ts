import type * as z from '../zod';
import { ApplicationSchema, FORMAT_ID, FORMAT_VERSION, type Application } from './schema';
import { MAX_FILE_BYTES } from './limits';
import { tooLargeMessage } from './too-large';
import { ForbiddenKeyError, parseStrictJson, stableStringify } from './json';
import { checkJsonBounds, type BoundsViolation } from './bounds';
import { fingerprintContent, idMatches, LEGACY_ID_PATTERN } from './fingerprint';
import { migrate, MIGRATIONS, type MigrationRegistry } from './migrations';
import { inBoth, textOf } from '../i18n/localized';
import type { Lang, Localized } from '../i18n/catalog';
import { describePath } from './labels';
import { loadStrings } from './load-strings';
import { formatNumber } from '../finance/money';
import { duplicateIds, type DuplicateId } from './unique-ids';
import { decidedContentProblem } from './decided';

/** One reason a file could not be read, said for a person, with where it is. */
export type LoadProblem = {
  path: (string | number)[];
  /** Where, in words: "Parter › Part 2 › Organisationsnummer". */
  where: Localized;
  /** What is wrong, a sentence. */
  message: Localized;
};

export type LoadResult =
  | { ok: true; application: Application; migratedFrom: number | null }
  | { ok: false; problems: LoadProblem[] };

/** At most this many problems are reported; a broken file does not need a thousand lines. */
const MAX_PROBLEMS = 20;

function whole(message: Localized): LoadResult {
  return { ok: false, problems: [{ path: [], where: { sv: describePath([], 'sv'), en: describePath([], 'en') }, message }] };
}

export function loadApplicationBytes(bytes: Uint8Array, registry: MigrationRegistry = MIGRATIONS): LoadResult {
  if (bytes.byteLength > MAX_FILE_BYTES) return tooLarge(bytes.byteLength);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return whole(inBoth(loadStrings, 'notUtf8'));
  }
  return loadApplicationText(text, registry);
}

function tooLarge(bytes: number): LoadResult {
  return whole(tooLargeMessage(bytes));
}

export function loadApplicationText(text: string, registry: MigrationRegistry = MIGRATIONS): LoadResult {
  // A UTF-16 code unit is at least one UTF-8 byte, so this bounds the byte size from below.
  if (text.length > MAX_FILE_BYTES) return tooLarge(text.length);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    return whole(inBoth(loadStrings, 'empty'));
  }
  const over = checkJsonBounds(text);
  if (over) return { ok: false, problems: [boundsProblem(over)] };
  let raw: unknown;
  try {
    raw = parseStrictJson(text);
  } catch (e) {
    if (e instanceof ForbiddenKeyError) {
      return whole(inBoth(loadStrings, 'forbiddenKey', { key: e.key }));
    }
    return whole(inBoth(loadStrings, 'notJson'));
  }
  return loadApplicationValue(raw, registry);
}

export function loadApplicationValue(raw: unknown, registry: MigrationRegistry = MIGRATIONS): LoadResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || (raw as Record<string, unknown>).format !== FORMAT_ID) {
    return whole(inBoth(loadStrings, 'notSim'));
  }
  const obj = raw as Record<string, unknown>;
  const version = obj.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return whole(inBoth(loadStrings, 'badVersion'));
  }
  const migrated = migrate(obj, version, registry);
  if (!migrated.ok) {
    if (migrated.reason === 'newer') {
      return whole(inBoth(loadStrings, 'newer', { version, current: FORMAT_VERSION }));
    }
    return whole(inBoth(loadStrings, 'tooOld', { version }));
  }
  const parsed = ApplicationSchema.safeParse(migrated.value);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.slice(0, MAX_PROBLEMS).map((i) => problemFromIssue(i, migrated.value)) };
  }
  // The schema refuses a repeated id in each list it knows; this walk also covers any list of items it does not.
  const repeated = duplicateIds(parsed.data, MAX_PROBLEMS);
  if (repeated.length > 0) return { ok: false, problems: repeated.map((d) => problemAt(d.path, duplicateIdMessage(d))) };
  const decided = decidedContentProblem(parsed.data);
  if (decided) return whole(decided);
  return { ok: true, application: withFullFreezeId(parsed.data), migratedFrom: version === FORMAT_VERSION ? null : version };
}

/**
 * A freeze recorded before the Dokument-ID had 128 bits holds a 48-bit ID. It is replaced by the full ID of the same
 * snapshot, but only when the old ID really is that snapshot's (its first three groups): the freeze then keeps
 * matching exactly as before. A short ID that does not fit its snapshot is left alone, so it shows as changed.
 */
function withFullFreezeId(app: Application): Application {
  const f = app.workflow.freeze;
  // Only a short ID can be a legacy one: a full ID is never hashed here (SHA-256 of a large snapshot is slow in JS).
  if (!f || !LEGACY_ID_PATTERN.test(f.documentId) || idMatches(f.snapshot, f.documentId) !== 'legacy') return app;
  return { ...app, workflow: { ...app.workflow, freeze: { ...f, documentId: fingerprintContent(f.snapshot) } } };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p as string];
  }
  return v;
}

const TYPE_WORDS = new Set(['string', 'number', 'int', 'boolean', 'array', 'object']);

/** A number as each language writes it: `1 000` in Swedish, `1,000` in English. */
const NUMBER_IN: Record<Lang, (n: number) => string> = { sv: (n) => formatNumber(n), en: (n) => n.toLocaleString('en-GB') };
const numberIn = (n: number) => (lang: Lang) => NUMBER_IN[lang](n);
const field = (key: Parameters<typeof loadStrings.t>[1], params?: (lang: Lang) => Record<string, string>) => inBoth(loadStrings, key, params);

function issueMessage(issue: z.core.$ZodIssue, root: unknown): Localized {
  switch (issue.code) {
    case 'invalid_type': {
      if (valueAt(root, issue.path) === undefined) return field('field.missing');
      const expected = issue.expected;
      return field('field.wrongType', (lang) => ({
        want: TYPE_WORDS.has(expected) ? textOf(loadStrings, lang, `type.${expected}` as 'type.string') : expected,
      }));
    }
    case 'too_big': {
      const max = numberIn(Number(issue.maximum));
      const key = issue.origin === 'string' ? 'field.tooLong' : issue.origin === 'array' ? 'field.tooManyItems' : 'field.tooLarge';
      return field(key, (lang) => ({ max: max(lang) }));
    }
    case 'too_small': {
      if (issue.origin === 'string') return field('field.empty');
      const min = numberIn(Number(issue.minimum));
      return field('field.tooSmall', (lang) => ({ min: min(lang) }));
    }
    case 'unrecognized_keys': {
      const keys = someOf(issue.keys);
      return field('field.unknownFields', (lang) => ({ keys: keys[lang] }));
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String).join(', ');
      return field('field.notAllowed', () => ({ allowed }));
    }
    case 'invalid_format':
      if (issue.format === 'date') return field('field.notDate');
      if (issue.format === 'datetime') return field('field.notDatetime');
      if (issue.format === 'uuid') return field('field.notUuid');
      return field('field.wrongFormat');
    case 'invalid_union':
      return field('field.invalidValue');
    case 'custom': {
      const p = issue.params as { duplicateId?: unknown; firstIndex?: unknown } | undefined;
      if (typeof p?.duplicateId === 'string' && typeof p.firstIndex === 'number')
        return duplicateIdMessage({ path: issue.path as (string | number)[], id: p.duplicateId.slice(0, 64), firstIndex: p.firstIndex });
      return field('field.invalid');
    }
    default:
      return field('field.invalid');
  }
}

/**
 * What a person reads about a repeated id. The file is refused rather than repaired with new ids: references to the
 * id (a goal's logic rows, a line's party) cannot tell which of the two items they meant, and a file the app wrote
 * never has one, so it was changed by hand or by another program and guessing could join what the user kept apart.
 */
export function duplicateIdMessage(d: Pick<DuplicateId, 'path' | 'id' | 'firstIndex'>): Localized {
  const first = [...d.path.slice(0, -1), d.firstIndex];
  return inBoth(loadStrings, 'duplicateId', (lang) => ({ id: d.id, first: describePath(first, lang) }));
}

/** Names that came from the file: the first few, each cut short, then how many more; never the whole list. */
function someOf(names: readonly string[], max = 5): Localized {
  const shown = names.slice(0, max).map((k) => (k.length > 40 ? `${k.slice(0, 40)}…` : k)).join(', ');
  const more = names.length - Math.min(max, names.length);
  if (more <= 0) return { sv: shown, en: shown };
  return inBoth(loadStrings, 'someMore', (lang) => ({ shown, more: numberIn(more)(lang) }));
}

/** A file past a ceiling of JSON_BOUNDS, said the way the schema's own caps are said. */
function boundsProblem(v: BoundsViolation): LoadProblem {
  const max = numberIn(v.limit);
  const what = {
    arrayItems: 'field.tooManyItems',
    stringLength: 'field.tooLong',
    objectKeys: 'field.tooManyFields',
    keyLength: 'field.keyTooLong',
    depth: 'field.tooDeep',
  } as const satisfies Record<BoundsViolation['kind'], string>;
  // The path comes from the file: keys the schema does not know are shown cut short.
  const path = v.path.map((p) => (typeof p === 'string' && p.length > 40 ? `${p.slice(0, 40)}…` : p));
  const where = { sv: describePath(path, 'sv'), en: describePath(path, 'en') };
  const msg = field(what[v.kind], (lang) => ({ max: max(lang) }));
  return { path, where, message: placed(where, msg) };
}

function problemFromIssue(issue: z.core.$ZodIssue, root: unknown): LoadProblem {
  const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
  return problemAt(path, issueMessage(issue, root));
}

function problemAt(path: (string | number)[], msg: Localized): LoadProblem {
  const where = { sv: describePath(path, 'sv'), en: describePath(path, 'en') };
  return {
    path,
    where,
    message: placed(where, msg),
  };
}

function placed(where: Localized, message: Localized): Localized {
  return inBoth(loadStrings, 'problem', (lang) => ({ where: where[lang], message: message[lang] }));
}

/** A problem list as lines for a person: the first few, then how many more. */
export function formatProblems(problems: readonly LoadProblem[], lang: Lang, max = 5): string {
  const lines = problems.slice(0, max).map((p) => p.message[lang]);
  if (problems.length > max) {
    const more = problems.length - max;
    lines.push(loadStrings.t(lang, 'moreProblems', { more }));
  }
  return lines.join('\n');
}

/** The file text for an application: stable key order, 2-space indent, trailing newline. */
export function serializeApplication(app: Application): string {
  return stableStringify(app);
}
