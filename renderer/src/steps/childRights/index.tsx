import { useShallow } from 'zustand/react/shallow';
import { BEST_INTERESTS_KEYS } from '../../../../shared/model/schema';
import { FieldShell, Section, TextArea } from '../../components';
import { removeWithUndo } from '../../components/removeWithUndo';
import { useStore } from '../../store';
import { useProgramme } from '../../store/derived';
import { useLang, useT } from '../../i18n';
import { strings } from './strings';

/** The programme may list articles the catalog has no prompt of its own for. */
type PromptKey = `prompt.${keyof typeof strings.sv.prompt}`;

export default function ChildRightsStep() {
  const t = useT(strings);
  const programme = useProgramme();
  const lang = useLang();
  const mandatory = programme.mandatoryArticles;
  const promptFor = (n: number) => {
    const key = `prompt.${n}`;
    return strings.has(key) ? t(key as PromptKey) : t('otherPrompt');
  };
  const titleOf = (n: number) => programme.articles.find((a) => a.number === n)?.title[lang] ?? '';
  const listed = useStore(useShallow((s) => (s.app?.childRights.articles ?? []).map((a) => a.article)));
  const others = listed.filter((n) => !mandatory.includes(n));
  return (
    <>
      <Section title={t('principles')} intro={t('principlesIntro')}>
        {mandatory.map((n) => (
          <ArticleNote key={n} article={n} title={titleOf(n)} prompt={promptFor(n)} />
        ))}
      </Section>
      <Section title={t('others')} intro={t('othersIntro')}>
        <OtherArticlesPicker titleOf={titleOf} />
        {others.map((n) => (
          <ArticleNote key={n} article={n} title={titleOf(n)} prompt={t('otherPrompt')} />
        ))}
      </Section>
      <Section title={t('participation')} intro={t('participationIntro')}>
        <TextArea path={['childRights', 'viewsBefore']} rows={4} />
        <TextArea path={['childRights', 'viewsDuring']} rows={4} />
        <TextArea path={['childRights', 'viewsAfter']} rows={4} />
      </Section>
      <Section title={t('bestInterests')} intro={t('bestInterestsIntro')}>
        <ol className="guided-prompts">
          {BEST_INTERESTS_KEYS.map((k) => (
            <li key={k}>
              <TextArea path={['childRights', 'bestInterests', k]} hint={t(`hint.${k}`)} rows={4} />
            </li>
          ))}
        </ol>
      </Section>
      <Section title={t('feedbackTitle')}>
        <TextArea path={['childRights', 'feedback']} hint={t('hint.feedback')} rows={4} />
      </Section>
    </>
  );
}

function ArticleNote({ article, title, prompt }: { article: number; title: string; prompt: string }) {
  const t = useT(strings);
  const index = useStore((s) => s.app?.childRights.articles.findIndex((a) => a.article === article) ?? -1);
  const label = t('articleLabel', { n: article, title });
  if (index < 0) {
    // A file from before this article was mandatory: offer to add it rather than invent a field.
    return (
      <FieldShell path={['childRights', 'articles']} label={label} as="fieldset">
        {() => (
          <button
            type="button"
            className="btn btn--secondary btn--small"
            onClick={() => useStore.getState().addItem(['childRights', 'articles'], { article, how: '' })}
          >
            {t('addMissing', { n: article })}
          </button>
        )}
      </FieldShell>
    );
  }
  return <TextArea path={['childRights', 'articles', index, 'how']} label={label} hint={prompt} rows={4} />;
}

/** Articles beyond the general principles, chosen by ticking them; the note for each appears below. */
function OtherArticlesPicker({ titleOf }: { titleOf: (n: number) => string }) {
  const t = useT(strings);
  const programme = useProgramme();
  const options = programme.articles.filter((a) => !programme.mandatoryArticles.includes(a.number));
  const listed = useStore(useShallow((s) => (s.app?.childRights.articles ?? []).map((a) => a.article)));
  const toggle = (n: number, on: boolean) => {
    const s = useStore.getState();
    if (on) s.addItem(['childRights', 'articles'], { article: n, how: '' });
    else {
      const index = listed.indexOf(n);
      if (index >= 0) removeWithUndo(['childRights', 'articles'], index, t('articleLabel', { n, title: titleOf(n) }));
    }
  };
  return (
    <fieldset className="field article-picker">
      <legend className="visually-hidden">{t('others')}</legend>
      <ul className="check-list check-list--columns">
        {options.map((a) => {
          const id = `article-${a.number}`;
          return (
            <li key={a.number} className="check-item">
              <input id={id} type="checkbox" className="checkbox" checked={listed.includes(a.number)} onChange={(e) => toggle(a.number, e.target.checked)} />
              <label htmlFor={id}>{t('articleLabel', { n: a.number, title: titleOf(a.number) })}</label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
