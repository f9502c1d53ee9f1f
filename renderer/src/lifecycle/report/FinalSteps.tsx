import { useMemo } from 'react';
import { LIMITS } from '../../../../shared/model/limits';
import { newId } from '../../../../shared/model/ids';
import { formatKronor } from '../../../../shared/finance/money';
import { percentText, countText, ratioText } from '../../../../shared/finance/socio/labels';
import { socioWithOutcomes } from '../../../../shared/finance/socio-outcome';
import { NumberField, Repeater, Select, TextArea, TextField, usePartyOptions } from '../../components';
import { useStore } from '../../store';
import { useBudgetTotals } from '../../store/derived';
import { useLang, useT } from '../../i18n';
import { reportStrings } from './report-strings';
import type { ReportStepProps } from './ReportView';

const F = (index: number) => ['lifecycle', 'reports', index, 'final'] as const;

export function ImplementationStep({ index }: ReportStepProps) {
  const t = useT(reportStrings);
  const parties = usePartyOptions();
  return (
    <>
      <p className="form-section__intro">{t('final.implementationLead')}</p>
      <Repeater
        path={[...F(index), 'implementation']}
        itemName={(i) => t('final.item', { n: i + 1 })}
        summaryOf={(it) => it.what.slice(0, 60)}
        create={() => ({ id: newId(), what: '', partyId: '', financing: '' })}
        addLabel={t('final.add')}
        emptyText={t('final.empty')}
        max={LIMITS.implementation}
      >
        {(p) => (
          <>
            <TextArea path={[...p, 'what']} label={t('final.what')} rows={3} />
            <div className="field-row">
              <Select path={[...p, 'partyId']} label={t('final.byWhom')} options={parties} placeholder />
              <TextField path={[...p, 'financing']} label={t('final.financing')} />
            </div>
          </>
        )}
      </Repeater>
    </>
  );
}

export function SpreadingStep({ index }: ReportStepProps) {
  const t = useT(reportStrings);
  return <TextArea path={[...F(index), 'spreading']} label={t('final.spreading')} hint={t('final.spreadingLead')} rows={6} />;
}

/** The outcomes typed in, then the estimate computed both ways, the application's assumptions beside the outcome. */
export function SocioStep({ index }: ReportStepProps) {
  const t = useT(reportStrings);
  const totals = useBudgetTotals();
  // A year's field appears once the years before it have a value: a list is only ever extended at its end.
  const given = useStore((s) => s.app?.lifecycle.reports[index]?.final?.socio.peopleReached.length ?? 0);
  const years = Math.min(totals?.years ?? 0, given + 1);
  return (
    <>
      <p className="form-section__intro">{t('final.socioLead')}</p>
      <div className="field-row">
        {Array.from({ length: years }, (_, y) => (
          <NumberField key={y} path={[...F(index), 'socio', 'peopleReached', y]} label={t('final.reached', { n: y + 1 })} nullable={false} className="field--narrow" />
        ))}
      </div>
      <div className="field-row">
        <NumberField path={[...F(index), 'socio', 'effect']} label={t('final.effect')} decimals={1} max={100} />
        <TextField path={[...F(index), 'socio', 'effectSource']} label={t('final.effectSource')} />
      </div>
      <TextArea path={[...F(index), 'socio', 'comment']} label={t('final.comment')} rows={2} />
      <SocioTable index={index} />
    </>
  );
}

function SocioTable({ index }: { index: number }) {
  const t = useT(reportStrings);
  const lang = useLang();
  const app = useStore((s) => s.app);
  const report = app?.lifecycle.reports[index];
  // Recomputed only when this report or the application changes; the table is below the fields, not on every key path.
  const both = useMemo(() => (app && report ? socioWithOutcomes(app, report) : null), [app, report]);
  if (!both || !app || !report) return null;
  const { original: before, outcome: after } = both;
  const effectOf = (replaced: boolean) => (replaced ? report.final?.socio.effect ?? null : app.socioEconomics.effect);
  const row = (label: string, a: string, b: string) => (
    <tr key={label}>
      <th scope="row">{label}</th>
      <td className="num">{a}</td>
      <td className="num">{b}</td>
    </tr>
  );
  return (
    <table className="data-table report-socio" data-testid="socio-beside">
      <thead>
        <tr>
          <td />
          <th scope="col" className="num">
            {t('final.assumed')}
          </th>
          <th scope="col" className="num">
            {t('final.outcome')}
          </th>
        </tr>
      </thead>
      <tbody>
        {row(t('final.reachedTotal'), countText(before.peopleReachedTotal, lang, 0), countText(after.peopleReachedTotal, lang, 0))}
        {row(t('final.effectRow'), percentText(app.socioEconomics.effect, lang), percentText(effectOf(both.replaced.effect), lang))}
        {row(t('final.costRow'), formatKronor(before.investment.total), formatKronor(after.investment.total))}
        {row(t('final.npv'), formatKronor(before.netPresentValue), formatKronor(after.netPresentValue))}
        {row(t('final.returnRow'), ratioText(before.returnPerKrona, lang), ratioText(after.returnPerKrona, lang))}
      </tbody>
    </table>
  );
}
