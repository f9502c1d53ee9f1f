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
  /** Largest amount in whole kronor on one budget cell: 10 billion. */
  amount: 10_000_000_000,
  count: 10_000_000,
} as const;
