import './zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api';
import { initI18n } from './i18n';
import { useStore } from './store';
import { App } from './App';
import './styles/base.css';

async function boot() {
  let language: 'sv' | 'en' = 'sv';
  try {
    language = (await api().getSettings({})).language;
  } catch {
    // Settings unreadable: Swedish, the default, is the right fallback.
  }
  initI18n(language);
  useStore.getState().setLanguage(language);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void boot();
