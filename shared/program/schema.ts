import * as z from '../zod';
import { STEP_IDS } from '../model/steps';

/**
 * Programme data carries its own words in both languages (the call's priorities, articles, unit costs and their
 * sources): data, not UI text, so it stays `{ sv, en }` (Localized from shared/i18n/catalog.ts) rather than a catalog.
 */
export const LocalizedSchema = z.strictObject({ sv: z.string().min(1), en: z.string().min(1) });

export const PrioritySchema = z.strictObject({
  id: z.string().min(1),
  title: LocalizedSchema,
  description: LocalizedSchema,
});
export type Priority = z.infer<typeof PrioritySchema>;

export const ThemeSchema = z.strictObject({
  id: z.string().min(1),
  title: LocalizedSchema,
  priorities: z.array(PrioritySchema).min(1),
});
export type Theme = z.infer<typeof ThemeSchema>;

export const ArticleSchema = z.strictObject({ number: z.number().int().min(1).max(54), title: LocalizedSchema });

export const SubRegionSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  municipalities: z.array(z.string().min(1)).min(1),
});

export const ProgrammeSchema = z
  .strictObject({
    id: z.string().min(1).max(64),
    version: z.string().min(1).max(20),
    name: LocalizedSchema,
    funder: LocalizedSchema,
    /** Target-group age range, inclusive. */
    ageRange: z.strictObject({ min: z.number().int().min(0), max: z.number().int().max(25) }),
    maxDurationMonths: z.number().int().min(1).max(120),
    /** Largest share of total cost the fund may finance, percent; null when the call sets none. */
    fundShareCapPercent: z.number().min(0).max(100).nullable(),
    themes: z.array(ThemeSchema).min(1),
    /** Text fields (dotted paths) that must be filled in before signing. */
    requiredTexts: z.array(z.string().min(1)),
    /** Character limits the funder sets on particular texts (dotted paths), below the file format's caps. */
    textLimits: z.record(z.string(), z.number().int().min(1)),
    /** Articles of the Convention every application must address (the general principles). */
    mandatoryArticles: z.array(z.number().int().min(1).max(54)).min(1),
    articles: z.array(ArticleSchema).min(1),
    /** What the funder looks for, per wizard step. */
    help: z.record(z.enum(STEP_IDS), LocalizedSchema),
    subRegions: z.array(SubRegionSchema).min(1),
    /** Seeds for the indicator picker in the logic model. */
    indicators: z.array(LocalizedSchema),
  })
  .refine((p) => p.ageRange.min <= p.ageRange.max, { message: 'ageRange.min must not exceed ageRange.max' })
  .refine((p) => p.mandatoryArticles.every((n) => p.articles.some((a) => a.number === n)), {
    message: 'every mandatory article must be in the article list',
  });
export type Programme = z.infer<typeof ProgrammeSchema>;

export function allPriorities(p: Programme): (Priority & { themeId: string })[] {
  return p.themes.flatMap((t) => t.priorities.map((pr) => ({ ...pr, themeId: t.id })));
}

export function findPriority(p: Programme, id: string): (Priority & { themeId: string }) | undefined {
  return allPriorities(p).find((pr) => pr.id === id);
}

export function allMunicipalities(p: Programme): { name: string; subRegion: string }[] {
  return p.subRegions.flatMap((r) => r.municipalities.map((name) => ({ name, subRegion: r.name })));
}

export function subRegionOf(p: Programme, municipality: string): string | null {
  return p.subRegions.find((r) => r.municipalities.includes(municipality))?.name ?? null;
}
