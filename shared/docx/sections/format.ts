import { durationMonths } from '../../finance';
import type { Party } from '../../model/schema';
import type { DocxContext } from '../context';
import { organisationName } from '../context';
import { sanitize } from '../sanitize';

/** Non-empty sanitised parts joined; what is blank is left out rather than printed as stray separators. */
export function joinFilled(parts: readonly string[], sep: string): string {
  return parts
    .map((p) => sanitize(p).trim())
    .filter((p) => p !== '')
    .join(sep);
}

/** `2025-01-01 – 2027-12-31 (36 månader)`; what is missing is shown as a dash. */
export function periodText(ctx: DocxContext): string {
  const { startDate, endDate } = ctx.app.project;
  const dash = ctx.t('dash');
  if (!startDate && !endDate) return dash;
  const span = `${startDate || dash} – ${endDate || dash}`;
  const months = durationMonths(startDate, endDate);
  return months === null ? span : `${span} (${months} ${ctx.t('months')})`;
}

/** "Bengtsfors kommun, Socialförvaltningen" */
export function partyTitle(ctx: DocxContext, p: Party): string {
  return joinFilled([organisationName(p) || ctx.t('unnamedParty'), p.unit], ', ');
}

export function roleText(ctx: DocxContext, p: Party): string {
  return ctx.t(p.role === 'owner' ? 'role_owner' : 'role_partner');
}

export function sectorText(ctx: DocxContext, p: Party): string {
  return ctx.t(p.sector === 'kommun' ? 'sector_kommun' : p.sector === 'region' ? 'sector_region' : 'sector_annan');
}

export function owner(ctx: DocxContext): Party | undefined {
  return ctx.app.parties.find((p) => p.role === 'owner');
}

export function partners(ctx: DocxContext): Party[] {
  return ctx.app.parties.filter((p) => p.role !== 'owner');
}

/** A value or a dash, for table cells where "Ej ifyllt." would be too loud. */
export function orDash(ctx: DocxContext, s: string): string {
  const clean = sanitize(s).trim();
  return clean === '' ? ctx.t('dash') : s;
}
