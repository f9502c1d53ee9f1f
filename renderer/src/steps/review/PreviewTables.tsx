import type { Application } from '../../../../shared/model/schema';
import { COST_CATEGORY_LABELS } from '../../../../shared/model/labels';
import { budgetTotals } from '../../../../shared/finance/totals';
import { formatKronor, formatNumber, formatPercent } from '../../../../shared/finance/money';
import { calculateSocioEconomics, hasSocioEconomicInputs } from '../../../../shared/finance/socio';
import { verdictText } from '../../../../shared/finance/socio-labels';
import { partyName } from '../../components/partyOptions';
import { labelFor, useLang, useT } from '../../i18n';
import { Answers, Value } from './previewParts';
import { strings } from './strings';

type P = { app: Application };

export function GoalsPreview({ app }: P) {
  const lang = useLang();
  const g = app.goals;
  const L = (k: string) => labelFor(['goals', 'logicModel', 0, k], lang);
  return (
    <>
      <Answers
        base={['goals']}
        items={[
          ['purpose', g.purpose],
          ['overallGoal', g.overallGoal],
        ]}
      />
      <h4>{labelFor(['goals', 'projectGoals'], lang)}</h4>
      {g.projectGoals.length ? (
        <ol>
          {g.projectGoals.map((goal) => (
            <li key={goal.id}>
              <Value>{goal.text}</Value>
            </li>
          ))}
        </ol>
      ) : (
        <p>
          <Value>{''}</Value>
        </p>
      )}
      <h4>{labelFor(['goals', 'logicModel'], lang)}</h4>
      {g.logicModel.length ? (
        g.logicModel.map((row, i) => (
          <div key={row.id} className="preview__item">
            <p className="preview__label">
              {labelFor(['goals', 'logicModel', i], lang)} {i + 1}
            </p>
            <dl className="preview__answers preview__answers--compact">
              {(['need', 'resources', 'activities', 'outputs', 'shortTerm', 'mediumTerm', 'longTerm', 'assumptions'] as const).map((k) => (
                <div key={k} className="preview__answer">
                  <dt>{L(k)}</dt>
                  <dd>
                    <Value>{row[k]}</Value>
                  </dd>
                </div>
              ))}
              {row.indicators.map((ind, j) => (
                <div key={ind.id} className="preview__answer">
                  <dt>
                    {labelFor(['goals', 'logicModel', i, 'indicators', j], lang)} {j + 1}
                  </dt>
                  <dd>
                    <Value>{[ind.text, ind.baseline, ind.target, ind.dataSource].filter((s) => s.trim()).join(' · ')}</Value>
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        ))
      ) : (
        <p>
          <Value>{''}</Value>
        </p>
      )}
    </>
  );
}

export function ActivitiesPreview({ app }: P) {
  const lang = useLang();
  const t = useT(strings);
  const L = (k: string) => labelFor(['activities', 0, k], lang);
  if (app.activities.length === 0) return <p>{t('none')}</p>;
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{L('name')}</th>
          <th scope="col">{L('responsiblePartyId')}</th>
          <th scope="col">{L('startDate')}</th>
          <th scope="col">{L('endDate')}</th>
        </tr>
      </thead>
      <tbody>
        {app.activities.map((a) => {
          const pi = app.parties.findIndex((p) => p.id === a.responsiblePartyId);
          return (
            <tr key={a.id}>
              <th scope="row">
                <Value>{a.name}</Value>
                {a.description ? <span className="preview__desc">{a.description}</span> : null}
              </th>
              <td>
                <Value>{pi >= 0 ? partyName(app.parties[pi]!, pi, lang) : ''}</Value>
              </td>
              <td className="nowrap">
                <Value>{a.startDate}</Value>
              </td>
              <td className="nowrap">
                <Value>{a.endDate}</Value>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function BudgetPreview({ app }: P) {
  const t = useT(strings);
  const lang = useLang();
  const totals = budgetTotals(app);
  const years = Array.from({ length: totals.years }, (_, i) => i);
  const partyLabel = (id: string) => {
    const i = app.parties.findIndex((p) => p.id === id);
    return i >= 0 ? partyName(app.parties[i]!, i, lang) : '';
  };
  const amounts = (values: readonly number[]) =>
    years.map((y) => (
      <td key={y} className="num">
        {formatKronor(values[y] ?? 0, { unit: false })}
      </td>
    ));
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
  const head = (first: string) => (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {years.map((y) => (
          <th key={y} scope="col" className="num">
            {t('yearN', { n: y + 1 })}
          </th>
        ))}
        <th scope="col" className="num">
          {t('total')}
        </th>
      </tr>
    </thead>
  );
  return (
    <>
      <h4>{t('costs')}</h4>
      {app.budget.costLines.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <table className="data-table">
          {head(t('line'))}
          <tbody>
            {app.budget.costLines.map((l) => (
              <tr key={l.id}>
                <th scope="row">
                  {COST_CATEGORY_LABELS[l.category][lang]}
                  {l.description ? `: ${l.description}` : ''}
                  <span className="preview__desc">
                    {[partyLabel(l.partyId), t(`kind.${l.kind}`)].filter(Boolean).join(', ')}
                  </span>
                </th>
                {amounts(l.amounts)}
                <td className="num">{formatKronor(sum(l.amounts), { unit: false })}</td>
              </tr>
            ))}
            <tr className="data-table__total">
              <th scope="row">{t('total')}</th>
              {amounts(totals.costByYear)}
              <td className="num">{formatKronor(totals.costTotal, { unit: false })}</td>
            </tr>
          </tbody>
        </table>
      )}
      <h4>{t('financing')}</h4>
      {app.budget.financingLines.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <table className="data-table">
          {head(t('line'))}
          <tbody>
            {app.budget.financingLines.map((l) => (
              <tr key={l.id}>
                <th scope="row">
                  {l.source === 'party' ? partyLabel(l.partyId) || t('source.party') : t(`source.${l.source}`)}
                  {l.description ? `: ${l.description}` : ''}
                  {l.source === 'party' ? <span className="preview__desc">{t(`kind.${l.kind}`)}</span> : null}
                </th>
                {amounts(l.amounts)}
                <td className="num">{formatKronor(sum(l.amounts), { unit: false })}</td>
              </tr>
            ))}
            <tr className="data-table__total">
              <th scope="row">{t('total')}</th>
              {amounts(totals.financingByYear)}
              <td className="num">{formatKronor(totals.financingTotal, { unit: false })}</td>
            </tr>
            <tr>
              <th scope="row">{t('balance')}</th>
              {years.map((y) => (
                <td key={y} className={`num${totals.balanceByYear[y] !== 0 ? ' num--error' : ''}`}>
                  {formatKronor(totals.balanceByYear[y] ?? 0, { unit: false })}
                </td>
              ))}
              <td className="num">{formatKronor(totals.financingTotal - totals.costTotal, { unit: false })}</td>
            </tr>
          </tbody>
        </table>
      )}
      <ul className="preview__shares">
        <li>{t('simShare', { share: formatPercent(totals.simShare) })}</li>
        {app.parties.map((p) => {
          const f = totals.parties[p.id];
          return f ? <li key={p.id}>{t('partyShare', { name: partyLabel(p.id), amount: formatKronor(f.total), share: formatPercent(f.share) })}</li> : null;
        })}
      </ul>
      {app.budget.comment ? <Answers base={['budget']} items={[['comment', app.budget.comment]]} /> : null}
    </>
  );
}

export function SocioPreview({ app }: P) {
  const t = useT(strings);
  const lang = useLang();
  const se = app.socioEconomics;
  const result = hasSocioEconomicInputs(app) ? calculateSocioEconomics(app) : null;
  return (
    <>
      <Answers
        base={['socioEconomics']}
        items={[
          ['peopleReached', se.peopleReached.length ? se.peopleReached.map((n, i) => `${t('yearN', { n: i + 1 })}: ${formatNumber(n)}`).join(', ') : ''],
          ['baselineRisk', se.baselineRisk === null ? '' : `${formatNumber(se.baselineRisk, 1)} %`],
          ['effect', se.effect === null ? '' : `${formatNumber(se.effect, 1)} %`],
          ['horizonYears', formatNumber(se.horizonYears)],
          ['discountRate', `${formatNumber(se.discountRate, 1)} %`],
          [
            'avoidedCosts',
            se.avoidedCosts.length
              ? se.avoidedCosts.map((c) => `${t(`actor.${c.actor}`)}: ${c.label || '…'}, ${t('perYear', { amount: formatKronor(c.amountPerYear), years: c.durationYears })}`).join('; ')
              : '',
          ],
          ...(se.comment ? ([['comment', se.comment]] as [string, string][]) : []),
        ]}
      />
      {result ? <p className="preview__verdict">{verdictText(result, lang)}</p> : null}
    </>
  );
}
