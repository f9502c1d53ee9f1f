import { useEffect, useId, useRef, useState } from 'react';
import { useStore } from '../store';
import { useLang, useT } from '../i18n';
import { usePartyOptions } from '../components/partyOptions';
import { actingPartyId, orgName, saveIdentity } from './identity';
import { strings } from './strings';
import './coowners.css';

/**
 * "Who are you working as?": asked once, briefly, when a document is opened and the answer is not known (it goes when
 * the user moves on to another step, answered or not), and again whenever they ask from the top bar.
 * A card in the page rather than a modal, so it never stands in the way of reading the application.
 */
export function WhoPrompt() {
  const appId = useStore((s) => s.app?.id ?? null);
  const editing = useStore((s) => s.whoEditing);
  const unanswered = useStore((s) =>
    s.app ? !s.whoAsked && actingPartyId(s.app, s.actingFor) === null && !s.whoDismissed.includes(s.app.id) : false,
  );
  if (!appId || !(editing || unanswered)) return null;
  return <WhoForm key={appId} appId={appId} focusOnShow={editing} />;
}

function WhoForm({ appId, focusOnShow }: { appId: string; focusOnShow: boolean }) {
  const t = useT(strings);
  const lang = useLang();
  const options = usePartyOptions();
  const [name, setName] = useState(() => useStore.getState().userName);
  const [party, setParty] = useState(() => useStore.getState().actingFor[appId] ?? '');
  const [error, setError] = useState('');
  const nameRef = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => {
    if (focusOnShow) nameRef.current?.focus();
  }, [focusOnShow]);

  const submit = async () => {
    if (!options.some((o) => o.value === party)) {
      setError(t('who.needParty'));
      document.getElementById(`${id}-party`)?.focus();
      return;
    }
    const s = useStore.getState();
    s.setWhoEditing(false);
    await saveIdentity(appId, name, party);
    const org = s.app ? orgName(s.app.parties, party, lang) : '';
    s.announce(t('who.saved', { who: [name.trim(), org].filter(Boolean).join(', ') }));
    document.getElementById('who-change')?.focus();
  };

  return (
    <section className="who-prompt" aria-labelledby={`${id}-title`} data-testid="who-prompt">
      <h2 className="who-prompt__title" id={`${id}-title`}>
        {t('who.title')}
      </h2>
      <p className="who-prompt__lead">{t('who.lead')}</p>
      <form
        className="who-prompt__form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor={`${id}-name`}>
            {t('who.name')}
          </label>
          <input
            ref={nameRef}
            id={`${id}-name`}
            className="input"
            autoComplete="name"
            maxLength={200}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-party`}>
            {t('who.party')}
          </label>
          <select
            id={`${id}-party`}
            className="input select"
            value={party}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => {
              setParty(e.target.value);
              setError('');
            }}
          >
            <option value="">{t('who.choose')}</option>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          {error ? (
            <p className="field__error" id={`${id}-error`}>
              {error}
            </p>
          ) : null}
        </div>
        <div className="who-prompt__actions">
          <button type="submit" className="btn btn--primary btn--small">
            {t('who.confirm')}
          </button>
          <button type="button" className="btn btn--ghost btn--small" onClick={() => useStore.getState().dismissWho(appId)}>
            {t('who.later')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** "Du arbetar som Anna Berg, Bengtsfors kommun" and a button to change it, in the top bar. */
export function WhoBadge() {
  const t = useT(strings);
  const lang = useLang();
  const userName = useStore((s) => s.userName);
  const org = useStore((s) => {
    if (!s.app) return '';
    const pid = actingPartyId(s.app, s.actingFor);
    return pid ? orgName(s.app.parties, pid, lang) : '';
  });
  const who = [userName.trim(), org].filter(Boolean).join(', ');
  const known = org !== '';
  return (
    <span className="who-badge" data-testid="who-badge">
      <span className="who-badge__text" title={known ? t('who.workingAs', { who }) : undefined}>
        {known ? t('who.workingAs', { who }) : t('who.notSet')}
      </span>
      <button
        type="button"
        id="who-change"
        className="btn btn--ghost btn--small"
        onClick={() => {
          useStore.getState().setWhoEditing(true);
          document.getElementById('main')?.scrollTo({ top: 0 });
        }}
      >
        {known ? t('who.change') : t('who.set')}
        {/* Said, not shown: the visible word starts the name, as voice control expects. */}
        <span className="visually-hidden"> {t('who.whoSuffix')}</span>
      </button>
    </span>
  );
}
