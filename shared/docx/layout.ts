/** Page geometry in twips (1/20 pt; 567 to the centimetre). A4 with 2.5 cm side margins, as Swedish public documents use. */
export const CM = 567;

export const A4 = { short: 11906, long: 16838 } as const;

export const MARGIN = {
  top: Math.round(2.2 * CM),
  bottom: Math.round(2.2 * CM),
  left: Math.round(2.5 * CM),
  right: Math.round(2.5 * CM),
  header: Math.round(1.0 * CM),
  footer: Math.round(1.0 * CM),
} as const;

export type Orientation = 'portrait' | 'landscape';

/** Width available to text and tables on a page of this orientation. Tables are built to exactly this width. */
export function textWidth(orientation: Orientation): number {
  const pageWidth = orientation === 'portrait' ? A4.short : A4.long;
  return pageWidth - MARGIN.left - MARGIN.right;
}

/** Font sizes in half-points, as WordprocessingML counts them. */
export const SIZE = {
  body: 21,
  table: 18,
  small: 16,
  tiny: 14,
  h1: 30,
  h2: 25,
  h3: 21,
  title: 40,
  subtitle: 28,
  draftMark: 36,
} as const;

export const FONT = 'Arial';

export const COLOR = {
  heading: '1F3A5F',
  text: '000000',
  muted: '595959',
  rule: '8C8C8C',
  headShade: 'DCE3EC',
  labelShade: 'F0F2F5',
  totalShade: 'E8ECF1',
  gridOn: '4A6B8A',
  draft: 'C00000',
} as const;
