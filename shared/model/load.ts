import type * as z from '../zod';
import { ApplicationSchema, FORMAT_ID, FORMAT_VERSION, type Application } from './schema';
import { MAX_FILE_BYTES } from './limits';
import { tooLargeMessage } from './too-large';
import { ForbiddenKeyError, parseStrictJson, stableStringify } from './json';
import { checkJsonBounds, type BoundsViolation } from './bounds';
import { fingerprintContent, idMatches } from './fingerprint';
import { migrate, MIGRATIONS, type MigrationRegistry } from './migrations';
import { describePath, type Lang, type Localized } from './labels';
import { formatNumber } from '../finance/money';
import { duplicateIdMessage, duplicateIds } from './unique-ids';
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
    return whole({
      sv: 'Filen är inte en textfil i UTF-8 och kan inte vara en SIM-ansökan.',
      en: 'The file is not UTF-8 text and cannot be a SIM application.',
    });
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
    return whole({ sv: 'Filen är tom.', en: 'The file is empty.' });
  }
  const over = checkJsonBounds(text);
  if (over) return { ok: false, problems: [boundsProblem(over)] };
  let raw: unknown;
  try {
    raw = parseStrictJson(text);
  } catch (e) {
    if (e instanceof ForbiddenKeyError) {
      return whole({
        sv: `Filen innehåller det otillåtna fältnamnet "${e.key}" och öppnas inte av säkerhetsskäl.`,
        en: `The file contains the forbidden key "${e.key}" and is not opened, for safety.`,
      });
    }
    return whole({
      sv: 'Filen är skadad eller ofullständig: den är inte giltig JSON. Öppna säkerhetskopian (.bak) om det finns en.',
      en: 'The file is damaged or incomplete: it is not valid JSON. Open the backup (.bak) if there is one.',
    });
  }
  return loadApplicationValue(raw, registry);
}

