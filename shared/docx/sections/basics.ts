import { formatKronor, formatNumber } from '../../finance';
import { subRegionOf } from '../../program/schema';
import type { DocxContext } from '../context';
import { factTable, type CellSpec } from '../elements';
import { sanitize } from '../sanitize';
import { joinFilled, orDash, owner, partners, partyTitle, periodText } from './format';
import type { SectionBuilder } from './types';

function municipalitiesText(ctx: DocxContext): string {
  const names = ctx.app.project.municipalities.map((m) => {
    const region = subRegionOf(ctx.programme, m);
    return region ? `${sanitize(m)} (${region})` : sanitize(m);
  });
  return names.length ? names.join(', ') : ctx.t('dash');
}

function leaderText(ctx: DocxContext): string {
  const l = ctx.app.project.leader;
  const org = l.partyId ? ctx.partyName(l.partyId) : '';
  const who = joinFilled([l.name, l.title, org], ', ');
  const reach = joinFilled([l.phone, l.email], ', ');
  return joinFilled([who, reach], '\n') || ctx.t('dash');
}

function ageText(ctx: DocxContext): string {
  const { ageMin, ageMax } = ctx.app.targetGroup;
  if (ageMin === null && ageMax === null) return ctx.t('dash');
  return `${ageMin ?? ctx.t('dash')}–${ageMax ?? ctx.t('dash')} ${ctx.t('years')}`;
}

/** Grunduppgifter: the facts a case officer registers, in one table. */
export const basicsSection: SectionBuilder = (ctx) => {
  const { app, t, label } = ctx;
  const own = owner(ctx);
  const facts: [string, CellSpec][] = [
    [label('project.title'), orDash(ctx, app.project.title)],
    [t('programme'), ctx.programme.name[ctx.lang]],
    [t('owner'), own ? partyTitle(ctx, own) : t('dash')],
    [t('partners'), partners(ctx).map((p) => partyTitle(ctx, p)).join('\n') || t('dash')],
    [t('period'), periodText(ctx)],
    [t('municipalitiesWithRegions'), municipalitiesText(ctx)],
    [label('project.leader'), leaderText(ctx)],
    [t('ageRange'), ageText(ctx)],
    [
      label('targetGroup.childrenReached'),
      app.targetGroup.childrenReached === null ? t('dash') : formatNumber(app.targetGroup.childrenReached),
    ],
    [t('amountSought'), formatKronor(ctx.totals.simTotal)],
    [t('totalBudget'), formatKronor(ctx.totals.costTotal)],
  ];
  if (app.project.diarienummer.trim()) facts.push([label('project.diarienummer'), app.project.diarienummer]);
  return { title: t('basics'), children: [factTable(facts)] };
};
