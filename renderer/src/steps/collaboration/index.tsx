import { useShallow } from 'zustand/react/shallow';
import { FieldShell, Section, TextArea, removeWithUndo, usePartyName } from '../../components';
import { schemaMaxLength } from '../../components/schemaLimits';
import { Counter } from '../../components/Counter';
import { useStore } from '../../store';
import { useT } from '../../i18n';
import { strings } from './strings';
import { StepOwners } from '../../coowners/StepOwners';

export default function CollaborationStep() {
  const t = useT(strings);
  const partyIds = useStore(useShallow((s) => (s.app?.parties ?? []).map((p) => p.id)));
  const orphanIds = useStore(
    useShallow((s) => {
      const ids = new Set(s.app?.parties.map((p) => p.id));
      return (s.app?.collaboration.contributions ?? []).filter((c) => !ids.has(c.partyId)).map((c) => c.partyId);
    }),
  );
  return (
    <>
      <Section title={t('contributions')} intro={t('contributionsIntro')}>
        <div id="f-collaboration-contributions" tabIndex={-1}>
          {partyIds.length === 0 ? <p>{t('noParties')}</p> : null}
          {partyIds.map((id) => (
            <Contribution key={id} partyId={id} />
          ))}
          {orphanIds.map((id) => (
            <OrphanContribution key={id} partyId={id} />
          ))}
        </div>
      </Section>
      <Section title={t('governance')}>
        <TextArea path={['collaboration', 'steering']} hint={t('steeringHint')} rows={4} />
        <TextArea path={['collaboration', 'workingGroups']} rows={4} />
        <TextArea path={['collaboration', 'otherCollaborators']} rows={3} />
      </Section>
      <StepOwners />
    </>
  );
}

function useContributionIndex(partyId: string) {
  return useStore((s) => s.app?.collaboration.contributions.findIndex((c) => c.partyId === partyId) ?? -1);
}

/**
 * One text per party. The list in the file is keyed by party, so the entry is created with the first
 * character typed rather than when the step is opened (opening a step must not change the file). The
 * same textarea stays mounted across that moment, so focus and caret stay put.
 */
function Contribution({ partyId }: { partyId: string }) {
  const t = useT(strings);
  const name = usePartyName(partyId);
  const index = useContributionIndex(partyId);
  const value = useStore((s) => (index >= 0 ? (s.app?.collaboration.contributions[index]?.text ?? '') : ''));
  const path = index >= 0 ? ['collaboration', 'contributions', index, 'text'] : ['collaboration', 'contributions', `new-${partyId}`, 'text'];
  const cap = schemaMaxLength(['collaboration', 'contributions', 0, 'text']);
  const onChange = (text: string) => {
    const s = useStore.getState();
    if (index >= 0) s.update(path, text);
    else s.addItem(['collaboration', 'contributions'], { partyId, text });
  };
  return (
    <FieldShell path={path} label={t('contributionOf', { party: name })} extra={cap ? <Counter length={value.length} limit={cap} /> : undefined}>
      {(control) => (
        <textarea {...control} className="input textarea" rows={4} value={value} maxLength={cap ?? undefined} onChange={(e) => onChange(e.target.value)} />
      )}
    </FieldShell>
  );
}

function OrphanContribution({ partyId }: { partyId: string }) {
  const t = useT(strings);
  const index = useContributionIndex(partyId);
  if (index < 0) return null;
  return (
    <div className="orphan">
      <TextArea path={['collaboration', 'contributions', index, 'text']} label={t('orphan')} rows={3} />
      <button type="button" className="btn btn--danger btn--small" onClick={() => removeWithUndo(['collaboration', 'contributions'], index, t('orphanName'))}>
        {t('orphanRemove')}
      </button>
    </div>
  );
}