export function loadApplicationValue(raw: unknown, registry: MigrationRegistry = MIGRATIONS): LoadResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || (raw as Record<string, unknown>).format !== FORMAT_ID) {
    return whole({
      sv: 'Filen är inte en SIM-ansökan (fältet "format" saknas eller är fel).',
      en: 'The file is not a SIM application (the "format" field is missing or wrong).',
    });
  }
  const obj = raw as Record<string, unknown>;
  const version = obj.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return whole({
      sv: 'Filens formatversion saknas eller är ogiltig.',
      en: "The file's format version is missing or invalid.",
    });
  }
  const migrated = migrate(obj, version, registry);
  if (!migrated.ok) {
    if (migrated.reason === 'newer') {
      return whole({
        sv: `Filen är skapad med en nyare version av SIM-ansökan (formatversion ${version}; den här versionen läser till och med ${FORMAT_VERSION}). Uppdatera programmet för att öppna den.`,
        en: `The file was made with a newer version of SIM-ansökan (format version ${version}; this version reads up to ${FORMAT_VERSION}). Update the app to open it.`,
      });
    }
    return whole({
      sv: `Formatversion ${version} kan inte längre läsas av den här versionen.`,
      en: `Format version ${version} can no longer be read by this version.`,
    });
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
  if (!f || idMatches(f.snapshot, f.documentId) !== 'legacy') return app;
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

const TYPE_WORDS: Record<string, Localized> = {
  string: { sv: 'text', en: 'text' },
  number: { sv: 'ett tal', en: 'a number' },
  int: { sv: 'ett heltal', en: 'a whole number' },
  boolean: { sv: 'ja/nej', en: 'yes/no' },
  array: { sv: 'en lista', en: 'a list' },
  object: { sv: 'en grupp av fält', en: 'a group of fields' },
};

function issueMessage(issue: z.core.$ZodIssue, root: unknown): Localized {
  switch (issue.code) {
    case 'invalid_type': {
      if (valueAt(root, issue.path) === undefined) return { sv: 'saknas.', en: 'is missing.' };
      const want = TYPE_WORDS[issue.expected] ?? { sv: issue.expected, en: issue.expected };
      return { sv: `har fel typ: här ska stå ${want.sv}.`, en: `has the wrong type: it should be ${want.en}.` };
    }
    case 'too_big':
      if (issue.origin === 'string')
        return { sv: `är för lång: högst ${formatNumber(Number(issue.maximum))} tecken.`, en: `is too long: at most ${Number(issue.maximum).toLocaleString('en-GB')} characters.` };
      if (issue.origin === 'array')
        return { sv: `har för många rader: högst ${formatNumber(Number(issue.maximum))}.`, en: `has too many items: at most ${Number(issue.maximum).toLocaleString('en-GB')}.` };
      return { sv: `är för stort: högst ${formatNumber(Number(issue.maximum))}.`, en: `is too large: at most ${Number(issue.maximum).toLocaleString('en-GB')}.` };
    case 'too_small':
      if (issue.origin === 'string') return { sv: 'får inte vara tomt.', en: 'must not be empty.' };
      return { sv: `är för litet: minst ${formatNumber(Number(issue.minimum))}.`, en: `is too small: at least ${Number(issue.minimum).toLocaleString('en-GB')}.` };
    case 'unrecognized_keys': {
      const keys = someOf(issue.keys);
      return { sv: `innehåller okända fält: ${keys.sv}.`, en: `contains unknown fields: ${keys.en}.` };
    }
    case 'invalid_value':
      return {
        sv: `har ett ogiltigt värde; tillåtna är ${issue.values.map(String).join(', ')}.`,
        en: `has an invalid value; allowed are ${issue.values.map(String).join(', ')}.`,
      };
    case 'invalid_format':
      if (issue.format === 'date') return { sv: 'är inte ett datum på formen 2025-03-01.', en: 'is not a date like 2025-03-01.' };
      if (issue.format === 'datetime') return { sv: 'är inte en giltig tidpunkt.', en: 'is not a valid timestamp.' };
      if (issue.format === 'uuid') return { sv: 'är inte ett giltigt id.', en: 'is not a valid id.' };
      return { sv: 'har fel format.', en: 'has the wrong format.' };
    case 'invalid_union':
      return { sv: 'har ett ogiltigt värde.', en: 'has an invalid value.' };
    case 'custom': {
      const p = issue.params as { duplicateId?: unknown; firstIndex?: unknown } | undefined;
      if (typeof p?.duplicateId === 'string' && typeof p.firstIndex === 'number')
        return duplicateIdMessage({ path: issue.path as (string | number)[], id: p.duplicateId.slice(0, 64), firstIndex: p.firstIndex });
      return { sv: 'är ogiltigt.', en: 'is invalid.' };
    }
    default:
      return { sv: 'är ogiltigt.', en: 'is invalid.' };
  }
}

/** Names that came from the file: the first few, each cut short, then how many more; never the whole list. */
function someOf(names: readonly string[], max = 5): Localized {
  const shown = names.slice(0, max).map((k) => (k.length > 40 ? `${k.slice(0, 40)}…` : k)).join(', ');
  const more = names.length - Math.min(max, names.length);
  if (more <= 0) return { sv: shown, en: shown };
  return { sv: `${shown} och ${formatNumber(more)} till`, en: `${shown} and ${more.toLocaleString('en-GB')} more` };
}

/** A file past a ceiling of JSON_BOUNDS, said the way the schema's own caps are said. */
function boundsProblem(v: BoundsViolation): LoadProblem {
  const n = { sv: formatNumber(v.limit), en: v.limit.toLocaleString('en-GB') };
  const what: Record<BoundsViolation['kind'], Localized> = {
    arrayItems: { sv: `har för många rader: högst ${n.sv}.`, en: `has too many items: at most ${n.en}.` },
    stringLength: { sv: `är för lång: högst ${n.sv} tecken.`, en: `is too long: at most ${n.en} characters.` },
    objectKeys: { sv: `har för många fält: högst ${n.sv}.`, en: `has too many fields: at most ${n.en}.` },
    keyLength: { sv: `har ett fältnamn som är för långt: högst ${n.sv} tecken.`, en: `has a field name that is too long: at most ${n.en} characters.` },
    depth: { sv: `är nästlad för djupt: högst ${n.sv} nivåer.`, en: `is nested too deeply: at most ${n.en} levels.` },
  };
  // The path comes from the file: keys the schema does not know are shown cut short.
  const path = v.path.map((p) => (typeof p === 'string' && p.length > 40 ? `${p.slice(0, 40)}…` : p));
  const where = { sv: describePath(path, 'sv'), en: describePath(path, 'en') };
  const msg = what[v.kind];
  return { path, where, message: { sv: `${where.sv}: ${msg.sv}`, en: `${where.en}: ${msg.en}` } };
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
    message: { sv: `${where.sv}: ${msg.sv}`, en: `${where.en}: ${msg.en}` },
  };
}

/** A problem list as lines for a person: the first few, then how many more. */
export function formatProblems(problems: readonly LoadProblem[], lang: Lang, max = 5): string {
  const lines = problems.slice(0, max).map((p) => p.message[lang]);
  if (problems.length > max) {
    const more = problems.length - max;
    lines.push(lang === 'sv' ? `… och ${more} problem till.` : `… and ${more} more problems.`);
  }
  return lines.join('\n');
}

/** The file text for an application: stable key order, 2-space indent, trailing newline. */
export function serializeApplication(app: Application): string {
  return stableStringify(app);
}
