import { useShallow } from 'zustand/react/shallow';
import { LIMITS } from '../../../../shared/model/limits';
import { newId } from '../../../../shared/model/ids';
import { DEVIATION_SUBJECTS } from '../../../../shared/model/lifecycle';
import type { Application } from '../../../../shared/model/schema';
import { partyName } from '../../components/partyOptions';
import { Repeater, Select, TextArea, type Option } from '../../components';
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

function optionsFor(app: Application | null, subject: string, lang: 'sv' | 'en'): Option[] {
  if (!app) return [];
  if (subject === 'indicator') return indicatorsOf(app).map(({ indicator: i }) => ({ value: i.id, label: i.text || i.id }));
  if (subject === 'activity') return app.activities.map((a) => ({ value: a.id, label: a.name || a.id }));
  if (subject === 'cost') return app.budget.costLines.map((l) => ({ value: l.id, label: l.description || l.id }));
  if (subject === 'party') return app.parties.map((p, i) => ({ value: p.id, label: partyName(p, i, lang) }));
  return [];
}

function WhichField({ path }: { path: readonly ['lifecycle', 'reports', number, 'deviations', number] }) {
  const t = useT(reportStrings);
  const lang = useLang();
  const subject = useStore((s) => {
    const [, , r, , d] = path as [string, string, number, string, number];
    return s.app?.lifecycle.reports[r]?.deviations[d]?.subject ?? 'other';
  });
  const options = useStore(useShallow((s) => optionsFor(s.app, subject, lang).map((o) => `${o.value}\u0000${o.label}`)));
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
