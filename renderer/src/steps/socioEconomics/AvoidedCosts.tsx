import { useId, useMemo, useState } from 'react';
import { formatKronor } from '../../../../shared/finance/money';
import { ACTORS } from '../../../../shared/finance/socio';
import { ACTOR_LABELS } from '../../../../shared/finance/socio-labels';
import { LIMITS } from '../../../../shared/model/limits';
import { newId } from '../../../../shared/model/ids';
import type { AvoidedCost } from '../../../../shared/model/schema';
import { UNIT_COSTS, avoidedCostFromUnitCost, findUnitCost } from '../../../../shared/program/unit-costs';
import { AmountField, NumberField, Repeater, Select, TextField } from '../../components';
import { useLang, useT } from '../../i18n';
import { useStore } from '../../store';
import type { Path } from '../../store/paths';
import { strings } from './strings';
import { YearField } from './YearField';

const LIST = ['socioEconomics', 'avoidedCosts'] as const;

function emptyCost(): AvoidedCost {
  return { id: newId(), actor: 'kommun', label: '', amountPerYear: 0, durationYears: 1, source: '', sourceYear: null, libraryId: '' };
}

function CostForm({ path }: { path: Path }) {
  const t = useT(strings);
  const lang = useLang();
  const actors = useMemo(() => ACTORS.map((a) => ({ value: a, label: ACTOR_LABELS[a][lang] })), [lang]);
  return (
    <>
      <div className="field-row">
        <Select path={[...path, 'actor']} options={actors} />
        <TextField path={[...path, 'label']} />
      </div>
      <AmountField path={[...path, 'amountPerYear']} />
      <div className="field-row socio-cost-years">
        <NumberField path={[...path, 'durationYears']} nullable={false} hint={t('durationHint')} />
        <NumberField path={[...path, 'delayYears']} nullable={false} hint={t('delayHint')} />
      </div>
      <div className="field-row">
        <TextField path={[...path, 'source']} />
        <YearField path={[...path, 'sourceYear']} />
      </div>
    </>
  );
}

/** Picks a reference figure, shows what it becomes per year, and adds it with its source and year. */
function LibraryPicker() {
  const t = useT(strings);
  const lang = useLang();
  const base = useId();
  const [entryId, setEntryId] = useState('');
  const [hours, setHours] = useState('');
  const [years, setYears] = useState('');
  const [delay, setDelay] = useState('');
  const count = useStore((s) => s.app?.socioEconomics.avoidedCosts.length ?? 0);
  const entry = findUnitCost(entryId);
  const whole = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : undefined);
  const preview = entry
    ? avoidedCostFromUnitCost(entry, lang, { hoursPerYear: whole(hours), durationYears: whole(years), delayYears: whole(delay) })
    : null;

  const choose = (id: string) => {
    setEntryId(id);
    const e = findUnitCost(id);
    setHours(e?.hoursPerYear ? String(e.hoursPerYear) : '');
    setYears(e ? String(e.durationYears) : '');
    setDelay(e ? String(e.delayYears) : '');
  };
  const add = () => {
    if (!preview) return;
    const { addItem, announce } = useStore.getState();
    addItem([...LIST], { id: newId(), ...preview });
    announce(t('added', { label: preview.label }));
    setEntryId('');
  };

  return (
    <fieldset className="socio-library">
      <legend className="field__label">{t('libraryLegend')}</legend>
      <div className="field">
        <label className="field__label" htmlFor={`${base}-entry`}>
          {t('libraryEntry')}
        </label>
        <select id={`${base}-entry`} className="input select" value={entryId} onChange={(e) => choose(e.target.value)}>
          <option value="">{t('libraryChoose')}</option>
          {UNIT_COSTS.map((u) => (
            <option key={u.id} value={u.id}>
              {`${u.label[lang]} – ${formatKronor(u.amount)} (${u.source}, ${u.sourceYear})`}
            </option>
          ))}
        </select>
      </div>
      {entry && preview ? (
        <>
          <p className="field__hint">{entry.note[lang]}</p>
          {entry.societyWide ? <p className="socio-warning">{t('societyWide')}</p> : null}
          <div className="field-row">
            {entry.kind === 'perHour' ? <PlainNumber id={`${base}-hours`} label={t('hours')} value={hours} onChange={setHours} /> : null}
            {entry.kind !== 'oneOff' ? <PlainNumber id={`${base}-years`} label={t('years')} value={years} onChange={setYears} /> : null}
            <PlainNumber id={`${base}-delay`} label={t('delay')} value={delay} onChange={setDelay} />
          </div>
          <p className="socio-note">{t('becomes', { amount: formatKronor(preview.amountPerYear), years: preview.durationYears })}</p>
          <button type="button" className="btn btn--secondary" onClick={add} disabled={count >= LIMITS.costItems}>
            {t('addFromLibrary')}
          </button>
        </>
      ) : null}
    </fieldset>
  );
}

/** A small number input that is not bound to the file: the picker's choices before anything is added. */
function PlainNumber({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (v: string) => void }) {
  return (
    <div className="field field--number">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input id={id} className="input input--number" type="text" inputMode="numeric" autoComplete="off" value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

export function AvoidedCosts() {
  const t = useT(strings);
  const lang = useLang();
  return (
    <>
      <Repeater<AvoidedCost>
        path={[...LIST]}
        itemName={(i) => t('cost', { n: i + 1 })}
        summaryOf={(c) => [ACTOR_LABELS[c.actor][lang], c.label.trim()].filter(Boolean).join(': ')}
        create={emptyCost}
        addLabel={t('addOwn')}
        max={LIMITS.costItems}
        emptyText={t('noCosts')}
      >
        {(path) => <CostForm path={path} />}
      </Repeater>
      <LibraryPicker />
    </>
  );
}
