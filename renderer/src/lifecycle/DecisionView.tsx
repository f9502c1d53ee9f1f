import { useMemo, useState } from 'react';
import { formatKronor } from '../../../shared/finance/money';
import { LIMITS } from '../../../shared/model/limits';
import { newId } from '../../../shared/model/ids';
import { freezeStatus, recordDecision } from '../../../shared/workflow';
import { grantedAgainstSought } from '../../../shared/finance/outcome';
import { AmountField, DateField, NumberField, Repeater, Section, Select, TextArea, TextField } from '../components';
import { useStore } from '../store';
import { useT } from '../i18n';
import { decisionStrings } from './decision-strings';
import { draftDecision, startPaddedReport } from './prefill';
import { showLifecycle } from './view';

const D = ['lifecycle', 'decision'] as const;

/** "Beslut": recorded once the signed application is granted; from then on the application's steps are locked. */
export function DecisionView() {
  const t = useT(decisionStrings);
  const decided = useStore((s) => s.app?.lifecycle.decision != null);
  const frozen = useStore((s) => s.app?.workflow.freeze?.documentId ?? null);
  if (!decided) return frozen ? <RecordDecision documentId={frozen} /> : <p className="notice">{t('notSigned')}</p>;
  return (
    <>
      <DecidedId />
      <Section title={t('details')}>
        <div className="field-row">
          <DateField path={[...D, 'date']} label={t('date')} />
          <TextField path={[...D, 'diarienummer']} label={t('diarienummer')} />
          <TextField path={[...D, 'funder']} label={t('funder')} />
        </div>
        <TextArea path={[...D, 'conditions']} label={t('conditions')} hint={t('conditionsHint')} rows={3} />
      </Section>
      <Granted />
      <ReportingDates />
    </>
  );
}

function DecidedId() {
  const t = useT(decisionStrings);
  const id = useStore((s) => s.app?.lifecycle.decision?.signedDocumentId || s.app?.lifecycle.decision?.decidedDocumentId || '');
  return (
    <p className="notice notice--ok" data-testid="decided-id">
      {t('decidedId', { id })} {t('phaseNote')}
    </p>
  );
}

/** The decision may only be recorded for the version that was signed: later edits would change its Dokument-ID. */
function RecordDecision({ documentId }: { documentId: string }) {
  const t = useT(decisionStrings);
  const [problem, setProblem] = useState('');
  const record = () => {
    const s = useStore.getState();
    const app = s.app;
    if (!app) return;
    const now = new Date();
    const draft = draftDecision(app, now);
    if (!draft) return;
    const { decidedDocumentId: _id, signedDocumentId: _signed, recordedAt: _at, ...input } = draft;
    const res = recordDecision(app, { ...input, funder: t('defaultFunder') }, now);
    if (!res.ok) {
      const status = freezeStatus(app);
      setProblem(t('changedSinceLock', { count: status.frozen && !status.matches ? status.differences.length : 1 }));
      return;
    }
    s.update(['lifecycle', 'decision'], res.app.lifecycle.decision);
    s.announce(t('recorded'));
    requestAnimationFrame(() => document.getElementById('f-lifecycle-decision-date')?.focus());
  };
  return (
    <Section title={t('details')}>
      <p>{t('lead', { id: documentId })}</p>
      {problem ? (
        <p className="notice notice--warning" role="alert">
          {problem}
        </p>
      ) : null}
      <button type="button" className="btn btn--primary" onClick={record}>
        {t('record')}
      </button>
    </Section>
  );
}

function Granted() {
  const t = useT(decisionStrings);
  const budget = useStore((s) => s.app?.budget);
  const granted = useStore((s) => s.app?.lifecycle.decision?.grantedPerYear);
  const g = useMemo(() => {
    const app = useStore.getState().app;
    return app ? grantedAgainstSought(app) : null;
    // What was sought comes from the budget, what was granted from the decision; nothing else changes it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [budget, granted]);
  if (!g) return null;
  return (
    <Section title={t('granted')} intro={t('grantedHint')}>
      <table className="data-table decision-granted">
        <thead>
          <tr>
            <th scope="col">{t('period')}</th>
            <th scope="col" className="num">
              {t('sought')}
            </th>
            <th scope="col" className="num">
              {t('grantedCol')}
            </th>
            <th scope="col" className="num">
              {t('difference')}
            </th>
          </tr>
        </thead>
        <tbody>
          {g.years.map((y) => (
            <tr key={y.year}>
              <th scope="row">{t('year', { n: y.year + 1 })}</th>
              <td className="num">{formatKronor(y.sought)}</td>
              <td className="num">
                <AmountField path={[...D, 'grantedPerYear', y.year]} label={t('grantedYear', { n: y.year + 1 })} hideLabel />
              </td>
              <td className="num">{formatKronor(y.difference)}</td>
            </tr>
          ))}
          <tr className="plot__total">
            <th scope="row">{t('total')}</th>
            <td className="num">{formatKronor(g.sought)}</td>
            <td className="num">{formatKronor(g.granted)}</td>
            <td className="num">{formatKronor(g.difference)}</td>
          </tr>
        </tbody>
      </table>
    </Section>
  );
}

function ReportingDates() {
  const t = useT(decisionStrings);
  const kinds = [
    { value: 'progress', label: t('kinds.progress') },
    { value: 'final', label: t('kinds.final') },
  ];
  const count = useStore((s) => s.app?.lifecycle.decision?.reportingDates.length ?? 0);
  return (
    <Section title={t('reporting')} intro={t('reportingHint')}>
      <Repeater
        path={[...D, 'reportingDates']}
        itemName={(i) => t('dateItem', { n: i + 1 })}
        summaryOf={(d) => `${d.kind === 'final' ? t('kinds.final') : t('kinds.progress')} ${d.periodStart} – ${d.periodEnd}`}
        create={() => ({ id: newId(), kind: 'progress', period: count + 1, periodStart: '', periodEnd: '', dueDate: '' })}
        addLabel={t('addDate')}
        max={LIMITS.reports}
      >
        {(path) => (
          <>
            <div className="field-row">
              <Select path={[...path, 'kind']} label={t('kind')} options={kinds} />
              <NumberField path={[...path, 'period']} label={t('period')} nullable={false} className="field--narrow" />
              <DateField path={[...path, 'periodStart']} label={t('periodStart')} />
              <DateField path={[...path, 'periodEnd']} label={t('periodEnd')} />
              <DateField path={[...path, 'dueDate']} label={t('dueDate')} />
            </div>
            <OpenReport dateId={path} />
          </>
        )}
      </Repeater>
    </Section>
  );
}

/** From a reporting date straight into its report, starting it (prefilled) the first time. */
function OpenReport({ dateId: path }: { dateId: readonly (string | number)[] }) {
  const t = useT(decisionStrings);
  const index = Number(path[path.length - 1]);
  const id = useStore((s) => s.app?.lifecycle.decision?.reportingDates[index]?.id ?? '');
  const exists = useStore((s) => s.app?.lifecycle.reports.some((r) => r.id === id) ?? false);
  const open = () => {
    const s = useStore.getState();
    const date = s.app?.lifecycle.decision?.reportingDates[index];
    if (!s.app || !date) return;
    if (!exists) s.update(['lifecycle', 'reports'], startPaddedReport(s.app, date.id).lifecycle.reports);
    showLifecycle({ kind: 'report', reportId: date.id, step: 'indicators' });
  };
  return (
    <button type="button" className="btn btn--secondary btn--small" onClick={open}>
      {exists ? t('openReport') : t('startReport')}
    </button>
  );
}
