import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api';
import { changeLanguage, initI18n, LANGUAGE_HINT_KEY } from './i18n';
import { useStore } from './store';
import { App } from './App';
import { preloadStep } from './steps/registry';
import './styles/base.css';

/**
 * The window shows at once in the language it had last time (remembered in this window's storage); the
 * settings from main, the real source, follow and switch the language only if it was changed elsewhere.
 */
function boot() {
  // A document opened at start (a double-clicked file) shows its first step: fetch that code before anything else.
  void preloadStep('parties');
  const hint = localStorage.getItem(LANGUAGE_HINT_KEY);
  initI18n(hint === 'en' ? 'en' : 'sv');
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  api()
    .getSettings({})
    .then((s) => {
      if (s.language !== useStore.getState().language) changeLanguage(s.language);
      // Who is working (name, party per application) lives in the settings too, never in the file.
      useStore.getState().setIdentity({ userName: s.userName, actingFor: s.actingFor });
    })
    .catch(() => {
      // Settings unreadable: the language shown stays, Swedish by default.
    });

}

boot();
