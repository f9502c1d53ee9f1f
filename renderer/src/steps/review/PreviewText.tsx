import type { Application, Rating } from '../../../../shared/model/schema';
import { RATING_LABELS } from '../../../../shared/model/option-labels';
import { durationMonths } from '../../../../shared/finance/years';
import { formatNumber } from '../../../../shared/finance/money';
import { findPriority } from '../../../../shared/program/schema';
import { partyName } from '../../components/partyOptions';
import { programmeOf } from '../../store/derived';
import { labelFor, useLang, useT } from '../../i18n';
import { Answers, Value } from './previewParts';
import { strings } from './strings';

type P = { app: Application };

export function PartiesPreview({ app }: P) {
  const t = useT(strings);
  const lang = useLang();
  if (app.parties.length === 0) return <Value>{''}</Value>;
  return (
    <>
      {app.parties.map((p, i) => (
        <div key={p.id} className="preview__item">
          <h4>
            {t(p.role)}: {partyName(p, i, lang)} ({t(`sector.${p.sector}`)})
          </h4>
          <Answers
            base={['parties', i]}
            items={[
              ['orgNumber', p.orgNumber],
              ['address', [p.address.street, [p.address.postalCode, p.address.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')],
              ['contact', [p.contact.name, p.contact.title, p.contact.phone, p.contact.email].filter(Boolean).join(', ')],
              ['signatory', [p.signatory.name, p.signatory.title].filter(Boolean).join(', ')],
              ['signs', p.signs ? t('signsYes') : t('signsNo')],
            ]}
          />
        </div>
      ))}
    </>
  );
}

export function ProjectPreview({ app }: P) {
  const t = useT(strings);
  const lang = useLang();
  const pr = app.project;
  const programme = programmeOf(app);
  const months = durationMonths(pr.startDate, pr.endDate);
  const leaderParty = app.parties.findIndex((p) => p.id === pr.leader.partyId);
  const municipalities = pr.municipalities
    .map((m) => {
      const region = programme.subRegions.find((r) => r.municipalities.includes(m))?.name;
      return region ? `${m} (${region})` : m;
    })
    .join(', ');
  return (
    <Answers
      base={['project']}
      items={[
        ['title', pr.title],
        ['summary', pr.summary],
        [
          'startDate',
          pr.startDate || pr.endDate
            ? `${t('period', { start: pr.startDate || '…', end: pr.endDate || '…' })}${months ? ` (${t('months', { months })})` : ''}`
            : '',
        ],
        ['municipalities', municipalities],
        [
          'leader',
          [pr.leader.name, pr.leader.title, leaderParty >= 0 ? partyName(app.parties[leaderParty]!, leaderParty, lang) : '', pr.leader.phone, pr.leader.email]
            .filter(Boolean)
            .join(', '),
        ],
        ...(pr.diarienummer ? ([['diarienummer', pr.diarienummer]] as [string, string][]) : []),
      ]}
    />
  );
}

export function NeedsPreview({ app }: P) {
  return <Answers base={['needs']} items={Object.entries(app.needs)} />;
}

export function PrioritiesPreview({ app }: P) {
  const lang = useLang();
  const programme = programmeOf(app);
  if (app.priorities.length === 0) return <Value>{''}</Value>;
  return (
    <>
      {app.priorities.map((c) => {
        const p = findPriority(programme, c.priorityId);
        const theme = programme.themes.find((th) => th.id === p?.themeId);
        return (
          <div key={c.id} className="preview__item">
            <h4>{p ? `${theme ? `${theme.title[lang]}: ` : ''}${p.title[lang]}` : c.priorityId}</h4>
            <p className="preview__label">{labelFor(['priorities', 0, 'motivation'], lang)}</p>
            <p>
              <Value>{c.motivation}</Value>
            </p>
          </div>
        );
      })}
    </>
  );
}

export function TargetGroupPreview({ app }: P) {
  const t = useT(strings);
  const tg = app.targetGroup;
  const age = (n: number | null) => (n === null ? '' : t('age', { n }));
  return (
    <Answers
        base={['targetGroup']}
        items={[
          ['description', tg.description],
          ['ageMin', age(tg.ageMin)],
          ['ageMax', age(tg.ageMax)],
          ['childrenReached', tg.childrenReached === null ? '' : formatNumber(tg.childrenReached)],
          [
            'indirectGroups',
            tg.indirectGroups.length
              ? tg.indirectGroups.map((g) => `${g.description || '…'}${g.count !== null ? ` (${formatNumber(g.count)})` : ''}`).join('; ')
              : t('none'),
          ],
          ['selection', tg.selection],
          ['riskFactors', tg.riskFactors],
          ['leftOut', tg.leftOut],
        ]}
      />
  );
}

export function ChildRightsPreview({ app }: P) {
  const lang = useLang();
  const programme = programmeOf(app);
  const cr = app.childRights;
  return (
    <>
      {cr.articles.map((a, i) => {
        const title = programme.articles.find((x) => x.number === a.article)?.title[lang];
        return (
          <div key={`${a.article}-${i}`} className="preview__item">
            <h4>
              {labelFor(['childRights', 'articles', i], lang)} {a.article}
              {title ? ` – ${title}` : ''}
            </h4>
            <p>
              <Value>{a.how}</Value>
            </p>
          </div>
        );
      })}
      <Answers
        base={['childRights']}
        items={[
          ['viewsBefore', cr.viewsBefore],
          ['viewsDuring', cr.viewsDuring],
          ['viewsAfter', cr.viewsAfter],
        ]}
      />
      <h4>{labelFor(['childRights', 'bestInterests'], lang)}</h4>
      <Answers base={['childRights', 'bestInterests']} items={Object.entries(cr.bestInterests)} />
      <Answers base={['childRights']} items={[['feedback', cr.feedback]]} />
    </>
  );
}

export function CollaborationPreview({ app }: P) {
  const t = useT(strings);
  const lang = useLang();
  const c = app.collaboration;
  return (
    <>
      {app.parties.map((p, i) => (
        <div key={p.id} className="preview__item">
          <h4>{partyName(p, i, lang)}</h4>
          <p>
            <Value>{c.contributions.find((x) => x.partyId === p.id)?.text}</Value>
          </p>
        </div>
      ))}
      <Answers
        base={['collaboration']}
        items={[
          ['steering', c.steering],
          ['workingGroups', c.workingGroups],
          ['otherCollaborators', c.otherCollaborators || t('none')],
        ]}
      />
    </>
  );
}

export function FollowUpPreview({ app }: P) {
  const lang = useLang();
  const rating = (r: Rating) => (r === '' ? '–' : RATING_LABELS[r][lang]);
  // Every risk on a line of its own, so the review shows all the document prints.
  const risks = app.followUp.risks
    .map((r) => `${r.description.trim() || '–'} (${rating(r.likelihood)} / ${rating(r.consequence)}): ${r.measure.trim() || '–'}; ${r.responsible.trim() || '–'}`)
    .join('\n');
  const texts = Object.entries(app.followUp).filter((e): e is [string, string] => typeof e[1] === 'string');
  return <Answers base={['followUp']} items={[...texts, ['risks', risks]]} />;
}
