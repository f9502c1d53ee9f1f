import { checkOrgNumber, isBlank, isValidEmail, orgNumberDigits } from '../checks';
import type { RuleContext } from '../context';

export function partiesRules(ctx: RuleContext): void {
  const { parties } = ctx.app;
  let owner: { index: number; name: string } | null = null;
  let hasKommun = false;
  let hasRegion = false;
  let kommunSigns = false;
  let regionSigns = false;

  parties.forEach((party, i) => {
    const base = ['parties', i] as const;
    const who = ctx.partyParams(party, i);
    if (party.role === 'owner') {
      if (owner === null) owner = { index: i, name: party.organisation.trim() };
      else ctx.error('parties.manyOwners', [...base, 'role'], { ...who, owner: owner.name, ownerNo: owner.index + 1 }, party.id);
      if (!party.signs) ctx.error('parties.ownerMustSign', [...base, 'signs'], who, party.id);
    }
    if (party.sector === 'kommun') {
      hasKommun = true;
      kommunSigns ||= party.signs;
    } else if (party.sector === 'region') {
      hasRegion = true;
      regionSigns ||= party.signs;
    }

    ctx.requireText(party.organisation, [...base, 'organisation'], party.id);
    if (isBlank(party.orgNumber)) ctx.error('required', [...base, 'orgNumber'], {}, party.id);
    else {
      const verdict = checkOrgNumber(party.orgNumber);
      if (verdict === 'format') ctx.error('parties.orgNumberFormat', [...base, 'orgNumber'], who, party.id);
      else if (verdict === 'checksum')
        ctx.error('parties.orgNumberChecksum', [...base, 'orgNumber'], { ...who, value: party.orgNumber.trim() }, party.id);
      else if (ctx.isPrincipal(party) && !orgNumberDigits(party.orgNumber)!.startsWith('2'))
        ctx.warn('parties.orgNumberSector', [...base, 'orgNumber'], who, party.id);
    }
    ctx.requireText(party.contact.name, [...base, 'contact', 'name'], party.id);
    if (isBlank(party.contact.email)) ctx.error('required', [...base, 'contact', 'email'], {}, party.id);
    else if (!isValidEmail(party.contact.email))
      ctx.error('emailInvalid', [...base, 'contact', 'email'], { value: party.contact.email.trim() }, party.id);
    if (party.signs) {
      // The signature page prints these; a blank would leave the signing block unnamed.
      ctx.requireText(party.signatory.name, [...base, 'signatory', 'name'], party.id);
      ctx.requireText(party.signatory.title, [...base, 'signatory', 'title'], party.id);
    }
  });

  if (owner === null) ctx.error('parties.noOwner', ['parties']);
  if (!hasKommun) ctx.error('parties.noKommun', ['parties']);
  else if (!kommunSigns) ctx.error('parties.kommunMustSign', ['parties']);
  if (!hasRegion) ctx.error('parties.noRegion', ['parties']);
  else if (!regionSigns) ctx.error('parties.regionMustSign', ['parties']);
}
