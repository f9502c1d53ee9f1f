import type { Wml } from '../wml';
import type { Party } from '../../model/schema';
import type { DocxContext } from '../context';
import { emptyNote, factTable, heading2 } from '../elements';
import { joinFilled, orDash, partyTitle, roleText, sectorText } from './format';
import type { SectionBuilder } from './types';

function partyTable(ctx: DocxContext, p: Party) {
  const { t, label } = ctx;
  const c = p.contact;
  return factTable([
    [label('parties.*.role'), roleText(ctx, p)],
    [label('parties.*.sector'), sectorText(ctx, p)],
    [label('parties.*.organisation'), orDash(ctx, p.organisation)],
    [label('parties.*.unit'), orDash(ctx, p.unit)],
    [label('parties.*.orgNumber'), orDash(ctx, p.orgNumber)],
    [label('parties.*.address'), joinFilled([p.address.street, joinFilled([p.address.postalCode, p.address.city], ' ')], '\n') || t('dash')],
    [label('parties.*.contact'), joinFilled([joinFilled([c.name, c.title], ', '), c.phone, c.email], '\n') || t('dash')],
    [label('parties.*.signatory'), joinFilled([p.signatory.name, p.signatory.title], ', ') || t('dash')],
    [label('parties.*.signs'), p.signs ? t('yes') : t('no')],
  ]);
}

/** Parter: one table per party, the owner first, as the funder reads them. */
export const partiesSection: SectionBuilder = (ctx) => {
  const ordered = [...ctx.app.parties].sort((a, b) => Number(b.role === 'owner') - Number(a.role === 'owner'));
  const children: Wml[] = [];
  for (const p of ordered) children.push(heading2(`${partyTitle(ctx, p)} (${roleText(ctx, p).toLowerCase()})`), partyTable(ctx, p));
  return { title: ctx.t('parties'), children: children.length ? children : [emptyNote(ctx)] };
};
