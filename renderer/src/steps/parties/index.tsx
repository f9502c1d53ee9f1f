import { emptyParty } from '../../../../shared/model/new';
import { LIMITS } from '../../../../shared/model/limits';
import type { Party } from '../../../../shared/model/schema';
import { Checkbox, Repeater, Select, TextField } from '../../components';
import { useStore } from '../../store';
import type { Path } from '../../store/paths';
import { useT } from '../../i18n';
import { strings } from './strings';
import './parties.css';

export default function PartiesStep() {
  const t = useT(strings);
  return (
    <Repeater<Party>
      path={['parties']}
      itemName={(i) => t('item', { n: i + 1 })}
      summaryOf={(p) => [p.organisation, p.unit].filter((s) => s.trim()).join(', ')}
      create={() => emptyParty('partner', 'annan')}
      addLabel={t('add')}
      max={LIMITS.parties}
      emptyText={t('empty')}
    >
      {(path) => <PartyForm path={path} />}
    </Repeater>
  );
}

function PartyForm({ path }: { path: Path }) {
  const t = useT(strings);
  const announce = useStore((s) => s.announce);
  const index = path[path.length - 1] as number;

  // Exactly one owner: choosing one makes the previous owner a partner, and says so.
  const setRole = (role: string) => {
    const { app, update } = useStore.getState();
    if (!app) return;
    if (role === 'owner') {
      app.parties.forEach((p, i) => {
        if (i !== index && p.role === 'owner') update(['parties', i, 'role'], 'partner');
      });
      update([...path, 'role'], 'owner');
      const name = app.parties[index]?.organisation.trim() || t('item', { n: index + 1 });
      announce(t('ownerMoved', { name }));
    } else update([...path, 'role'], role);
  };

  return (
    <div className="party-form">
      <div className="field-row">
        <Select
          path={[...path, 'role']}
          options={(['owner', 'partner'] as const).map((v) => ({ value: v, label: t(`role.${v}`) }))}
          onValueChange={setRole}
        />
        <Select path={[...path, 'sector']} options={(['kommun', 'region', 'annan'] as const).map((v) => ({ value: v, label: t(`sector.${v}`) }))} />
      </div>
      <div className="field-row">
        <TextField path={[...path, 'organisation']} autoComplete="organization" />
        <TextField path={[...path, 'unit']} />
      </div>
      <TextField path={[...path, 'orgNumber']} hint={t('orgNumberHint')} inputMode="numeric" className="field--orgnr" />
      <fieldset className="party-group">
        <legend>{t('address')}</legend>
        <TextField path={[...path, 'address', 'street']} autoComplete="street-address" />
        <div className="field-row">
          <TextField path={[...path, 'address', 'postalCode']} autoComplete="postal-code" inputMode="numeric" className="field--postal" />
          <TextField path={[...path, 'address', 'city']} autoComplete="address-level2" />
        </div>
      </fieldset>
      <fieldset className="party-group">
        <legend>{t('contact')}</legend>
        <div className="field-row">
          <TextField path={[...path, 'contact', 'name']} autoComplete="name" />
          <TextField path={[...path, 'contact', 'title']} autoComplete="organization-title" />
        </div>
        <div className="field-row">
          <TextField path={[...path, 'contact', 'phone']} type="tel" autoComplete="tel" />
          <TextField path={[...path, 'contact', 'email']} type="email" autoComplete="email" />
        </div>
      </fieldset>
      <fieldset className="party-group">
        <legend>{t('signatory')}</legend>
        <div className="field-row">
          <TextField path={[...path, 'signatory', 'name']} />
          <TextField path={[...path, 'signatory', 'title']} />
        </div>
        <Checkbox path={[...path, 'signs']} hint={t('signsHint')} />
      </fieldset>
    </div>
  );
}
