import { useCallback, useEffect, useState } from 'react';
import type { DraftInfo, RecentFile } from '../../../shared/ipc/contract';
import { DEFAULT_PROGRAMME } from '../../../shared/program';
import { api } from '../api';
import { useStore } from '../store';
import { useLang, useT } from '../i18n';
import { ui } from '../i18n/strings';
import { LanguageSwitch } from './TopBar';
import { baseName, newDocument, openExample, openFile, restoreDraft } from './fileActions';
import { dateTime } from './format';
import { preloadStep } from '../steps/registry';
import './start.css';

/** The first screen: new, open, recent files, the example, and any unsaved drafts to restore. */
export function StartScreen() {
  const t = useT(ui);
  const lang = useLang();
  const [recent, setRecent] = useState<RecentFile[] | null>(null);
  const [drafts, setDrafts] = useState<DraftInfo[]>([]);
  const announce = useStore((s) => s.announce);

  const refresh = useCallback(async () => {
    const [r, d] = await Promise.all([api().recentFiles({}), api().listRecovery({})]);
    setRecent(r.files);
    setDrafts(d.drafts);
  }, []);
  useEffect(() => {
    void refresh();
    // Whatever is opened next starts on the first step: have its code ready.
    void preloadStep('parties');
  }, [refresh]);

  const discard = async (d: DraftInfo) => {
    await api().discardRecovery({ draftId: d.draftId });
    announce(t('start.discarded', { title: d.title || t('app.untitled') }));
    await refresh();
  };

  return (
    <div className="start">
      <header className="start__header">
        <div>
          <p className="start__app">{t('app.tagline')}</p>
          <h1 className="start__title">{t('start.title')}</h1>
        </div>
        <LanguageSwitch />
      </header>
      <main className="start__main">
        <p className="start__lead">{t('start.lead')}</p>
        <p className="start__programme">{t('start.programme', { name: DEFAULT_PROGRAMME.name[lang] })}</p>

        {drafts.length > 0 ? (
          <section className="start__section start__drafts" aria-labelledby="drafts-title">
            <h2 id="drafts-title">{t('start.drafts')}</h2>
            <p>{t('start.draftsLead')}</p>
            <ul className="draft-list">
              {drafts.map((d) => {
                const title = d.title || t('app.untitled');
                return (
                  <li key={d.draftId} className="draft">
                    <div className="draft__info">
                      <span className="draft__title">{title}</span>
                      <span className="draft__meta">
                        {t('start.draftSaved', { time: dateTime(d.savedAt) })} ·{' '}
                        {d.filePath ? t('start.draftFile', { path: baseName(d.filePath) }) : t('start.draftNoFile')}
                      </span>
                    </div>
                    <div className="draft__actions">
                      <button type="button" className="btn btn--primary btn--small" onClick={() => void restoreDraft(d.draftId)} aria-label={t('start.restoreNamed', { title })}>
                        {t('start.restore')}
                      </button>
                      <button type="button" className="btn btn--secondary btn--small" onClick={() => void discard(d)} aria-label={t('start.discardNamed', { title })}>
                        {t('start.discard')}
                      </button>
                    </div>
                  </li>
                );
              })}
            </ul>
          </section>
        ) : null}

        <section className="start__section start__actions" aria-label={t('start.title')}>
          <button type="button" className="btn btn--primary btn--large" onClick={() => void newDocument()}>
            {t('start.new')}
          </button>
          <button type="button" className="btn btn--secondary btn--large" onClick={() => void openFile()}>
            {t('start.open')}
          </button>
          <button type="button" className="btn btn--secondary btn--large" onClick={() => void openExample()} aria-describedby="example-hint">
            {t('start.example')}
          </button>
          <p id="example-hint" className="start__hint">
            {t('start.exampleHint')}
          </p>
        </section>

        <section className="start__section" aria-labelledby="recent-title">
          <h2 id="recent-title">{t('start.recent')}</h2>
          {recent && recent.length === 0 ? <p>{t('start.noRecent')}</p> : null}
          <ul className="recent-list">
            {(recent ?? []).map((f) => (
              <li key={f.path}>
                <button type="button" className="recent" onClick={() => void openFile(f.path)}>
                  <span className="recent__title">{f.title || baseName(f.path)}</span>
                  <span className="recent__meta">
                    {baseName(f.path)} · {t('start.openedAt', { time: dateTime(f.openedAt) })}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
        <p className="start__offline">{t('start.offline')}</p>
      </main>
    </div>
  );
}
