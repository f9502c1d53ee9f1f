/** Caps enforced by the file schema. Programme-specific limits (e.g. the summary length the funder wants)
 * are rules in shared/program; these are the hard ceilings that keep a hostile file from exhausting memory. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export const LIMITS = {
  id: 64,
  short: 200,
  line: 500,
  summary: 4000,
  text: 20000,
  parties: 20,
  municipalities: 49,
  priorities: 20,
  indirectGroups: 20,
  articles: 54,
  goals: 50,
  logicRows: 100,
  activities: 300,
  costLines: 500,
  financingLines: 200,
  years: 10,
  contributions: 20,
  costItems: 50,
  indicators: 20,
  risks: 50,
  changeLog: 500,
  /** Follow-up (format 4): reporting dates and reports (half-yearly over ten years, and some), change requests. */
  reports: 40,
  /** Indicators in one report: every indicator of the decided application, up to the longest list of all. */
  reportIndicators: 500,
  /** Measurements of one indicator in one report (weekly over a half-year fits). */
  indicatorValues: 100,
  deviations: 200,
  implementation: 50,
  changeRequests: 20,
  /**
   * Largest amount in whole kronor on one budget cell: 10 billion, over three hundred times all the SIM money VGR set
   * aside for 2022 (30 MSEK), so no real project's year comes near it and many slipped digits are caught. At this cap
   * every budget total is exact: 10^10 × 500 cost lines × 10 years = 5 × 10^13, far below Number.MAX_SAFE_INTEGER (9 × 10^15).
   */
  amount: 10_000_000_000,
  count: 10_000_000,
} as const;

/**
 * Ceilings for any JSON the app reads, checked in one pass over the text before it is parsed or validated, so a small
 * file cannot make the schema visit millions of items before it gets to a cap. Each is at least the largest cap of
 * its kind in the schema (tests/unit/model/bounds.test.ts walks the schema to hold that), so a file the schema accepts
 * always passes them.
 */
export const JSON_BOUNDS = {
  /** The longest list the schema allows: cost lines and the change log. */
  arrayItems: Math.max(LIMITS.costLines, LIMITS.changeLog),
  /** The longest text the schema allows, counted as the schema counts (UTF-16 code units). */
  stringLength: LIMITS.text,
  /** More fields than any object in the schema has. */
  objectKeys: 64,
  /** A field name is one of the schema's own: short. */
  keyLength: 64,
  /** Nesting: the content sits twice more inside the workflow's snapshots, and a few levels deep itself. */
  depth: 16,
} as const;
