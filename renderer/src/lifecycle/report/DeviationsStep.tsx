import { sameElements, useAt } from '../../store/at';
import { LIMITS } from '../../../../shared/model/limits';
import { newId } from '../../../../shared/model/ids';
import { DEVIATION_SUBJECTS } from '../../../../shared/model/lifecycle';
import type { Application } from '../../../../shared/model/schema';
import { partyName } from '../../components/partyOptions';
import { Repeater, Select, TextArea } from '../../components';
import { useStore } from '../../store';
import { useLang, useT } from '../../i18n';
import { useMemo } from 'react';
import { budgetOutcome, needsExplanation, EXPLAIN_DEVIATION_KRONOR, EXPLAIN_DEVIATION_PERCENT } from '../../../../shared/finance/outcome';
import { formatKronor } from '../../../../shared/finance/money';
import { indicatorsOf } from '../../../../shared/workflow/report';
import { reportStrings } from './report-strings';
import type { ReportStepProps } from './ReportView';

/** Every deviation with its explanation and action; "which" offers the items of the chosen kind. */
export function DeviationsStep({ index }: ReportStepProps) {
  const t = useT(reportStrings);
  const subjects = DEVIATION_SUBJECTS.map((s) => ({ value: s, label: t(`deviations.subjects.${s}`) }));
  const path = ['lifecycle', 'reports', index, 'deviations'] as const;
  return (
    <>
      <p className="form-section__intro">{t('deviations.lead')}</p>
      <OverBudget index={index} />
      <Repeater
        path={path}
        itemName={(i) => t('deviations.item', { n: i + 1 })}
        summaryOf={(d) => t(`deviations.subjects.${d.subject as (typeof DEVIATION_SUBJECTS)[number]}`)}
        create={() => ({ id: newId(), subject: 'other', subjectId: '', explanation: '', action: '' })}
        addLabel={t('deviations.add')}
        emptyText={t('deviations.empty')}
        max={LIMITS.deviations}
      >
        {(dp) => (
          <>
            <div className="field-row">
              <Select path={[...dp, 'subject']} label={t('deviations.subject')} options={subjects} />
              <WhichField path={dp} />
            </div>
            <TextArea path={[...dp, 'explanation']} label={t('deviations.explanation')} rows={3} />
            <TextArea path={[...dp, 'action']} label={t('deviations.action')} rows={2} />
          </>
        )}
      </Repeater>
    </>
  );
}

/** Where the items of a subject live in the decided application, and each as "id\u0000label". */
const SUBJECT_ITEMS: Record<string, { path: readonly ['goals'] | readonly ['activities'] | readonly ['budget', 'costLines'] | readonly ['parties']; flat: (v: never, lang: 'sv' | 'en') => string[] }> = {
  indicator: { path: ['goals'], flat: (goals: Application['goals'], _lang) => indicatorsOf({ goals } as Application).map(({ indicator: i }) => `${i.id}\u0000${i.text || i.id}`) },
  activity: { path: ['activities'], flat: (activities: Application['activities'], _lang) => activities.map((a) => `${a.id}\u0000${a.name || a.id}`) },
  cost: { path: ['budget', 'costLines'], flat: (lines: Application['budget']['costLines'], _lang) => lines.map((l) => `${l.id}\u0000${l.description || l.id}`) },
  party: { path: ['parties'], flat: (parties: Application['parties'], lang) => parties.map((p, i) => `${p.id}\u0000${partyName(p, i, lang)}`) },
};
const NO_OPTIONS: readonly string[] = [];

function WhichField({ path }: { path: readonly ['lifecycle', 'reports', number, 'deviations', number] }) {
  const t = useT(reportStrings);
  const lang = useLang();
  const subject = useAt([...path, 'subject'], (v: string | undefined) => v ?? 'other');
  // Told only when the chosen kind's items change (store/at.ts): each deviation of a long report asks on every key.
  const items = SUBJECT_ITEMS[subject];
  const options = useAt(items?.path ?? ['lifecycle', 'decision'], (v: never) => (items && v ? items.flat(v, lang) : NO_OPTIONS), sameElements);
  if (!options.length) return null;
  const opts = options.map((o) => {
    const [value, label] = o.split('\u0000') as [string, string];
    return { value, label };
  });
  return <Select path={[...path, 'subjectId']} label={t('deviations.which')} options={opts} placeholder />;
}

/** Cost lines whose outcome so far is off their budget to date by more than the funder's threshold (needsExplanation): the deviations a reader will ask about first. */
function OverBudget({ index }: { index: number }) {
  const t = useT(reportStrings);
  const budget = useStore((s) => s.app?.budget);
  // What the comparison reads: typing an explanation changes the report, not these.
  const outcomes = useStore((s) => s.app?.lifecycle.reports[index]?.outcomes);
  const periodEnd = useStore((s) => s.app?.lifecycle.reports[index]?.periodEnd ?? '');
  const count = useMemo(() => {
    const app = useStore.getState().app;
    return app && outcomes ? budgetOutcome(app, { outcomes, periodEnd }).lines.filter((l) => needsExplanation(l.total)).length : 0;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [budget, outcomes, periodEnd]);
  return count ? <p className="notice notice--warning">{t('deviations.suggested', { count, percent: EXPLAIN_DEVIATION_PERCENT, kronor: formatKronor(EXPLAIN_DEVIATION_KRONOR) })}</p> : null;
}
